import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The CLI helps a person who got something wrong: one line on standard error that names
// what was wrong and the fix, exit status 2, never a stack trace; and help where asked.
const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

function run(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, BROWSERSLIST: '', ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Exit 2 and exactly one line on standard error, which contains each of `parts`. */
function expectOneLine(result: ReturnType<typeof run>, ...parts: string[]) {
  expect(result.code).toBe(2);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  for (const part of parts) expect(result.stderr).toContain(part);
}

const temp = () => mkdtempSync(join(tmpdir(), 'obn-cli-'));

describe('the CLI with a path it cannot use', () => {
  it('says in one line which path, what went wrong and the code: build --out under a file', () => {
    const dir = temp();
    writeFileSync(join(dir, 'a-file'), '');
    expectOneLine(run(['build', '--out', 'a-file/js'], { cwd: dir }), `\`${join(dir, 'a-file', 'js')}\``, 'ENOTDIR', 'not a folder');
  });

  it('names a browserslist config it cannot read, and a query typo in one with its line', () => {
    const dir = temp();
    expectOneLine(run(['policy'], { cwd: dir, env: { BROWSERSLIST_CONFIG: join(dir, 'missing-browsers') } }), `\`${join(dir, 'missing-browsers')}\``);
    writeFileSync(join(dir, '.browserslistrc'), '# Haninge kommun\nlast 2 versions\nchrme >= 100\n');
    expectOneLine(run(['check', 'Mozilla/5.0'], { cwd: dir }), `${join(dir, '.browserslistrc')} line 3`);
    expectOneLine(run(['build'], { cwd: dir }), `${join(dir, '.browserslistrc')} line 3`);
  });
});

describe('the CLI with a misspelt name', () => {
  it('suggests the option meant, for the command given', () => {
    expectOneLine(run(['build', '--lnag', 'sv']), '`--lnag`', 'Did you mean `--lang`?', 'old-browser-notice build --help');
    expectOneLine(run(['check', '--jsn']), 'Did you mean `--json`?');
    expectOneLine(run(['report', '--compre', 'defaults', '-']), 'Did you mean `--compare`?');
  });

  it('suggests the command meant, and lists them all', () => {
    expectOneLine(run(['biuld']), '`biuld`', 'Did you mean `build`?', '`check`', '`version`');
    expectOneLine(run(['raport']), 'Did you mean `report`?');
    // Nothing close: no guess.
    expect(run(['frobnicate']).stderr).not.toContain('Did you mean');
  });
});

describe('help and version', () => {
  it('prints one command\'s help for `<command> --help`, `-h` and `help <command>`', () => {
    for (const args of [['build', '--help'], ['build', '-h'], ['help', 'build']]) {
      const { code, stdout } = run(args);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: old-browser-notice build \[--browsers <query>\]/);
      expect(stdout).toContain('--lang');
      expect(stdout).not.toContain('report [');
    }
  });

  it('prints the whole help for `help`, and the version for `version`', () => {
    const all = run(['help']);
    expect(all.code).toBe(0);
    for (const word of ['check [', 'policy [', 'build [', 'report [', 'help [<command>]', 'version']) expect(all.stdout).toContain(word);
    expect(run(['version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
    expectOneLine(run(['help', 'biuld']), 'Did you mean `build`?');
  });
});

describe('check without user agents', () => {
  it('reads standard input quietly from a pipe', () => {
    const { code, stderr } = run(['check', '--json', '--browsers', 'defaults'], { input: 'Mozilla/5.0\n' });
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  // `script` gives the CLI a terminal as standard input, as a person typing has.
  it.skipIf(!existsSync('/usr/bin/script'))('says at a terminal that it reads standard input', () => {
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} check --browsers defaults`;
    const result = spawnSync('/usr/bin/script', ['-qec', command, '/dev/null'], { input: '\u0004', encoding: 'utf8', timeout: 20_000, env: { ...process.env, BROWSERSLIST: '' } });
    expect(result.stdout).toContain('Reading user agents from standard input, one per line; end with Ctrl+D.');
  });
});

describe('the docs\' synopses', () => {
  const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
  /** A command's usage as its `--help` gives it: the lines before its description, as one. */
  const usage = (command: string) => {
    const lines = run([command, '--help']).stdout.replace(/^Usage: old-browser-notice /, '').split('\n');
    const end = lines.findIndex((line, i) => i > 0 && !/^\s+\[/.test(line));
    return collapse(lines.slice(0, end).join(' '));
  };
  const CLI = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');
  const REPORT = readFileSync(new URL('../../docs/report.md', import.meta.url), 'utf8');
  const synopsis = (markdown: string) => collapse(/^```\n(old-browser-notice [\s\S]*?)```$/m.exec(markdown)![1]!).split(/ (?=old-browser-notice )/);

  it('are what `--help` says, command by command, in cli.md and report.md', () => {
    const section = run(['--help']).stdout.split('\nCommands\n')[1]!.split('\nThe policy')[0]!;
    const commands = [...section.matchAll(/^ {2}([a-z]+)\b/gm)].map((match) => match[1]!).filter((name) => name !== 'help' && name !== 'version');
    expect(commands).toEqual(expect.arrayContaining(['check', 'policy', 'build', 'report', 'verify', 'gallery', 'tag']));
    const lines = synopsis(CLI);
    for (const command of commands) expect(lines).toContain(`old-browser-notice ${usage(command)}`);
    expect(synopsis(REPORT)).toEqual([`old-browser-notice ${usage('report')}`]);
  });

  it('link report-at-scale from report.md and cli.md', () => {
    for (const page of [CLI, REPORT]) expect(page).toContain('](report-at-scale.md)');
  });
});

describe('tag', () => {
  it("prints the ready-made files' tag, with the integrity of the first stage the package carries", () => {
    const { code, stdout } = run(['tag', '--url', '/js/old-browser-notice']);
    expect(code).toBe(0);
    const stageOne = readFileSync(new URL('../../dist/old-browser-notice.js', import.meta.url));
    const hash = createHash('sha384').update(stageOne).digest('base64');
    expect(stdout).toBe(`<script src="/js/old-browser-notice/old-browser-notice.js" integrity="sha384-${hash}" crossorigin="anonymous"></script>\n`);
  });

  it('prints the tag `build` printed, for the folder it wrote', () => {
    const dir = temp();
    const built = run(['build', '--browsers', 'defaults', '--out', 'public/js/obn'], { cwd: dir });
    const printed = /^<script .*><\/script>$/m.exec(built.stdout)![0];
    expect(run(['tag', '--url', '/js/obn', 'public/js/obn'], { cwd: dir }).stdout).toBe(`${printed}\n`);
    expectOneLine(run(['tag', 'nowhere'], { cwd: dir }), '`' + join(dir, 'nowhere') + '`');
  });
});
