import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as acorn from 'acorn';
import { JSDOM, ResourceLoader, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { NEWER_THAN_ES5 } from './newer-than-es5';

// The script tag as sites get it: dist/old-browser-notice.global.js, run in a jsdom window.
const SCRIPT = readFileSync(fileURLToPath(new URL('../../dist/old-browser-notice.global.js', import.meta.url)), 'utf8');
const IE11 = 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko';
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Safari/537.36';

interface PageOptions {
  userAgent?: string;
  attributes?: Record<string, string>;
  head?: boolean;
  before?: string;
  es5Only?: boolean;
}

/** Resolves once jsdom has finished loading the document, as a real page would have. */
function loaded(window: JSDOM['window']): Promise<void> {
  return new Promise((resolve) => {
    if (window.document.readyState === 'complete') resolve();
    else window.addEventListener('load', () => resolve());
  });
}

async function page(options: PageOptions = {}) {
  const warnings: string[] = [];
  const errors: string[] = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('warn', (message: string) => warnings.push(message));
  virtualConsole.on('error', (message: string) => errors.push(String(message)));
  virtualConsole.on('jsdomError', (error: Error) => errors.push(error.message));
  const dom = new JSDOM('<!doctype html><html lang="sv"><head></head><body><main><h1>Kommunen</h1></main></body></html>', {
    url: 'https://www.sundsvall.se/',
    runScripts: 'dangerously',
    resources: new ResourceLoader({ userAgent: options.userAgent ?? IE11 }),
    virtualConsole,
  });
  const { window } = dom;
  await loaded(window);
  if (options.es5Only) {
    for (const path of NEWER_THAN_ES5) {
      const parts = path.split('.');
      const owner = parts.slice(0, -1).reduce<any>((object, key) => object[key], window);
      delete owner[parts.at(-1)!];
    }
  }
  if (options.before) window.eval(options.before);
  const script = window.document.createElement('script');
  for (const [name, value] of Object.entries(options.attributes ?? {})) script.setAttribute(name, value);
  script.textContent = SCRIPT;
  (options.head ? window.document.head : window.document.body).appendChild(script);
  const notice = () => window.document.querySelector('[data-old-browser-notice]');
  return { window, notice, warnings, errors };
}

/** A page whose HTML carries the scripts inline, so they run while it is parsed, as on a real site. */
async function parsedPage(html: string, userAgent = IE11) {
  const dom = new JSDOM(html, { url: 'https://www.sundsvall.se/', runScripts: 'dangerously', resources: new ResourceLoader({ userAgent }) });
  const notice = () => dom.window.document.querySelector('[data-old-browser-notice]');
  const before = notice();
  await loaded(dom.window);
  return { window: dom.window, notice, before };
}

const LOCALE_FI = readFileSync(fileURLToPath(new URL('../../dist/locales/fi.js', import.meta.url)), 'utf8');
const inline = (code: string, attributes = '') => `<script${attributes}>${code.replace(/<\/script/gi, '<\\/script')}</script>`;

describe('the script-tag build', () => {
  it('parses as ES5', () => {
    expect(() => acorn.parse(SCRIPT, { ecmaVersion: 5 })).not.toThrow();
  });

  it('calls no built-in method newer than ES5, on any path (the window test below takes only one)', () => {
    const NEWER_METHOD =
      /\.(?:trimEnd|trimStart|padStart|padEnd|includes|startsWith|endsWith|repeat|find|findIndex|fill|flat|flatMap)\(|\b(?:Object\.(?:assign|entries|values|fromEntries)|Array\.(?:from|of)|Number\.(?:isNaN|isInteger))\(/g;
    expect(SCRIPT.match(NEWER_METHOD)).toBeNull();
  });

  it('shows the notice to IE 11 in a window with no built-in newer than ES5', async () => {
    const { window, notice, errors } = await page({ es5Only: true });
    expect(window.Promise).toBeUndefined();
    expect(notice()).not.toBeNull();
    expect(notice()!.textContent).toContain('sundsvall.se');
    expect(errors).toEqual([]);
  });

  it('shows the notice to any browser with ?old-browser-notice=preview, explaining why', async () => {
    const dom = new JSDOM('<!doctype html><html lang="sv"><body><main></main></body></html>', {
      url: 'https://www.sundsvall.se/?a=1&old-browser-notice=preview',
      runScripts: 'dangerously',
      resources: new ResourceLoader({ userAgent: CHROME }),
    });
    await loaded(dom.window);
    const script = dom.window.document.createElement('script');
    script.textContent = SCRIPT;
    dom.window.document.body.appendChild(script);
    const preview = dom.window.document.querySelector('[data-old-browser-notice] .obn__preview');
    expect(preview!.textContent).toContain('Preview: status supported (chrome 157');
  });

  it('shows nothing to a current browser', async () => {
    expect((await page({ userAgent: CHROME })).notice()).toBeNull();
  });

  it('adds exactly one global', async () => {
    const before = new JSDOM('', { runScripts: 'outside-only' }).window;
    const baseline = new Set(Object.getOwnPropertyNames(before));
    const { window } = await page({ userAgent: CHROME });
    const added = Object.getOwnPropertyNames(window).filter((name) => !baseline.has(name));
    expect(added).toEqual(['OldBrowserNotice']);
  });

  it("leaves the page's jQuery alone (ua-parser-js on its own would add $.ua)", async () => {
    const { window } = await page({ before: 'window.jQuery = window.$ = function () {};' });
    expect(Object.keys((window as unknown as { jQuery: object }).jQuery)).toEqual([]);
  });

  it('reads data attributes', async () => {
    const { notice } = await page({ attributes: { 'data-lang': 'en', 'data-site': 'Example Town', 'data-remember-days': '7' } });
    expect(notice()!.getAttribute('lang')).toBe('en');
    expect(notice()!.textContent).toContain('Example Town');
    expect(notice()!.textContent).toContain('7 days');
  });

  it('takes a policy in data-browsers', async () => {
    expect((await page({ attributes: { 'data-browsers': 'ie >= 11, chrome >= 100' } })).notice()).toBeNull();
    expect((await page({ userAgent: CHROME, attributes: { 'data-browsers': 'chrome >= 158' } })).notice()).not.toBeNull();
  });

  it('warns once, quoting a bad data-browsers value with the fix, and shows nothing', async () => {
    const { notice, warnings, errors } = await page({ attributes: { 'data-browsers': 'chrome >= banana' } });
    expect(notice()).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('`chrome >= banana`');
    expect(warnings[0]).toContain('npx old-browser-notice policy');
    expect(errors).toEqual([]);
  });

  it('warns about a bad data-remember-days and falls back to the session', async () => {
    const { notice, warnings } = await page({ attributes: { 'data-remember-days': '-1' } });
    expect(notice()).not.toBeNull();
    expect(warnings[0]).toContain('data-remember-days="-1"');
  });

  it('works from <head>, waiting for the body', async () => {
    const { window, notice, before } = await parsedPage(`<!doctype html><html lang="sv"><head>${inline(SCRIPT)}</head><body><main><h1>Hej</h1></main></body></html>`);
    expect(before).toBeNull();
    expect(notice()).not.toBeNull();
    expect(window.document.body.firstElementChild).toBe(notice());
  });

  it('uses a locale script placed after it, shipped only by sites that want it', async () => {
    const { notice } = await parsedPage(
      `<!doctype html><html lang="fi"><head></head><body><main><h1>Hei</h1></main>${inline(SCRIPT)}${inline(LOCALE_FI)}</body></html>`,
    );
    expect(notice()!.textContent).toContain('Selaimesi on vanhentunut');
    expect(notice()!.hasAttribute('lang')).toBe(false);
  });

  it('renders with registered locales through the API too', async () => {
    const { window } = await parsedPage(
      `<!doctype html><html lang="sv"><body>${inline(SCRIPT, ' data-auto="false"')}${inline(LOCALE_FI)}</body></html>`,
    );
    const api = (window as unknown as { OldBrowserNotice: { evaluate: (ua: string) => unknown; renderNotice: (verdict: unknown, options: object) => HTMLElement } }).OldBrowserNotice;
    expect(api.renderNotice(api.evaluate(IE11), { lang: 'fi' }).getAttribute('lang')).toBe('fi');
  });

  it('falls back to English when the page language was not shipped', async () => {
    const { notice } = await parsedPage(`<!doctype html><html lang="de"><body>${inline(SCRIPT)}</body></html>`);
    expect(notice()!.getAttribute('lang')).toBe('en');
  });

  it('shows one notice when included twice', async () => {
    const { window } = await page();
    const again = window.document.createElement('script');
    again.textContent = SCRIPT;
    window.document.body.appendChild(again);
    expect(window.document.querySelectorAll('[data-old-browser-notice]')).toHaveLength(1);
  });

  it('with data-auto="false" only exposes the API', async () => {
    const { window, notice } = await page({ attributes: { 'data-auto': 'false' } });
    expect(notice()).toBeNull();
    const api = (window as unknown as { OldBrowserNotice: { showNotice: () => unknown; evaluate: (ua: string) => { status: string } } }).OldBrowserNotice;
    expect(api.evaluate(IE11).status).toBe('unsupported');
    api.showNotice();
    expect(notice()).not.toBeNull();
  });

  it('leaves a page global of the same name alone, and says so', async () => {
    const { window, warnings, notice } = await page({ before: 'window.OldBrowserNotice = { mine: true };' });
    expect((window as unknown as { OldBrowserNotice: unknown }).OldBrowserNotice).toEqual({ mine: true });
    expect(warnings[0]).toContain('OldBrowserNotice');
    expect(notice()).not.toBeNull();
  });

  it('survives concatenation after a file without a trailing semicolon', async () => {
    const { window } = await page({ userAgent: CHROME });
    const combined = window.document.createElement('script');
    combined.textContent = 'window.siteValue = (function () { return 1 })\n' + SCRIPT;
    window.document.body.appendChild(combined);
    expect((window as unknown as { siteValue: unknown }).siteValue).toBeTypeOf('function');
  });
});
