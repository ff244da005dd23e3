import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Hostile log lines and user agents against the built CLI: nothing reaches a terminal
// raw, and no line can exhaust memory.
const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const IE11 = 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko';
const CHROME157 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Safari/537.36';
/** An OSC sequence (sets the terminal's title), a screen clear, a bell, and a right-to-left override. */
const HOSTILE = 'evil/1.0 \x1b]0;pwned\x07 \x1b[2J \u202Egnp.exe \u2066x\u2069';
// eslint-disable-next-line no-control-regex -- control characters are what the report must not print
const RAW = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'report-trust-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...process.env, BROWSERSLIST: '' }, maxBuffer: 64 << 20 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('terminal output neutralises control and bidi characters; JSON stays exact', { timeout: 60_000 }, () => {
  it('check prints a hostile user agent with its control and bidi characters as codes', () => {
    const { code, stdout } = run(['check', '--browsers', 'defaults', HOSTILE]);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(RAW);
    expect(stdout).toContain('\\x1b]0;pwned\\x07');
    expect(stdout).toContain('\\u202e');
  });

  it('report shows them as codes in its table and HTML, and keeps them exact in JSON', () => {
    const log = `${HOSTILE}\n${HOSTILE}\n${CHROME157}\n`;
    const table = run(['report', '--browsers', 'defaults', '-'], log);
    expect(table.code).toBe(0);
    expect(table.stdout).not.toMatch(RAW);
    expect(table.stdout).toContain('\\u202egnp.exe');
    const html = run(['report', '--browsers', 'defaults', '--format', 'html', '-'], log);
    expect(html.stdout).not.toMatch(RAW);
    const json = run(['report', '--browsers', 'defaults', '--format', 'json', '-'], log);
    expect(JSON.parse(json.stdout).topUnknown[0]).toMatchObject({ userAgent: HOSTILE, requests: 2 });
  });
});

describe('report: lines over the length cap', { timeout: 120_000 }, () => {
  it('skips and counts a line of 600 MB (a gzip of zeros of about half a megabyte), reading the lines around it', async () => {
    const path = join(dir, 'zeros.log.gz');
    const zeros = Buffer.alloc(1 << 20);
    async function* content() {
      yield Buffer.from(`${IE11}\n`);
      for (let i = 0; i < 600; i++) yield zeros; // longer than the longest string V8 can hold
      yield Buffer.from(`\n${CHROME157}\n`);
    }
    await pipeline(Readable.from(content()), createGzip({ level: 1 }), createWriteStream(path));
    const { code, stdout, stderr } = run(['report', '--browsers', 'defaults', '--format', 'json', path]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ lines: 3, requests: 2, skipped: 1, tooLong: 1 });
    expect(report.status.unsupported.requests).toBe(1);
    expect(report.status.supported.requests).toBe(1);
  });

  it('skips a line just over 64 KiB and keeps one just under, split across chunks or not', () => {
    const long = (bytes: number) => 'Mozilla/5.0 ' + 'x'.repeat(bytes - 12);
    const log = `${IE11}\n${long(64 * 1024)}\n${long(64 * 1024 + 1)}\n${CHROME157}`;
    const report = JSON.parse(run(['report', '--browsers', 'defaults', '--format', 'json', '-'], log).stdout);
    expect(report).toMatchObject({ lines: 4, requests: 3, skipped: 1, tooLong: 1 });
  });
});
