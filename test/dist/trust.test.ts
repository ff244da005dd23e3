import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, ResourceLoader, VirtualConsole } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { VENDOR_LINK } from '../xss';
import { hostDirectory } from './jsdom-site';

// The script tag against what a site does not control: tampered language files, pages
// without document.currentScript, pages whose markup shadows our names, preview links.
const DIST = new URL('../../dist/', import.meta.url);
// Windows 10: all three browsers run there, so the notice links all three.
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Safari/537.36';
const ENGLISH = 'Your browser is out of date';
const sv = JSON.parse(readFileSync(new URL('locales/sv.json', DIST), 'utf8'));

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A copy of dist/ at `prefix` inside a fresh directory, with some files replaced. */
function copyOfDist(prefix = '', replace: Record<string, string> = {}): URL {
  const root = mkdtempSync(join(tmpdir(), 'obn-trust-'));
  temporary.push(root);
  const at = join(root, prefix);
  mkdirSync(at, { recursive: true });
  cpSync(new URL('.', DIST), at, { recursive: true });
  for (const [name, contents] of Object.entries(replace)) writeFileSync(join(at, name), contents);
  return pathToFileURL(root + '/');
}

/**
 * A page at the site's root whose `<head>` holds `head` (paths under /js/), in jsdom, with
 * `before` run before anything is parsed. Waits for a second stage and its language.
 */
