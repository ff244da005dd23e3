// @vitest-environment jsdom
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as universal from '@lib/universal';
import * as node from '@lib/node';
import { showNotice as showLazily } from '../../src/lazy';
import { hostileOptions, isOneLineRefusal, trapValues } from '../hostile';

/** How many generated option sets each entry is given (SECURITY.md quotes these). */
export const OPTION_RUNS = { page: 10_000, lazy: 2_000, html: 5_000, server: 5_000 };

/** Generous: the machine running the suite may be busy. */
const TIMEOUT = 180_000;

const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';

// The options each entry documents, written out here rather than read from the library's
// tables: an option the tables forgot is fuzzed all the same.
const RENDER_KEYS = ['site', 'lang', 'locales', 'text', 'headingLevel', 'rememberDays', 'className', 'preview', 'recommend'];
const SHOW_KEYS = [...RENDER_KEYS, 'browsers', 'strict', 'previewByAddress', 'now', 'container', 'remember', 'styles', 'nonce', 'document', 'userAgent', 'onShow', 'onDismiss', 'onLinkClick', 'onSupported'];
const SERVER_KEYS = ['browsers', 'strict', 'now', 'cacheSize', 'acceptClientHints', 'vary', 'maxTouchPoints', 'fastPath'];

/** What the page's own world adds: its document, elements, a text node. */
const domValues = () => [document, document.body, document.createElement('div'), document.createTextNode('x'), document.implementation.createHTMLDocument('')];

