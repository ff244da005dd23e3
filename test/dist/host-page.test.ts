import { JSDOM, ResourceLoader, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { hostDirectory } from './jsdom-site';

// The built scripts on pages that make life hard for them: the page's own error
// handler must never hear from us, and the page keeps working.
const DIST = new URL('../../dist/', import.meta.url);
// The script tag's two ways in: the one-file build, and the first stage that loads the second.
const BUILDS = { 'one-file build': 'old-browser-notice.global.js', 'two-stage loader': 'old-browser-notice.js' };
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';

const SABOTAGE: Record<string, string> = {
  'storage that throws': `
    for (const name of ['sessionStorage', 'localStorage']) {
      Object.defineProperty(window, name, { get() { throw new DOMException('blocked', 'SecurityError'); } });
    }`,
  'no <body>': `document.documentElement.removeChild(document.body);`,
  'a frozen Object.prototype': `Object.freeze(Object.prototype);`,
  'Array.prototype.indexOf redefined': `Array.prototype.indexOf = function () { throw new Error('page bug'); };`,
  'JSON redefined': `window.JSON = { parse() { throw new Error('page bug'); }, stringify() { throw new Error('page bug'); } };`,
  'console.warn that throws': `console.warn = function () { throw new Error('page bug'); };`,
  'document.currentScript missing': `Object.defineProperty(Document.prototype, 'currentScript', { get() { return null; } });`,
  // What runs when the file loads (ua-parser-js, the tables) is inside the try too.
  'Array.prototype.map and join that throw': `Array.prototype.map = Array.prototype.join = function () { throw new Error('page bug'); };`,
  'Object.create that throws': `Object.create = function () { throw new Error('page bug'); };`,
  'a navigator.userAgent that throws': `Object.defineProperty(Navigator.prototype, 'userAgent', { get() { throw new Error('page bug'); } });`,
  'document.currentScript shadowed by <img name>': `var img = document.createElement('img'); img.name = 'currentScript'; img.src = 'https://evil.example/x.png'; document.body.appendChild(img);`,
  'enumerable junk on Object.prototype': `Object.prototype.heading = '<img src=x>'; Object.prototype.chrome = 'https://evil.example/';`,
};

async function hostilePage(file: string, sabotage: string, { attributes = 'data-remember-days="30" data-container="#missing"', dismiss = true } = {}) {
  const errors: string[] = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', (error: Error) => errors.push(`jsdom: ${error.message}`));
  const host = await hostDirectory(DIST);
  const dom = new JSDOM('<!doctype html><html lang="sv"><body><main><h1>Hej</h1></main></body></html>', {
    url: `${host.origin}/`,
    runScripts: 'dangerously',
    resources: new ResourceLoader({ userAgent: IE11 }),
    virtualConsole,
  });
  const { window } = dom;
  await new Promise<void>((resolve) => (window.document.readyState === 'complete' ? resolve() : window.addEventListener('load', () => resolve())));
  window.addEventListener('error', (event) => errors.push(`page saw: ${event.message}`));
  window.eval(sabotage);
  const script = window.document.createElement('script');
  for (const attribute of attributes.match(/[\w-]+="[^"]*"/g) ?? []) {
    const [name, value] = attribute.split('=');
    script.setAttribute(name!, value!.slice(1, -1));
  }
  script.src = `/js/${file}`;
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
  (window.document.body ?? window.document.documentElement).appendChild(script);
  await loaded;
  // A second stage, if any, arrives after the first: wait for its full API (five seconds at
  // most), then for the notice, which first fetches its language (the page is Swedish).
  const api = () => (window as unknown as { OldBrowserNotice?: { showNotice?: unknown } }).OldBrowserNotice;
  const notice = () => window.document.querySelector('[data-old-browser-notice]');
  for (let i = 0; i < 500 && !(api() && api()!.showNotice); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  for (let i = 0; i < 100 && api() && window.document.body && !notice(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  await new Promise((resolve) => setTimeout(resolve, 20));
  host.close();
  // Click whatever we showed, so that the dismissal path runs too.
  if (dismiss) (window.document.querySelector('[data-old-browser-notice] button') as HTMLButtonElement | null)?.click();
  return { window, errors };
}

describe.each(Object.entries(BUILDS))('the %s on a hostile page', (_build, file) => {
  it.each(Object.entries(SABOTAGE))('%s: the page\'s error handler hears nothing', async (_name, sabotage) => {
    const { errors } = await hostilePage(file, sabotage);
    expect(errors).toEqual([]);
    // Where the notice cannot run, the wait for it takes its full five seconds.
  }, 15_000);
});

describe('the two-stage loader keeps working where it can', () => {
  it.each(['storage that throws', 'Array.prototype.indexOf redefined', 'JSON redefined', 'console.warn that throws'])(
    'shows and dismisses the notice with %s',
    async (name) => {
      const { window } = await hostilePage(BUILDS['two-stage loader'], SABOTAGE[name]!, { attributes: '', dismiss: false });
      const notice = window.document.querySelector('[data-old-browser-notice]');
      expect(notice).not.toBeNull();
      (notice!.querySelector('button') as HTMLButtonElement).click();
      expect(window.document.querySelector('[data-old-browser-notice]')).toBeNull();
    },
  );
});
