// Throughput of evaluate() against its peers, over the same user agents, in one
// process and one run, so the ratios hold whatever the machine. Run: npm run bench
import { createRequire } from 'node:module';
import { createEvaluator, evaluate, needsNotice } from '../dist/node.js';
import { loadDataset, weightedSampler } from './dataset.js';

const require = createRequire(import.meta.url);
const UAParser = require('ua-parser-js');
const { matchesUA } = require('browserslist-useragent');

const QUERY = 'defaults';
const rows = loadDataset();
// A server's traffic: requests drawn by the dataset's weights (a fixed seed), so common
// browsers come as often as they do on a real site. Every candidate reads the same ones.
const sampler = weightedSampler(rows);
const requests = Array.from({ length: 200_000 }, sampler.next);
const uas = requests.slice(0, 20_000);

// browserslist-useragent-regexp is the yes/no peer of needsNotice; it is not a dependency
// of this project, so the comparison runs only where it is installed.
let peerRegex = null;
try {
  const { getUserAgentRegex } = await import('browserslist-useragent-regexp');
  peerRegex = getUserAgentRegex({ browsers: QUERY, allowHigherVersions: true });
} catch {
  console.log('browserslist-useragent-regexp is not installed in node_modules: needsNotice is not compared with its `test`.\n');
}

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
  'needsNotice (uncached)': (list) => {
    for (const ua of list) sink += needsNotice(ua, { browsers: QUERY }) ? 1 : 0;
  },
  'ua-parser-js 1.x parse': (list) => {
    for (const ua of list) sink += String(new UAParser(ua).getResult().browser.name).length;
  },
  'browserslist-useragent matchesUA': (list) => {
    for (const ua of list) sink += matchesUA(ua, { browsers: [QUERY], allowHigherVersions: true }) ? 1 : 0;
  },
};
if (peerRegex) {
  candidates['browserslist-useragent-regexp test'] = (list) => {
    for (const ua of list) sink += peerRegex.test(ua) ? 1 : 0;
  };
}

// Rounds alternate between the candidates, so that a busy moment on the machine hits
// them all alike; each keeps its best round. browserslist-useragent is slow: fewer rounds.
const best = {};
for (const fn of Object.values(candidates)) fn(uas.slice(0, 500)); // warm-up
for (let round = 0; round < 7; round++) {
  for (const [name, fn] of Object.entries(candidates)) {
    if (name === 'browserslist-useragent matchesUA' && round > 1) continue;
    best[name] = Math.max(best[name] || 0, uas.length / time(fn));
  }
}

console.log(`${uas.length.toLocaleString('en')} requests drawn by weight from the user-agents dataset (${new Set(uas).size} distinct user agents), query \`${QUERY}\`, uncached, best of alternating rounds\n`);
for (const [name, perSecond] of Object.entries(best)) {
  console.log(`${name.padEnd(36)} ${Math.round(perSecond).toLocaleString('en').padStart(10)} UAs/s`);
}

// The targets of the server's speed, each ratio beside its target, from the rates above.
const TARGETS = [
  ['evaluate (uncached)', 'ua-parser-js 1.x parse', 10],
  ['evaluate (uncached)', 'browserslist-useragent matchesUA', 40],
  ['needsNotice (uncached)', 'browserslist-useragent-regexp test', 1],
];
console.log('');
for (const [ours, peer, target] of TARGETS) {
  if (!best[peer]) {
    console.log(`${ours} / ${peer}: not measured (${peer.split(' ')[0]} is not installed)`);
    continue;
  }
  const ratio = best[ours] / best[peer];
  console.log(`${ours} / ${peer}: ${ratio.toFixed(2)}×   target ≥ ${target}×   ${ratio >= target ? 'met' : 'NOT MET'}`);
}
if (peerRegex) {
  // The regexp answers "in the query?"; a notice is its "no". Where the two differ, our
  // verdict's reason says why (the regexp knows no bots, devices or forged user agents).
  const differ = rows.filter((row) => needsNotice(row.userAgent, { browsers: QUERY }) !== !peerRegex.test(row.userAgent));
  const weight = (list) => list.reduce((sum, row) => sum + row.weight, 0);
  console.log(
    `needsNotice and browserslist-useragent-regexp differ on ${differ.length} of ${rows.length} dataset user agents ` +
      `(${((weight(differ) / weight(rows)) * 100).toFixed(2)} % of weighted traffic)`,
  );
  const why = {};
  for (const row of differ) {
    const verdict = evaluate(row.userAgent, { browsers: QUERY });
    const key = `needsNotice ${needsNotice(row.userAgent, { browsers: QUERY })}, regexp notice ${!peerRegex.test(row.userAgent)}: ${verdict.status}`;
    (why[key] ||= []).push(row.userAgent + '\n      ' + verdict.reason);
  }
  for (const [key, list] of Object.entries(why)) console.log(`  ${list.length} × ${key}, e.g.\n    ${list[0]}`);
}

// A server's traffic repeats user agents: all 200,000 requests, judged uncached and through the LRU cache.
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
