// Throughput of `old-browser-notice report` as users run it: the built CLI, spawned
// on a combined-format access log of 1,000,000 lines whose user agents are drawn from
// the user-agents dataset by weight (fixed seed, so every run reads the same log).
// Prints lines per second and the CLI's peak resident memory. Run: npm run bench
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset, weightedSampler } from './dataset.js';

const LINES = 1_000_000;
const RUNS = 3;
const TARGET = 200_000;
const BIN = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
// Reports the process's peak RSS on exit, without the CLI knowing: a module preloaded by --import.
const PEAK_RSS = `data:text/javascript,process.on("exit",()=>process.stderr.write("maxRSS "+process.resourceUsage().maxRSS+"\\n"))`;

const sampler = weightedSampler(loadDataset());
const random = sampler.random;
const pick = (list) => list[Math.floor(random() * list.length)];
const drawUserAgent = sampler.next;

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
  return `${ip} - - [12/Nov/2025:${hour}:${minute}:${second} +0100] "GET ${pick(PATHS)} HTTP/1.1" ${status} ${bytes} ${quoted(pick(REFERERS))} ${quoted(drawUserAgent())}\n`;
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

  let best = Infinity;
  let peak = 0;
  let report;
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ['--import', PEAK_RSS, BIN, 'report', '--format', 'json', '--browsers', 'defaults', log], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (result.status !== 0) throw new Error(`report exited ${result.status}: ${result.stderr}`);
    report = JSON.parse(result.stdout);
    best = Math.min(best, seconds);
    peak = Math.max(peak, Number(/maxRSS (\d+)/.exec(result.stderr)?.[1] ?? 0));
  }
  if (report.lines !== LINES || report.skipped !== 0) throw new Error(`read ${report.lines} lines, skipped ${report.skipped}`);

  const perSecond = LINES / best;
  console.log(
    `\nreport: ${LINES.toLocaleString('en')} combined-log lines (${megabytes.toFixed(0)} MB, ` +
      `${report.distinctUserAgents.toLocaleString('en')} distinct user agents), query \`defaults\`, best of ${RUNS} runs`,
  );
  console.log(`  ${Math.round(perSecond).toLocaleString('en')} lines/s (${best.toFixed(2)} s, process start included; target ${TARGET.toLocaleString('en')})`);
  console.log(`  peak RSS ${(peak / 1024).toFixed(0)} MB`);
  console.log(`  notified ${report.notified.percent} % of requests`);
  if (perSecond < TARGET) {
    console.error(`report throughput ${Math.round(perSecond)} lines/s is below the target of ${TARGET} lines/s`);
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
