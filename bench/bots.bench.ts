// Bot detection by measurement: our rules against isbot (npm, Unlicense) on the
// crawler-user-agents list's real instances, and on the browsers of the public corpora
// and the `user-agents` dataset. Run: npm run bench (or npx tsx bench/bots.bench.ts after a build).
import { gzipSync } from 'node:zlib';
import { getPattern, isbot } from 'isbot';
import { evaluate } from '../dist/node.js';
import { BOT_RULES } from '../src/detect/bot-rules';
import { CRAWLERS } from '../test/conformance/crawlers';
import { meaningOf } from '../test/conformance/family-agents';
import { ORACLE_ROWS } from '../test/conformance/oracles';
import { DATASET } from '../test/data';

const crawlers = CRAWLERS.flatMap((crawler) => crawler.instances ?? []);
const browsers = [
  ...new Set([
    ...DATASET.map((row) => row.userAgent),
    ...ORACLE_ROWS.filter((row) => {
      const meaning = meaningOf(row);
      return meaning !== null && meaning !== 'robot';
    }).map((row) => row.ua),
  ]),
];
const notNotified = (ua: string) => ['bot', 'unknown'].includes(evaluate(ua).status);
const ours = BOT_RULES.map((rule) => rule.pattern.source).join('|');
const theirs = getPattern().source;

console.log(`${crawlers.length.toLocaleString('en')} crawler instances (crawler-user-agents):`);
console.log(`  not notified by old-browser-notice   ${crawlers.filter(notNotified).length}`);
console.log(`  recognised by isbot                  ${crawlers.filter((ua) => isbot(ua)).length}`);
console.log(`${browsers.length.toLocaleString('en')} browsers (user-agents dataset, uap-core and bowser rows naming a browser):`);
console.log(`  judged a bot by old-browser-notice   ${browsers.filter((ua) => evaluate(ua).status === 'bot').length} (all documented in test/conformance/exceptions.ts)`);
console.log(`  recognised as a bot by isbot         ${browsers.filter((ua) => isbot(ua)).length}`);
console.log('Patterns, gzipped:');
console.log(`  old-browser-notice's bot rules       ${gzipSync(ours).length} B, ES5 syntax`);
console.log(`  isbot's pattern                      ${gzipSync(theirs).length} B, ${/\(\?<[!=]/.test(theirs) ? 'with lookbehind: a syntax error in ES5 engines, so not for the script tag' : 'ES5 syntax'}`);

// isbot as a second opinion in the Node paths (server helpers, report): what it would add
// (user agents our rules notify that isbot calls bots) on the data set aside before the
// class rules were written, and what it would cost (people our rules notify, who would lose
// the notice) on every browser we have. docs/conformance.md quotes the last run.
const { LATE_CRAWLERS, OS_FIXTURES, PODCAST_CLIENTS } = await import('../test/conformance/held-out');
const notifiedByUs = (ua: string) => ['outdated', 'unsupported'].includes(evaluate(ua).status);
const heldOut = [...LATE_CRAWLERS.map((c) => c.ua), ...OS_FIXTURES.map((r) => r.ua), ...PODCAST_CLIENTS.map((r) => r.ua)];
const added = heldOut.filter((ua) => notifiedByUs(ua) && isbot(ua));
const cost = browsers.filter((ua) => notifiedByUs(ua) && isbot(ua));
console.log('isbot as a second opinion (notice only when isbot also says not a bot):');
console.log(`  set-aside user agents it would keep from the notice   ${added.length} of ${heldOut.length}${added.length ? ': ' + added.slice(0, 5).join(' | ') : ''}`);
console.log(`  browsers we notify that it would call bots            ${cost.length} of ${browsers.filter(notifiedByUs).length} notified${cost.length ? ', e.g. ' + cost.slice(0, 3).join(' | ') : ''}`);
