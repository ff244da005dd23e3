import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// An operator's own file name or query, as the CLI quotes it back, must not drive the
// terminal: an escape sequence that clears the screen or sets a link, a newline that forges
// a second line, a bidi override that reverses what follows.
const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const HOSTILE = ['\u001b[2J', '\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007', '\r\nold-browser-notice: all good', '\u202e', '\u0007', '\u009b31m'];
// (No NUL: no process can be given one in an argument.)
/** What a terminal acts on: C0 (but the line's own end), DEL, C1, bidi controls. */
// eslint-disable-next-line no-control-regex -- control characters are what the CLI must not print
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

const dir = mkdtempSync(join(tmpdir(), 'obn-cli-quote-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input: '' });
}

/** Standard output and error hold no raw control character, and each message is one line. */
function expectShownAsCodes(result: ReturnType<typeof run>, lines: { stderr?: number } = {}): void {
  expect(result.stdout).not.toMatch(RAW_CONTROL);
  expect(result.stderr).not.toMatch(RAW_CONTROL);
  if (lines.stderr !== undefined) expect(result.stderr.trimEnd().split('\n')).toHaveLength(lines.stderr);
}

describe('every message the CLI prints shows control characters as codes', () => {
  it.each(HOSTILE)('a log file that cannot be read, named with %j', (hostile) => {
    const result = run('report', join(dir, `access${hostile}.log`));
    expect(result.status).toBe(2);
    expectShownAsCodes(result, { stderr: 1 });
    expect(result.stderr).toMatch(/\\x1b|\\x0d\\x0a|\\u202e|\\x07|\\x9b/);
  });

  it.each(HOSTILE)('a --browsers query with %j', (hostile) => {
    for (const command of ['check', 'policy', 'report']) {
      const result = run(command, '--browsers', `chrome >= 1${hostile}`);
      expect(result.status).toBe(2);
      expectShownAsCodes(result, { stderr: 1 });
    }
  });

  it.each(HOSTILE)('an unknown command or option with %j', (hostile) => {
    expectShownAsCodes(run(`report${hostile}`), { stderr: 1 });
    expectShownAsCodes(run('check', `--json${hostile}`), { stderr: 1 });
  });

  it('the directory build writes to, and report --out, named with control characters', () => {
    const out = join(dir, 'site\u001b[2J\u202e');
    const built = run('build', '--out', out, '--lang', 'en');
    expect(built.status).toBe(0);
    expectShownAsCodes(built);
    expect(built.stdout).toContain('\\x1b[2J\\u202e');
    const log = join(dir, 'empty.log');
    spawnSync('touch', [log]);
    const report = run('report', '--out', join(dir, 'report\u001b[2J.txt'), log);
    expect(report.status).toBe(0);
    expectShownAsCodes(report);
  });
});
