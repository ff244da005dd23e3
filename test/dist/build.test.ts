import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { site } from './jsdom-site';

const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const QUERY = 'chrome >= 120, firefox >= 115, ios_saf >= 16.4, safari >= 16.4';
const IE11 = 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko';
const chrome = (major: number) =>
  `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${major}.0.0.0 Safari/537.36`;

function build(...args: string[]) {
  const out = mkdtempSync(join(tmpdir(), 'obn-build-'));
  const result = spawnSync(process.execPath, [BIN, 'build', '--out', out, ...args], { encoding: 'utf8' });
  return { out, code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const read = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name))]));

describe('old-browser-notice build', () => {
  const first = build('--browsers', QUERY, '--lang', 'sv,fi');

  it('writes the two stages, the CSS and a README with the tag and its integrity', () => {
    expect(first.code).toBe(0);
    expect(readdirSync(first.out).sort()).toEqual(['README.md', 'old-browser-notice.css', 'old-browser-notice.global.js', 'old-browser-notice.js']);
    const stageOne = readFileSync(join(first.out, 'old-browser-notice.js'));
    const sri = 'sha384-' + createHash('sha384').update(stageOne).digest('base64');
    const readme = readFileSync(join(first.out, 'README.md'), 'utf8');
    expect(readme).toContain(`<script src="/path/to/old-browser-notice.js" integrity="${sri}" crossorigin="anonymous"></script>`);
    expect(first.stdout).toContain('old-browser-notice.js');
  });

  it('keeps the licence lines: ours in both stages, ua-parser-js\'s in the second, which bundles it', () => {
    const uaParser = JSON.parse(readFileSync(new URL('../../node_modules/ua-parser-js/package.json', import.meta.url), 'utf8')) as { version: string };
    const lines = (name: string) => readFileSync(join(first.out, name), 'utf8').split('\n');
    expect(lines('old-browser-notice.js')[0]).toMatch(/^\/\*! old-browser-notice \S+ \| MIT \*\/$/);
    const [ours, theirs] = lines('old-browser-notice.global.js');
    expect(ours).toMatch(/^\/\*! old-browser-notice \S+ \| MIT \| policy: /);
    expect(theirs).toMatch(new RegExp(`^/\\*! UAParser\\.js v${uaParser.version.replace(/\./g, '\\.')} \\| Copyright © [\\d-]+ Faisal Salman .*\\| MIT License \\*/$`));
  });

  it('prints the script tag to add to the pages, pointing where the folder is served', () => {
    const stageOne = readFileSync(join(first.out, 'old-browser-notice.js'));
    const sri = 'sha384-' + createHash('sha384').update(stageOne).digest('base64');
    // An absolute --out says nothing about the address: the tag says so, and --url fills it in.
    expect(first.stdout).toContain(`<script src="/path/to/old-browser-notice.js" integrity="${sri}" crossorigin="anonymous"></script>`);
    const cwd = mkdtempSync(join(tmpdir(), 'obn-site-'));
    const inPublic = spawnSync(process.execPath, [BIN, 'build', '--out', 'public/js/old-browser-notice'], { cwd, encoding: 'utf8' });
    expect(inPublic.status).toBe(0);
    expect(inPublic.stdout).toMatch(/^<script src="\/js\/old-browser-notice\/old-browser-notice\.js" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>$/m);
    const withUrl = build('--url', 'https://cdn.example.se/notice/');
    expect(withUrl.stdout).toContain('<script src="https://cdn.example.se/notice/old-browser-notice.js"');
    expect(readFileSync(join(withUrl.out, 'README.md'), 'utf8')).toContain('<script src="https://cdn.example.se/notice/old-browser-notice.js"');
  });

  it('refuses a --url that is not an address, quoting it', () => {
    const bad = build('--url', '"><script>alert(1)</script>');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('`--url "><script>alert(1)</script>`');
  });

  it('gives byte-identical files for the same inputs', () => {
    expect(read(build('--browsers', QUERY, '--lang', 'sv,fi').out)).toEqual(read(first.out));
  });

  it('bakes the policy into the first stage: Chrome 120 stops there, Chrome 119 loads the rest', async () => {
    const root = pathToFileURL(first.out + '/');
    const tag = '<script src="/js/old-browser-notice.js"></script>';
    expect((await site(root, chrome(120), tag)).requested).toHaveLength(1);
    const old = await site(root, chrome(119), tag);
    // Both stages (and, as jsdom has no constructable stylesheets, the stylesheet beside them).
    expect(old.requested.filter((path) => !path.endsWith('.css'))).toHaveLength(2);
    expect(old.notice()).not.toBeNull();
  });

  it('bundles the chosen languages with the second stage', async () => {
    const { notice } = await site(pathToFileURL(first.out + '/'), IE11, '<script src="/js/old-browser-notice.js"></script>', 'fi');
    expect(notice()!.textContent).toContain('Selaimesi on vanhentunut');
  });

  it('refuses an unknown language or query with exit 2, quoting it', () => {
    const lang = build('--lang', 'sv,xx');
    expect(lang.code).toBe(2);
    expect(lang.stderr).toContain('`xx`');
    const query = build('--browsers', 'chrome >= banana');
    expect(query.code).toBe(2);
    expect(query.stderr).toContain('`chrome >= banana`');
  });
});
