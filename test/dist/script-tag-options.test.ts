import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { JSDOM, ResourceLoader, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { hostileOptions, isOneLineRefusal } from '../hostile';

// The script tag's API as a page's script calls it, with options of any kind: the page
// must hear nothing but one-line warnings, and the notice shows with the defaults.
const SCRIPT = readFileSync(fileURLToPath(new URL('../../dist/old-browser-notice.global.js', import.meta.url)), 'utf8');
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';

/** How many generated option sets `showNotice` and `renderNotice` are given each (SECURITY.md quotes it). */
export const SCRIPT_TAG_OPTION_RUNS = 3_000;

// evaluate reads `browsers`, `strict` and `now` among them.
const SHOW_KEYS = ['site', 'lang', 'locales', 'text', 'headingLevel', 'rememberDays', 'className', 'preview', 'recommend', 'browsers', 'strict', 'previewByAddress', 'now', 'container', 'remember', 'styles', 'nonce', 'document', 'userAgent', 'onShow', 'onDismiss', 'onLinkClick', 'onSupported'];

interface Api {
  showNotice(options?: unknown): unknown;
  renderNotice(verdict: unknown, options?: unknown): unknown;
  evaluate(userAgent: string, options?: unknown): unknown;
}

async function page() {
  const warnings: string[] = [];
  const errors: string[] = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('warn', (message: string) => warnings.push(message));
  virtualConsole.on('jsdomError', (error: Error) => errors.push(error.message));
  const dom = new JSDOM('<!doctype html><html lang="sv"><body><main><h1>Kommunen</h1></main></body></html>', {
    url: 'https://www.haninge.se/',
    runScripts: 'dangerously',
    resources: new ResourceLoader({ userAgent: IE11 }),
    virtualConsole,
  });
  const { window } = dom;
  window.addEventListener('error', (event) => errors.push(`page saw: ${event.message}`));
  const script = window.document.createElement('script');
  script.setAttribute('data-auto', 'false');
  script.textContent = SCRIPT;
  window.document.body.appendChild(script);
  return { window, api: (window as unknown as { OldBrowserNotice: Api }).OldBrowserNotice, warnings, errors };
}

describe('the script tag given options of any kind', () => {
  it(`OldBrowserNotice.showNotice, renderNotice and evaluate: ${SCRIPT_TAG_OPTION_RUNS.toLocaleString('en')} hostile option sets each, 0 throws but one-line refusals from renderNotice and evaluate, the page hears nothing`, async () => {
    const { window, api, errors } = await page();
    const verdict = api.evaluate(IE11);
    const world = [window.document, window.document.body, window.document.createElement('div')];
    const thrown: string[] = [];
    let tried = 0;
    fc.assert(
      fc.property(hostileOptions(SHOW_KEYS, world), (makeOptions) => {
        // showNotice never throws; renderNotice, which must return an element, may refuse in one line.
        for (const [call, mayRefuse] of [
          [() => api.showNotice(makeOptions()), false],
          [() => api.renderNotice(verdict, makeOptions()), true],
          // evaluate returns a verdict: it may refuse a query it cannot read, in one line.
          [() => api.evaluate(IE11, makeOptions()), true],
        ] as const) {
          tried++;
          try {
            call();
          } catch (error) {
            if (!(mayRefuse && isOneLineRefusal(error))) thrown.push(String((error as Error).stack));
          }
        }
        for (const notice of Array.from(window.document.querySelectorAll('[data-old-browser-notice]'))) notice.remove();
        window.sessionStorage.clear();
      }),
      { numRuns: SCRIPT_TAG_OPTION_RUNS },
    );
    // Let the notices that waited for the document, or a timer, run too.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(thrown).toEqual([]);
    expect(errors).toEqual([]);
    expect(tried).toBe(SCRIPT_TAG_OPTION_RUNS * 3);
  }, 180_000);

  it('a wrong `locales` or `text` is said in one line, and the notice shows all the same', async () => {
    const { window, api, warnings } = await page();
    api.showNotice({ locales: 'sv', text: 7, site: 'Haninge kommun' });
    const notice = window.document.querySelector('[data-old-browser-notice]');
    expect(notice).not.toBeNull();
    expect(notice!.textContent).toContain('Haninge kommun');
    expect(warnings.filter((line) => /`locales`|`text`/.test(line))).toHaveLength(2);
    for (const line of warnings) expect(line).not.toMatch(/\n/);
  });
});
