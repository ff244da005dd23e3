// Throughput of `old-browser-notice report` as users run it: the built CLI, spawned
// on a combined-format access log of 1,000,000 lines whose user agents are drawn from
// the user-agents dataset by weight (fixed seed, so every run reads the same log), plain
// and gzipped. Beside it, in the same run and alternating with it, a bare Node
// read-and-split of the same file (bench/read-and-split.js): the floor any reader in a
// Node process pays. Prints lines per second, the ratio, and peak resident memory.
// Run: npm run bench
import { spawnSync } from 'node:child_process';
import { closeSync, createReadStream, createWriteStream, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset, weightedSampler } from './dataset.js';

const LINES = 1_000_000;
const RUNS = 5;
const TARGET = 200_000;
const BIN = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const BARE = fileURLToPath(new URL('./read-and-split.js', import.meta.url));
/** The whole report process, against the bare read-and-split of the same file. */
const RATIO_TARGET = 0.8;
/** The same as time: the report's wall time at most this many times the bare read's. */
const TIME_TARGET = 1.3;
// Reports the process's peak RSS on exit, without the CLI knowing: a module preloaded by --import.
const PEAK_RSS = `data:text/javascript,process.on("exit",()=>process.stderr.write("maxRSS "+process.resourceUsage().maxRSS+"\\n"))`;

const rows = loadDataset();
const sampler = weightedSampler(rows);
const random = sampler.random;
const pick = (list) => list[Math.floor(random() * list.length)];
// By weight, as traffic comes (the dataset has 952 distinct user agents); and one line in 200
// the long tail a real log has: any of the dataset's user agents alike, a Chrome one with
// another build number. About 4,000 distinct user agents in all, each judged once.
const withBuild = (ua) => ua.replace(/(Chrome\/\d+\.0\.)\d+\.\d+/, (_, head) => `${head}${Math.floor(random() * 7000)}.${Math.floor(random() * 200)}`);
const drawUserAgent = (i) => (i % 200 === 0 ? withBuild(pick(rows).userAgent) : sampler.next());

// Apache's escaping inside quoted fields.
const quoted = (text) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const PATHS = ['/', '/kontakt', '/nyheter/2025/vinterväghållning', '/js/app.js?v=3', '/css/site.css', '/bilder/logo.svg', '/sok?q=bygglov', '/favicon.ico'];
const REFERERS = ['-', 'https://www.example.org/', 'https://www.google.com/', 'https://www.example.org/nyheter'];
const STATUSES = ['200', '200', '200', '200', '304', '404', '301'];

function line(i) {
  const ip = `${10 + (i % 200)}.${Math.floor(random() * 256)}.${Math.floor(random() * 256)}.${1 + (i % 254)}`;
  const second = String(i % 60).padStart(2, '0');
  const minute = String(Math.floor(i / 60) % 60).padStart(2, '0');
  const hour = String(Math.floor(i / 3600) % 24).padStart(2, '0');
  const status = pick(STATUSES);
  const bytes = status === '304' ? '-' : String(200 + Math.floor(random() * 90_000));
  return `${ip} - - [12/Nov/2025:${hour}:${minute}:${second} +0100] "GET ${pick(PATHS)} HTTP/1.1" ${status} ${bytes} ${quoted(pick(REFERERS))} ${quoted(drawUserAgent(i))}\n`;
}