async function page(root: URL, userAgent: string, head: string, { before = '', query = '', body = '' } = {}) {
  const errors: string[] = [];
  const warnings: string[] = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', (error: Error) => errors.push(`jsdom: ${error.message}`));
  virtualConsole.on('warn', (message: string) => warnings.push(String(message)));
  const host = await hostDirectory(root);
  try {
    const dom = new JSDOM(`<!doctype html><html lang="sv"><head>${head}</head><body><main><h1>Hej</h1></main>${body}</body></html>`, {
      url: `${host.origin}/${query}`,
      runScripts: 'dangerously',
      resources: new ResourceLoader({ userAgent }),
      virtualConsole,
      beforeParse(window) {
        window.addEventListener('error', (event) => errors.push(`page saw: ${event.message}`));
        if (before) window.eval(before);
      },
    });
    const { window } = dom;
    const notice = () => window.document.querySelector('[data-old-browser-notice]');
    await new Promise<void>((resolve) => (window.document.readyState === 'complete' ? resolve() : window.addEventListener('load', () => resolve())));
    for (let i = 0; i < 300 && host.requested.length > 1 && !notice(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    await new Promise((resolve) => setTimeout(resolve, 30));
    return { window, notice, requested: host.requested.slice(), errors, warnings };
  } finally {
    host.close();
  }
}

const STAGE_ONE = (attributes = '') => `<script src="/js/old-browser-notice.js" data-site="Sundsvalls kommun" ${attributes}></script>`;
const NO_CURRENT_SCRIPT = `Object.defineProperty(Document.prototype, 'currentScript', { get: function () { return null; } });`;

describe('a tampered language file', { timeout: 30_000 }, () => {
  it.each([
    ['links to another host', { ...sv, downloads: { chrome: 'https://evil.example/chrome.exe' } }],
    ['a 2 MB heading', { ...sv, text: { ...sv.text, heading: 'x'.repeat(2_000_000) } }],
    ['a remember of numbers', { ...sv, text: { ...sv.text, remember: [1, 2] } }],
    ['an empty remember', { ...sv, text: { ...sv.text, remember: [] } }],
  ])('with %s: the notice is in English, with the makers\' links only', async (_name, file) => {
    const root = copyOfDist('', { 'locales/sv.json': JSON.stringify(file) });
    const { notice, requested, errors } = await page(root, IE11, STAGE_ONE('data-remember-days="3"'));
    expect(requested).toContain('/js/locales/sv.json');
    expect(notice()!.querySelector('h2')!.textContent).toBe(ENGLISH);
    const links = Array.from(notice()!.querySelectorAll('a'), (a) => a.getAttribute('href'));
    expect(links).toHaveLength(3);
    for (const link of links) expect(link).toMatch(VENDOR_LINK);
    expect(errors).toEqual([]);
  });

  it('an untouched one is used, with the localized pages from code', async () => {
    const { notice } = await page(DIST, IE11, STAGE_ONE());
    expect(notice()!.querySelector('h2')!.textContent).toBe(sv.text.heading);
    expect(Array.from(notice()!.querySelectorAll('a'), (a) => a.getAttribute('href')).sort()).toEqual([
      'https://www.google.com/intl/sv/chrome/',
      'https://www.microsoft.com/sv-se/edge/download',
      'https://www.mozilla.org/sv-SE/firefox/new/',
    ]);
  });
});

describe('without document.currentScript (IE 11)', { timeout: 30_000 }, () => {
  it('from a CDN path, with a locale script after it, the data attributes are the site\'s and the language comes from beside it', async () => {
    const root = copyOfDist('npm/old-browser-notice@0.1.0/dist');
    const base = '/js/npm/old-browser-notice@0.1.0/dist/';
    const head = `<script src="${base}old-browser-notice.js" data-browsers="ie >= 11" data-site="Sundsvalls kommun"></script><script src="${base}locales/fi.js"></script>`;
    const { notice, requested, errors } = await page(root, IE11, head, { before: NO_CURRENT_SCRIPT, query: '?old-browser-notice=preview' });
    // Preview shows the verdict: IE 11 meets `ie >= 11`, so the site's policy was read.
    expect(notice()!.querySelector('.obn__preview')!.textContent).toMatch(/status supported/);
    expect(requested.filter((path) => path.includes('locales/locales/'))).toEqual([]);
    expect(errors).toEqual([]);
    const quiet = await page(root, IE11, head, { before: NO_CURRENT_SCRIPT });
    expect(quiet.notice()).toBeNull();
  });

  it('the one-file build reads its own tag, not a later script whose name mentions the package', async () => {
    const head = `<script>
      var s = document.createElement('script'); s.src = '/js/old-browser-notice.global.js'; s.setAttribute('data-site', 'Sundsvalls kommun'); s.setAttribute('data-browsers', 'ie >= 11');
      var c = document.createElement('script'); c.src = '/js/old-browser-notice-config.js';
      document.head.appendChild(s); document.head.appendChild(c);
    </script>`;
    const { notice } = await page(DIST, IE11, head, { before: NO_CURRENT_SCRIPT, query: '?old-browser-notice=preview' });
    expect(notice()!.textContent).toContain('Sundsvalls kommun');
    expect(notice()!.querySelector('.obn__preview')!.textContent).toMatch(/status supported/);
  });
});

describe('a page whose markup shadows our names', { timeout: 30_000 }, () => {
  it('<form id="OldBrowserNotice"><input name="__oldBrowserNotice"> does not turn the one-file build off', async () => {
    // Browsers expose the form as window.OldBrowserNotice and its inputs as the form's
    // properties; jsdom does neither, so the page's script sets what a browser would.
    const body =
      '<form id="OldBrowserNotice"><input name="__oldBrowserNotice"><input name="__oldBrowserNoticeQueue"></form>' +
      '<script>var f = document.forms[0]; window.OldBrowserNotice = f; f.__oldBrowserNotice = f.elements[0]; f.__oldBrowserNoticeQueue = f.elements[1];</script>';
    const { notice, errors } = await page(DIST, IE11, '', { body: body + '<script src="/js/old-browser-notice.global.js" data-site="Sundsvalls kommun"></script>' });
    expect(notice()).not.toBeNull();
    expect(errors).toEqual([]);
  });

  it('an element with id="old-browser-notice-styles" does not leave the notice unstyled', async () => {
    const { window, notice } = await page(DIST, IE11, STAGE_ONE(), { body: '<div id="old-browser-notice-styles"></div>' });
    expect(notice()).not.toBeNull();
    // jsdom has no constructable stylesheets: the notice links the stylesheet beside the script.
    const styled = Array.from(window.document.querySelectorAll('link[rel="stylesheet"]')).some((link) => /\/old-browser-notice\.css$/.test((link as HTMLLinkElement).href));
    expect(styled).toBe(true);
  });
});

describe('preview by address', { timeout: 30_000 }, () => {
  it('data-preview="off" keeps ?old-browser-notice=preview from showing a current browser the notice', async () => {
    const { notice, requested } = await page(DIST, CHROME, STAGE_ONE('data-preview="off"'), { query: '?old-browser-notice=preview' });
    expect(requested).toEqual(['/js/old-browser-notice.js']);
    expect(notice()).toBeNull();
    const oneFile = await page(DIST, CHROME, '<script src="/js/old-browser-notice.global.js" data-preview="off"></script>', { query: '?old-browser-notice=preview' });
    expect(oneFile.notice()).toBeNull();
    // Without it, the address still previews (for testing a site).
    expect((await page(DIST, CHROME, STAGE_ONE(), { query: '?old-browser-notice=preview' })).notice()).not.toBeNull();
  });
});

describe('Trusted Types', { timeout: 30_000 }, () => {
  it('the first stage included twice creates its policy once', async () => {
    const before = `
      window.__policies = [];
      window.trustedTypes = { createPolicy: function (name, rules) {
        if (window.__policies.indexOf(name) !== -1) throw new TypeError('Policy ' + name + ' disallowed.');
        window.__policies.push(name);
        return { createScriptURL: function (url) { return rules.createScriptURL(url); } };
      } };`;
    const { window, notice, errors } = await page(DIST, IE11, STAGE_ONE() + STAGE_ONE(), { before });
    expect((window as unknown as { __policies: string[] }).__policies).toEqual(['old-browser-notice']);
    expect(window.document.querySelectorAll('script[src$="old-browser-notice.global.js"]')).toHaveLength(2);
    expect(notice()).not.toBeNull();
    expect(errors).toEqual([]);
  });
});

describe('the script-tag API', { timeout: 30_000 }, () => {
  it('does not write into the caller\'s options object', async () => {
    const { window } = await page(DIST, IE11, '<script src="/js/old-browser-notice.global.js" data-auto="false"></script>');
    const options: Record<string, unknown> = { userAgent: IE11, site: 'x' };
    const api = (window as unknown as { OldBrowserNotice: { showNotice: (o: object) => unknown; renderNotice: (v: unknown, o: object) => unknown; evaluate: (ua: string) => unknown } }).OldBrowserNotice;
    api.showNotice(options);
    api.renderNotice(api.evaluate(IE11), options);
    expect(Object.keys(options)).toEqual(['userAgent', 'site']);
  });

  it('data-browsers="constructor >= 1" is refused on the console in one line, and the page hears nothing', async () => {
    const { notice, warnings, errors } = await page(DIST, IE11, STAGE_ONE('data-browsers="constructor >= 1"'));
    expect(notice()).toBeNull();
    expect(warnings.some((line) => /^old-browser-notice: data-browsers: Unknown browser query `constructor >= 1`[^\n]*$/.test(line))).toBe(true);
    expect(errors).toEqual([]);
  });
});
