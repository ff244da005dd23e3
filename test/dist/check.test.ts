import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The CLI as users get it: the built bin, spawned as a process.
const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const IE11 = 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko';
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Safari/537.36';
const SAMSUNG_OLD_ENGINE_NEW =
  'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/20.0 Chrome/130.0.0.0 Mobile Safari/537.36';

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...process.env, BROWSERSLIST: '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const jsonLines = (stdout: string) => stdout.trimEnd().split('\n').map((line) => JSON.parse(line));

describe('old-browser-notice check', () => {
  it('prints one JSON object per stdin line, in order, blank lines included', () => {
    const { code, stdout } = run(['check', '--json', '--browsers', 'defaults'], `${IE11}\n\n${CHROME}\ncurl/8.5.0\n`);
    expect(code).toBe(0);
    const rows = jsonLines(stdout);
    expect(rows.map((row) => row.status)).toEqual(['unsupported', 'unknown', 'supported', 'unknown']);
    for (const row of rows) expect(Object.keys(row)).toEqual(expect.arrayContaining(['status', 'agent', 'version', 'reason']));
    expect(rows[0]).toMatchObject({ agent: 'ie', version: '11' });
  });

  it('judges user agents given as arguments, with --strict', () => {
    const loose = jsonLines(run(['check', '--json', '--browsers', 'chrome >= 120, samsung >= 23', SAMSUNG_OLD_ENGINE_NEW]).stdout);
    const strict = jsonLines(run(['check', '--json', '--strict', '--browsers', 'chrome >= 120, samsung >= 23', SAMSUNG_OLD_ENGINE_NEW]).stdout);
    expect(loose[0].status).toBe('supported');
    expect(strict[0].status).toBe('outdated');
  });

  it('prints a readable table without --json', () => {
    const { code, stdout } = run(['check', '--browsers', 'defaults', IE11, CHROME]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^status\s+agent\s+action\s+user agent\s+reason$/);
    // Windows 7 has no browser with security fixes left: the notice asks for a newer system.
    expect(lines[1]).toMatch(/^unsupported\s+ie 11\s+update-os\s+Mozilla.*\s{2}Internet Explorer 11 on Windows 7 is not in the policy, which names no ie version\.$/);
    expect(lines[2]).toMatch(/^supported\s+chrome 157\s+none\s+Mozilla.*\s{2}\S/);
  });

  it('exits 2 with a one-line error quoting an invalid query', () => {
    const { code, stdout, stderr } = run(['check', '--json', '--browsers', 'chrome >= banana', CHROME]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain('`chrome >= banana`');
  });

  it('gives the advice as on the day --date names, and refuses a day that does not exist', () => {
    const on = (date: string) => jsonLines(run(['check', '--json', '--browsers', 'firefox >= 115', '--date', date, IE11]).stdout)[0];
    // Firefox 115 ESR, the last for Windows 7, got security fixes there until 24 February 2026.
    expect(on('2026-02-23')).toMatchObject({ action: 'switch', recommend: ['firefox'] });
    expect(on('2026-02-24')).toMatchObject({ action: 'update-os', recommend: [] });
    for (const bad of ['2026-02-30', 'tomorrow']) {
      const { code, stdout, stderr } = run(['check', '--json', '--date', bad, IE11]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr).toContain(`\`--date ${bad}\``);
    }
  }, 30_000);

  it('exits 2 on unknown options and commands', () => {
    expect(run(['check', '--bogus']).code).toBe(2);
    const unknown = run(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('`frobnicate`');
  });

  it('documents every command and option in --help', () => {
    const { code, stdout } = run(['--help']);
    expect(code).toBe(0);
    for (const word of ['check', 'policy', '--browsers', '--strict', '--json', '--date', 'standard input', '--version']) expect(stdout).toContain(word);
  });

  it('prints the package version with --version and -v', () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) expect(run([flag])).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('old-browser-notice policy', () => {
  it('prints the compiled policy as JSON', () => {
    const { code, stdout } = run(['policy', '--browsers', 'ios_saf 15.2-15.3, op_mini all']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ query: 'ios_saf 15.2-15.3, op_mini all', agents: { ios_saf: '15.2', op_mini: 'all' } });
  });
});