let warn: ReturnType<typeof vi.spyOn>;
beforeAll(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterAll(() => warn.mockRestore());
afterEach(() => {
  for (const notice of Array.from(document.querySelectorAll('[data-old-browser-notice]'))) notice.remove();
});

/** Counts the inputs tried and keeps every throw that is not allowed, with the input that made it. */
function tally() {
  const thrown: string[] = [];
  let tried = 0;
  return {
    thrown,
    get tried() {
      return tried;
    },
    run(input: unknown, call: () => unknown, allowed: (error: unknown) => boolean = () => false): unknown {
      tried++;
      try {
        return call();
      } catch (error) {
        if (!allowed(error)) thrown.push(`${error instanceof Error ? error.stack : typeof error} from ${Object.prototype.toString.call(input)}`);
        return undefined;
      }
    },
  };
}

/** What a page's `showNotice` must return: a verdict or null, never a throw. */
function expectVerdictOrNull(result: unknown): void {
  if (result !== null) expect(['supported', 'outdated', 'unsupported', 'unknown', 'bot']).toContain((result as { status: string }).status);
}

describe('every option of every entry, given any value', () => {
  it(`showNotice (npm entry): ${OPTION_RUNS.page.toLocaleString('en')} hostile option sets, 0 throws`, () => {
    const count = tally();
    fc.assert(
      fc.property(hostileOptions(SHOW_KEYS, domValues()), (makeOptions) => {
        const options = makeOptions();
        const result = count.run(options, () => universal.showNotice(options as never));
        expectVerdictOrNull(result ?? null);
        sessionStorage.clear();
      }),
      { numRuns: OPTION_RUNS.page },
    );
    expect(count.thrown).toEqual([]);
    expect(count.tried).toBe(OPTION_RUNS.page);
  }, TIMEOUT);

  it(`showNotice (lazy entry): ${OPTION_RUNS.lazy.toLocaleString('en')} hostile option sets, 0 throws, 0 rejected promises`, async () => {
    const count = tally();
    await fc.assert(
      fc.asyncProperty(hostileOptions(SHOW_KEYS, domValues()), async (makeOptions) => {
        const options = makeOptions();
        const promise = count.run(options, () => showLazily(options as never)) as Promise<unknown> | undefined;
        try {
          expectVerdictOrNull(await promise);
        } catch (error) {
          if (error instanceof Error && error.name === 'AssertionError') throw error;
          count.thrown.push(`rejected: ${(error as Error).stack}`);
        }
        sessionStorage.clear();
      }),
      { numRuns: OPTION_RUNS.lazy },
    );
    expect(count.thrown).toEqual([]);
  }, TIMEOUT);

  it(`renderNotice and renderNoticeHTML: ${OPTION_RUNS.html.toLocaleString('en')} hostile option sets each, 0 throws but the one-line refusals`, () => {
    const verdicts = [universal.evaluate(IE11), universal.evaluate('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36')];
    const count = tally();
    let refused = 0;
    const refusal = (error: unknown) => isOneLineRefusal(error) && ++refused > 0;
    fc.assert(
      fc.property(hostileOptions([...RENDER_KEYS, 'pageLang']), fc.boolean(), fc.constantFrom(...verdicts), (makeOptions, withSite, verdict) => {
        const options = makeOptions();
        // Half the time with a site, so that the rest of the options are read, not refused for it.
        try {
          if (withSite && Object.prototype.toString.call(options) === '[object Object]' && !Object.prototype.hasOwnProperty.call(options, 'site')) (options as Record<string, unknown>).site = 'Haninge kommun';
        } catch {
          // A Proxy: given as it is.
        }
        const html = count.run(options, () => universal.renderNoticeHTML(verdict, options as never), refusal);
        if (html !== undefined) expect(typeof html).toBe('string');
        count.run(options, () => universal.renderNotice(verdict, options as never), refusal);
      }),
      { numRuns: OPTION_RUNS.html },
    );
    expect(count.thrown).toEqual([]);
    expect(refused).toBeGreaterThan(0);
  }, TIMEOUT);

  it.each([
    ['universal', universal],
    ['node', node],
  ] as const)(`the server helpers (%s entry): ${OPTION_RUNS.server.toLocaleString('en')} hostile option sets each, 0 throws but one-line OldBrowserNoticeErrors`, async (_name, entry) => {
    const count = tally();
    const headers = { 'user-agent': IE11, 'sec-ch-ua': '"Chromium";v="130"' };
    const pending: Array<Promise<unknown>> = [];
    fc.assert(
      fc.property(hostileOptions(SERVER_KEYS), (makeOptions) => {
        const options = makeOptions();
        const o = options as never;
        count.run(options, () => entry.evaluate(IE11, o), isOneLineRefusal);
        count.run(options, () => entry.checkRequest(headers, o), isOneLineRefusal);
        count.run(options, () => entry.createEvaluator(o)(IE11), isOneLineRefusal);
        count.run(options, () => entry.oldBrowserNoticeMiddleware(o)({ headers }, { setHeader() {}, getHeader: () => 'public, max-age=60' }, () => {}), isOneLineRefusal);
        const handler = count.run(options, () => entry.withOldBrowserNotice(() => new Response('ok'), o), isOneLineRefusal) as ((request: Request) => Promise<Response>) | undefined;
        if (handler) pending.push(handler(new Request('https://example.com/', { headers })).catch((error) => count.thrown.push(`rejected: ${(error as Error).stack}`)));
      }),
      { numRuns: OPTION_RUNS.server },
    );
    await Promise.all(pending);
    expect(count.thrown).toEqual([]);
    expect(count.tried).toBe(OPTION_RUNS.server * 5);
  }, TIMEOUT);
});

describe('a wrong option is its default, said in one line', () => {
  // One wrong value of each kind a CMS or a script can hand over.
  const WRONG = ['sv', 7, true, { a: 1 }, ['x'], Symbol('x'), 10n, () => 1, ...trapValues().slice(0, 6)];
  // What kinds each option takes (`typeof`, or `list`): a value of those is checked where it is used.
  const TAKES: Record<string, string[]> = { lang: ['string'], pageLang: ['string'], className: ['string'], text: ['object'], locales: ['list'], recommend: ['list'], headingLevel: ['number', 'string'], rememberDays: ['number'], preview: ['boolean'] };
  const kind = (value: unknown) => {
    try {
      return Array.isArray(value) ? 'list' : typeof value;
    } catch {
      return 'revoked';
    }
  };

  it.each(Object.keys(TAKES))('renderNoticeHTML `%s`: the same notice as without it, and one warning that names it', (key) => {
    const verdict = universal.evaluate(IE11);
    const base: Record<string, unknown> = { site: 'Haninge kommun', lang: 'sv' };
    delete base[key];
    const without = universal.renderNoticeHTML(verdict, base as never);
    let tried = 0;
    for (const value of WRONG) {
      if (TAKES[key]!.includes(kind(value))) continue;
      tried++;
      warn.mockClear();
      const html = universal.renderNoticeHTML(verdict, { ...base, [key]: value } as never);
      expect(html, `${key}: ${kind(value)}`).toBe(without);
      expect(warn).toHaveBeenCalledTimes(1);
      const message = String(warn.mock.calls[0]![0]);
      expect(message).toContain(`\`${key}\``);
      expect(message).not.toMatch(/[\n\r]/);
    }
    expect(tried).toBeGreaterThan(5);
  });

  it.each(SHOW_KEYS)('showNotice `%s` given a getter that throws: the same verdict as without it, and one warning that names it', (key) => {
    const base = { userAgent: IE11, site: 'Haninge kommun', lang: 'sv' } as Record<string, unknown>;
    const without = universal.showNotice({ ...base });
    for (const element of Array.from(document.querySelectorAll('[data-old-browser-notice]'))) element.remove();
    sessionStorage.clear();
    warn.mockClear();
    const options = Object.defineProperty({ ...base }, key, {
      get() {
        throw new Error('hostile');
      },
      enumerable: true,
    });
    const verdict = universal.showNotice(options as never);
    // `userAgent` falls back to the browser's own: jsdom's, whose verdict differs.
    if (key !== 'userAgent') expect(verdict).toEqual(without);
    else expect(verdict).not.toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain(`\`${key}\``);
    // The notice is shown all the same (jsdom's own user agent aside: a current browser).
    if (key !== 'userAgent') expect(document.querySelector('[data-old-browser-notice]')).not.toBeNull();
  });

  it.each(['chrome >= 1\n\u001b[2J', 'fire\u2028fox >= 1', '\u009b31m', 'chrome\r\n>= 1 or x'])('a query with control characters (%j) is refused in one line, in both entries', (query) => {
    for (const entry of [universal, node]) {
      expect(() => entry.evaluate(IE11, { browsers: query })).toThrow();
      try {
        entry.evaluate(IE11, { browsers: query });
      } catch (error) {
        expect(isOneLineRefusal(error), (error as Error).message).toBe(true);
      }
    }
  });

  it.each(SERVER_KEYS)('the server helpers refuse `%s` of the wrong kind with one OldBrowserNoticeError that names it', (key) => {
    const value = key === 'browsers' ? 7 : key === 'now' ? 'tomorrow' : 'yes';
    for (const call of [
      () => node.evaluate(IE11, { [key]: value } as never),
      () => node.createEvaluator({ [key]: value } as never),
      () => node.checkRequest({}, { [key]: value } as never),
      () => node.oldBrowserNoticeMiddleware({ [key]: value } as never),
      () => node.withOldBrowserNotice(() => new Response(''), { [key]: value } as never),
    ]) {
      expect(call).toThrowError(node.OldBrowserNoticeError);
      try {
        call();
      } catch (error) {
        expect((error as Error).message).toContain(`\`${key}\``);
        expect((error as Error).message).not.toMatch(/\n/);
      }
    }
  });
});