const dir = mkdtempSync(join(tmpdir(), 'report-bench-'));
const log = join(dir, 'access.log');
try {
  const fd = openSync(log, 'w');
  for (let i = 0; i < LINES; ) {
    let chunk = '';
    for (const end = Math.min(LINES, i + 10_000); i < end; i++) chunk += line(i);
    writeSync(fd, chunk);
  }
  closeSync(fd);
  const megabytes = statSync(log).size / 1e6;
  const gz = `${log}.gz`;
  await pipeline(createReadStream(log), createGzip({ level: 6 }), createWriteStream(gz));
  const gzMegabytes = statSync(gz).size / 1e6;

  /** One spawned process: its wall time (process start included), peak RSS and output. */
  const timed = (args) => {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ['--import', PEAK_RSS, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    return { seconds, rss: Number(/maxRSS (\d+)/.exec(result.stderr)?.[1] ?? 0), stdout: result.stdout };
  };
  const cases = {
    'bare, plain': [BARE, log],
    'report, plain': [BIN, 'report', '--format', 'json', '--browsers', 'defaults', log],
    'bare, gzip': [BARE, gz],
    'report, gzip': [BIN, 'report', '--format', 'json', '--browsers', 'defaults', gz],
  };
  const best = {};
  /** Per kind, the ratio of each round (report against the bare read just before it): the other machine load is alike within a round. */
  const roundRatios = { plain: [], gzip: [] };
  const lastSeconds = {};
  let report;
  // Rounds alternate between the cases, so that a busy moment of the machine hits all of them.
  for (let run = 0; run < RUNS; run++) {
    for (const [name, args] of Object.entries(cases)) {
      const result = timed(args);
      if (name.startsWith('report')) {
        report = JSON.parse(result.stdout);
        if (report.lines !== LINES || report.skipped !== 0) throw new Error(`${name}: read ${report.lines} lines, skipped ${report.skipped}`);
      } else if (Number(result.stdout) !== LINES) throw new Error(`${name}: counted ${result.stdout.trim()} lines`);
      lastSeconds[name] = result.seconds;
      if (name.startsWith('report')) {
        const kind = name.slice('report, '.length);
        roundRatios[kind].push(lastSeconds[`bare, ${kind}`] / result.seconds);
      }
      const previous = best[name];
      best[name] = { seconds: Math.min(previous?.seconds ?? Infinity, result.seconds), rss: Math.max(previous?.rss ?? 0, result.rss) };
    }
  }

  const rate = (name) => LINES / best[name].seconds;
  const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
  const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;
  console.log(
    `\nreport: ${LINES.toLocaleString('en')} combined-log lines (${megabytes.toFixed(0)} MB, gzip ${gzMegabytes.toFixed(0)} MB, ` +
      `${report.distinctUserAgents.toLocaleString('en')} distinct user agents), query \`defaults\`, best of ${RUNS} alternating rounds, process start included`,
  );
  for (const kind of ['plain', 'gzip']) {
    const ratio = rate(`report, ${kind}`) / rate(`bare, ${kind}`);
    console.log(
      `  ${kind.padEnd(5)}  report ${Math.round(rate(`report, ${kind}`)).toLocaleString('en')} lines/s (${best[`report, ${kind}`].seconds.toFixed(2)} s, peak RSS ${mb(best[`report, ${kind}`].rss)})` +
        `  bare read-and-split ${Math.round(rate(`bare, ${kind}`)).toLocaleString('en')} lines/s (${best[`bare, ${kind}`].seconds.toFixed(2)} s, peak RSS ${mb(best[`bare, ${kind}`].rss)})` +
        `  ratio ${ratio.toFixed(2)}× (target ${RATIO_TARGET}×; median of the rounds' own ratios ${median(roundRatios[kind]).toFixed(2)}×)` +
        `  time ${(1 / ratio).toFixed(2)}× the bare read (target ≤ ${TIME_TARGET}×: ${1 / ratio <= TIME_TARGET ? 'met' : 'NOT MET'})`,
    );
    if (ratio < RATIO_TARGET) {
      console.error(`report (${kind}) runs at ${ratio.toFixed(2)}× a bare read-and-split, below the target of ${RATIO_TARGET}×`);
      process.exitCode = 1;
    }
    if (rate(`report, ${kind}`) < TARGET) {
      console.error(`report (${kind}) throughput ${Math.round(rate(`report, ${kind}`))} lines/s is below the target of ${TARGET} lines/s`);
      process.exitCode = 1;
    }
  }
  console.log(`  notified ${report.notified.percent} % of requests`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
