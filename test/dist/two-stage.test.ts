import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as acorn from 'acorn';
import { describe, expect, it } from 'vitest';
import { site as siteAt } from './jsdom-site';

// The two-stage install as a site serves it: old-browser-notice.js, which loads
// old-browser-notice.global.js beside it only when it cannot tell the browser is current.
const DIST = new URL('../../dist/', import.meta.url);
const IE11 = 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko';
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Safari/537.36';

const site = (userAgent: string, body: string, lang?: string, query?: string) => siteAt(DIST, userAgent, body, lang, query);
const TAG = '<script src="/js/old-browser-notice.js" data-site="Sundsvalls kommun"></script>';

describe('the two-stage script tag', () => {
  it('parses as ES5, both stages', () => {
    for (const name of ['old-browser-notice.js', 'old-browser-notice.global.js']) {
      expect(() => acorn.parse(readFileSync(new URL(name, DIST), 'utf8'), { ecmaVersion: 5 })).not.toThrow();
    }
  });

  it('stops at the first stage in a current browser: one request, no global', async () => {
    const { window, requested, notice } = await site(CHROME, TAG);
    expect(requested).toEqual(['/js/old-browser-notice.js']);
    expect(notice()).toBeNull();
    expect('OldBrowserNotice' in window).toBe(false);
  });

  it('loads the second stage for IE 11, with the data attributes, and shows the notice', async () => {
    const { requested, notice } = await site(IE11, TAG);
    // The stylesheet too, as jsdom has no constructable stylesheets: when, depends on the notice.
    expect(requested.filter((path) => !path.endsWith('.css'))).toEqual(['/js/old-browser-notice.js', '/js/old-browser-notice.global.js', '/js/locales/sv.json']);
    expect(notice()!.textContent).toContain('Sundsvalls kommun');
  });

  it('loads the second stage with its integrity', async () => {
    const { window } = await site(IE11, TAG);
    const second = window.document.querySelector<HTMLScriptElement>('script[src$="old-browser-notice.global.js"]')!;
    const digest = createHash('sha256').update(readFileSync(new URL('old-browser-notice.global.js', DIST))).digest('base64');
    expect(second.integrity).toBe(`sha256-${digest}`);
    // `crossorigin=""` is the `anonymous` keyword (HTML's CORS settings attribute), in fewer bytes.
    expect(second.getAttribute('crossorigin')).toBe('');
  });

  it('loads the second stage in a current browser in preview mode, by URL or data attribute', async () => {
    for (const [tag, url] of [
      [TAG, '?old-browser-notice=preview'],
      [TAG.replace('<script ', '<script data-preview '), undefined],
    ] as const) {
      const { requested, notice } = await site(CHROME, tag, 'sv', url);
      expect(requested).toContain('/js/old-browser-notice.global.js');
      expect(notice()!.textContent).toContain('Sundsvalls kommun');
    }
  });

  it('fetches the page\'s language from locales/ beside it, and nothing else', async () => {
    for (const [lang, heading] of [['sv', 'Din webbläsare är gammal'], ['fi', 'Selaimesi on vanhentunut'], ['zh-CN', '您的浏览器']] as const) {
      const { requested, notice } = await site(IE11, TAG, lang);
      expect(notice()!.textContent).toContain(heading);
      expect(requested.filter((path) => path.includes('/locales/'))).toHaveLength(1);
    }
  });

  it('needs no request for English, which it carries, or for a language it does not have', async () => {
    for (const lang of ['en-GB', 'tlh']) {
      const { requested, notice } = await site(IE11, TAG, lang);
      expect(notice()!.textContent).toContain('Your browser is out of date');
      // The stylesheet is not a language (see the next test).
      expect(requested.filter((path) => !path.endsWith('.css'))).toEqual(['/js/old-browser-notice.js', '/js/old-browser-notice.global.js']);
    }
  });

  // jsdom has no constructable stylesheets, like IE 11, Safari < 16.4, Chrome < 73 and
  // Firefox < 101: without a nonce the notice links the stylesheet beside the script (which
  // a CSP's `style-src 'self'` allows, where it refuses an inline <style>); with one, it
  // adds a <style> carrying it.
  it('links old-browser-notice.css beside the script in a browser without constructable stylesheets, or uses the nonce', async () => {
    const linked = await site(IE11, TAG);
    const links = Array.from(linked.window.document.querySelectorAll('link[rel="stylesheet"]'), (link) => (link as HTMLLinkElement).href);
    expect(links).toEqual([new URL('/js/old-browser-notice.css', linked.window.location.href).href]);
    expect(linked.window.document.querySelectorAll('style').length).toBe(0);
    expect(readFileSync(new URL('old-browser-notice.css', DIST), 'utf8')).toContain('.obn{');
    const nonced = await site(IE11, TAG.replace('<script ', '<script nonce="r4nd0m" '));
    const styles = Array.from(nonced.window.document.querySelectorAll('style'));
    expect(styles.map((style) => [style.getAttribute('nonce'), style.textContent!.includes('.obn{')])).toEqual([['r4nd0m', true]]);
    expect(nonced.window.document.querySelectorAll('link').length).toBe(0);
  });

  it('shows the notice in English when the language file is missing or broken', async () => {
    const root = mkdtempSync(join(tmpdir(), 'obn-site-'));
    cpSync(fileURLToPath(DIST), root, { recursive: true });
    rmSync(join(root, 'locales', 'fi.json'));
    writeFileSync(join(root, 'locales', 'sv.json'), '<!doctype html><title>Not found</title>');
    for (const lang of ['fi', 'sv']) {
      const { notice } = await siteAt(pathToFileURL(root + '/'), IE11, TAG, lang);
      expect(notice()!.textContent).toContain('Your browser is out of date');
    }
  });

  it('takes locale scripts placed after it, even before the second stage arrives', async () => {
    const { notice, requested } = await site(IE11, `${TAG}<script src="/js/locales/fi.js"></script>`, 'fi');
    expect(notice()!.textContent).toContain('Selaimesi on vanhentunut');
    expect(requested).not.toContain('/js/locales/fi.json');
  });
});
