// Throughput of evaluate() against its peers, over the same user agents, in one
// process and one run, so the ratios hold whatever the machine. Run: npm run bench
import { createRequire } from 'node:module';
import { createEvaluator, evaluate } from '../dist/node.js';
import { loadDataset, weightedSampler } from './dataset.js';

const require = createRequire(import.meta.url);
const UAParser = require('ua-parser-js');
const { matchesUA } = require('browserslist-useragent');

const QUERY = 'defaults';
const rows = loadDataset();
const uas = rows.map((row) => row.userAgent);

/** Seconds for one pass of `fn` over every user agent. */
function time(fn) {
  const start = process.hrtime.bigint();
  fn(uas);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

let sink = 0;
const candidates = {
  'evaluate (uncached)': (list) => {
    for (const ua of list) sink += evaluate(ua, { browsers: QUERY }).status.length;
  },
  'ua-parser-js 1.x parse': (list) => {
    for (const ua of list) sink += String(new UAParser(ua).getResult().browser.name).length;
  },
  'browserslist-useragent matchesUA': (list) => {
    for (const ua of list) sink += matchesUA(ua, { browsers: [QUERY], allowHigherVersions: true }) ? 1 : 0;
  },
};

// Rounds alternate between the candidates, so that a busy moment on the machine hits
// them all alike; each keeps its best round. browserslist-useragent is slow: fewer rounds.
const best = {};
for (const fn of Object.values(candidates)) fn(uas.slice(0, 500)); // warm-up
for (let round = 0; round < 7; round++) {
  for (const [name, fn] of Object.entries(candidates)) {
    if (name.startsWith('browserslist-useragent') && round > 1) continue;
    best[name] = Math.max(best[name] || 0, uas.length / time(fn));
  }
}
const results = best;

const base = results['evaluate (uncached)'];
console.log(`${uas.length} user agents from the user-agents dataset, query \`${QUERY}\`\n`);
for (const [name, perSecond] of Object.entries(results)) {
  const ratio = base / perSecond;
  console.log(`${name.padEnd(34)} ${Math.round(perSecond).toLocaleString('en').padStart(10)} UAs/s   evaluate is ${ratio.toFixed(2)}× this`);
}

// A server's traffic repeats user agents: 200,000 requests drawn by the dataset's
// weights (a fixed seed), judged uncached and through the LRU cache.
const sampler = weightedSampler(rows);
const requests = Array.from({ length: 200_000 }, sampler.next);
const perSecond = (fn) => {
  const start = process.hrtime.bigint();
  for (const ua of requests) sink += fn(ua).status.length;
  return requests.length / (Number(process.hrtime.bigint() - start) / 1e9);
};
perSecond((ua) => evaluate(ua, { browsers: QUERY })); // warm-up
const uncached = perSecond((ua) => evaluate(ua, { browsers: QUERY }));
const cached = perSecond(createEvaluator({ browsers: QUERY, cacheSize: 1000 }));
console.log(`\n${requests.length.toLocaleString('en')} requests drawn by weight (${new Set(requests).size} distinct user agents):`);
console.log(`  evaluate, uncached              ${Math.round(uncached).toLocaleString('en').padStart(10)} requests/s`);
console.log(`  createEvaluator, LRU of 1,000   ${Math.round(cached).toLocaleString('en').padStart(10)} requests/s   (${(cached / uncached).toFixed(1)}×)`);

// Share of weighted traffic per status, for the README.
const shares = {};
let total = 0;
for (const row of rows) {
  const { status } = evaluate(row.userAgent, { browsers: QUERY });
  shares[status] = (shares[status] || 0) + row.weight;
  total += row.weight;
}
console.log(`\nWeighted traffic per status under \`${QUERY}\`:`);
for (const [status, weight] of Object.entries(shares).sort((a, b) => b[1] - a[1])) {
  console.log(`  ${status.padEnd(12)} ${((weight / total) * 100).toFixed(2).padStart(6)} %`);
}
if (sink === -1) console.log(sink);
