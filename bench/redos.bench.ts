// Time of every user-agent regular expression on each classic ReDoS shape at 512
// characters, and of evaluate on hostile input: the worst single input, and 1 MB
// user agents. Run: npm run bench. Budget: 1 ms for any single input.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
// The built package, as users run it (npm run bench builds first).
import { evaluate, needsNotice } from '../dist/node.js';
import { hostileUserAgent, HOSTILE_RUNS, MEGABYTE_USER_AGENTS } from '../test/hostile';
import { REDOS_SHAPES, userAgentPatterns } from '../test/redos';

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

let worstRule = { ms: 0, name: '' };
for (const { name, pattern } of userAgentPatterns()) {
  for (const shape of REDOS_SHAPES) {
    let best = Infinity;
    for (let i = 0; i < 5; i++) {
      const start = process.hrtime.bigint();
      pattern.exec(shape.input);
      best = Math.min(best, ms(start));
    }
    if (best > worstRule.ms) worstRule = { ms: best, name: `${name} on ${shape.name}` };
  }
}
console.log(`\nReDoS shapes at 512 characters: slowest regular expression ${worstRule.ms.toFixed(4)} ms (${worstRule.name})`);

const fixtures: Array<{ ua: string }> = JSON.parse(readFileSync(new URL('../test/fixtures/user-agents.json', import.meta.url), 'utf8'));
const inputs = fc.sample(hostileUserAgent(fixtures.map((f) => f.ua)), { numRuns: HOSTILE_RUNS, seed: 20261127 });
for (const ua of inputs.slice(0, 2000)) evaluate(ua); // warm-up
// Each input timed three times, keeping the fastest: a lone slow run is the garbage
// collector, the JIT or another process, not the input (twice was not enough on a busy
// two-core machine: 14 ms once, 0.06 ms when timed again).
let worst = { ms: 0, ua: '' };
let throws = 0;
for (const ua of inputs) {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = process.hrtime.bigint();
    try {
      evaluate(ua);
    } catch {
      throws++;
    }
    best = Math.min(best, ms(start));
  }
  if (best > worst.ms) worst = { ms: best, ua };
}
console.log(`${inputs.length.toLocaleString('en')} generated inputs: ${throws} throws; slowest input ${worst.ms.toFixed(3)} ms (budget 1 ms)`);

// needsNotice too: its first-stage pattern reads the user agent before the full rules do.
for (const [name, judge] of [['evaluate', evaluate], ['needsNotice', needsNotice]] as const) {
  let megabyte = 0;
  for (const ua of MEGABYTE_USER_AGENTS) {
    let best = Infinity;
    for (let i = 0; i < 5; i++) {
      const start = process.hrtime.bigint();
      judge(ua);
      best = Math.min(best, ms(start));
    }
    megabyte = Math.max(megabyte, best);
  }
  console.log(`1 MB user agents (${MEGABYTE_USER_AGENTS.length} shapes), ${name}: slowest ${megabyte.toFixed(3)} ms (budget 1 ms)`);
}
