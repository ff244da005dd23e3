import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME100, CHROME157, IE11_WINDOWS_7, IOS15 } from '../user-agents';

// `report` as users run it counts page views, says what it left out, estimates visitors
// without writing any address anywhere, and gives the same figures whichever way it reads.
const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

const USER_AGENTS = [CHROME157, CHROME100, IE11_WINDOWS_7, IOS15];
/** What each line asks for, by its number modulo 10: six page views, two assets, a form post, a missing page. */
const KINDS = [
  ['GET /', '200'],
  ['GET /kontakt?x=1', '200'],
  ['HEAD /', '200'],
  ['GET /nyheter', '304'],
  ['GET /sok', '200'],
  ['GET /', '200'],
  ['GET /css/site.css', '200'],
  ['GET /bilder/logo.PNG', '304'],
  ['POST /sok', '200'],
  ['GET /saknas', '404'],
] as const;

/** A log of `count` lines over three days, and what it holds, counted here independently. */
function makeLog(count: number) {
  let state = 7;
  const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const lines: string[] = [];
  const pairs = new Set<string>();
  let pageViews = 0;
  for (let i = 0; i < count; i++) {
    const [request, status] = KINDS[i % KINDS.length]!;
    const address = `198.51.${Math.floor(random() * 4)}.${Math.floor(random() * 250)}`;
    const ua = USER_AGENTS[Math.floor(random() * USER_AGENTS.length)]!;
    const day = 10 + Math.floor(random() * 3);
    lines.push(`${address} - - [${day}/Nov/2025:10:00:00 +0100] "${request}${i % 3 ? `${request.includes('?') ? '&' : '?'}n=${Math.floor(random() * 1e9)}` : ''} HTTP/1.1" ${status} ${Math.floor(random() * 1e6)} "-" "${ua}"`);
    if (i % KINDS.length < 6) {
      pageViews++;
      pairs.add(`${day} ${address} ${ua}`);
    }
  }
  return { text: lines.join('\n') + '\n', pageViews, visitors: pairs.size, lines: count };
}

let dir: string;
const file = (name: string, contents: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, contents);
  return path;
};

function run(args: string[], options: { input?: string | Buffer; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [BIN, 'report', '--browsers', 'defaults', ...args], {
    input: options.input,
    cwd: options.cwd,
    encoding: 'utf8',
    env: { ...process.env, BROWSERSLIST: '' },
    maxBuffer: 64 << 20,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json(args: string[], input?: string | Buffer) {
  const result = run(['--format', 'json', ...args], { input });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'report-page-views-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('report: page views and visitors', { timeout: 120_000 }, () => {
  const small = makeLog(200);

  it('counts page views by default, the requests left out per reason, and every request with --all-requests', () => {
    const log = file('small.log', small.text);
    const views = json([log]);
    expect(views).toMatchObject({
      counted: 'page views',
      requests: small.pageViews,
      leftOut: { total: 80, assets: 40, notGetOrHead: 20, errorsAndRedirects: 20, noRequest: 0, unreadableStatus: 0 },
      visitors: { estimate: small.visitors, ofRequests: small.pageViews, complete: true },
    });
    const all = json(['--all-requests', log]);
    expect(all).toMatchObject({ counted: 'requests', requests: 200, leftOut: { total: 0 } });
    const table = run([log]);
    expect(table.stdout).toContain(`${small.pageViews} page views (80 requests left out: 40 assets, 20 not GET or HEAD, 20 errors and redirects)`);
    expect(table.stdout).toMatch(new RegExp(`^Visitors \\(estimate\\) +${small.visitors}$`, 'm'));
  });

  it('says "0 page views (N requests left out: assets)" for a log that is all assets, and exits 0', () => {
    const assets = ['/css/site.css', '/js/app.js?v=3', '/favicon.ico', '/bilder/logo.svg', '/fonts/a.woff2'].map(
      (path, i) => `203.0.113.${i} - - [12/Nov/2025:10:00:00 +0100] "GET ${path} HTTP/1.1" 200 512 "-" "${IE11_WINDOWS_7}"`,
    );
    const result = run([file('assets.log', assets.join('\n') + '\n')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('\n0 page views (5 requests left out: assets)\n');
  });

  it('writes no address into any file or output, and no file but those asked for', () => {
    const cwd = mkdtempSync(join(dir, 'cwd-'));
    const log = file('addresses.log', small.text);
    const addresses = [...new Set(small.text.split('\n').map((line) => line.split(' ')[0]!).filter(Boolean))];
    const outputs = [
      run(['--format', 'json', '--out', 'report.json', '--stats-out', 'stats.json', log], { cwd }).stdout,
      run(['--format', 'html', '--out', 'report.html', log], { cwd }).stdout,
      run(['--all-rows', '--by', 'day', log], { cwd }).stdout,
    ];
    expect(readdirSync(cwd).sort()).toEqual(['report.html', 'report.json', 'stats.json']);
    for (const name of readdirSync(cwd)) outputs.push(readFileSync(join(cwd, name), 'utf8'));
    for (const output of outputs) for (const address of addresses) expect(output.includes(address)).toBe(false);
    // The stats hold shares of browser versions only.
    expect(readFileSync(join(cwd, 'stats.json'), 'utf8')).not.toMatch(/visitor/i);
  });

  it('gives the same figures read in this thread, from standard input, and inflated by the gzip worker', () => {
    const big = makeLog(140_000);
    const plain = file('big.log', big.text);
    const gz = file('big.log.gz', gzipSync(big.text));
    // Large enough for the worker (read-logs.ts inflates gzip files of 2 MiB and more in a second thread).
    expect(statSync(gz).size).toBeGreaterThanOrEqual(2 << 20);
    const figures = (result: Record<string, unknown>) => {
      const { inputs, generated, ...rest } = result;
      return rest;
    };
    const fromPlain = figures(json(['--by', 'day', plain]));
    expect(fromPlain).toMatchObject({ requests: big.pageViews, visitors: { estimate: big.visitors }, lines: big.lines });
    expect(figures(json(['--by', 'day', gz]))).toEqual(fromPlain);
    expect(figures(json(['--by', 'day', '-'], big.text))).toEqual(fromPlain);
  });
});
