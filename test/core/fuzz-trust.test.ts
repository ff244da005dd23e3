// @vitest-environment jsdom
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkRequest, evaluate, OldBrowserNoticeError, renderNoticeHTML, type Verdict } from '@lib/universal';
import { LOCALES } from '@lib/locales';
import { fetchLocale } from '../../src/script-tag/locale-on-demand';
import { renderElement } from '../../src/notice/render';
import { NOTICE_TAGS, VENDOR_LINK, XSS_PAYLOADS } from '../xss';

/** How many generated inputs each property runs (SECURITY.md quotes these). */
export const TRUST_RUNS = { headers: 20_000, renderHtml: 2_000, languageFiles: 2_000 };

/** Generous: the machine running the suite may be busy. */
const TIMEOUT = 180_000;

const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
const CHROME_REDUCED = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'prototype', '__defineGetter__', 'isPrototypeOf'];
const STATUSES = ['supported', 'outdated', 'unsupported', 'unknown', 'bot'];

/** Strings as an attacker picks them: random, markup, prototype names, long runs, control and bidi characters. */
const hostileString = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom(...XSS_PAYLOADS, ...PROTOTYPE_NAMES, '', ' ', '\u202e', '\u0000', '\u001b]8;;https://evil.example\u0007', 'ltr', 'rtl'),
  fc.constantFrom('x', ' ', '<', '"').map((s) => s.repeat(700)),
);

/** Every element and attribute of rendered markup is one the notice makes, and every link goes to a browser maker. */
function expectOnlyNoticeMarkup(root: ParentNode): void {
  const allowed = /^(?:data-nosnippet|data-old-browser-notice|data-browser|class|aria-labelledby|lang|dir|id|href|type)$/;
  for (const element of Array.from(root.querySelectorAll('*'))) {
    expect(NOTICE_TAGS).toContain(element.tagName);
    for (const attribute of Array.from(element.attributes)) expect(attribute.name).toMatch(allowed);
    const dir = element.getAttribute('dir');
    if (dir !== null) expect(dir).toMatch(/^(?:ltr|rtl)$/);
  }
  for (const link of Array.from(root.querySelectorAll('a'))) expect(link.getAttribute('href')).toMatch(VENDOR_LINK);
}

/** A locale with some fields replaced by hostile values (or deleted, or extra ones added). */
const hostileLocale = fc
  .tuple(
    fc.constantFrom(...LOCALES),
    fc.dictionary(fc.constantFrom('tag', 'name', 'dir', 'reviewed', 'plural', 'list', 'text', 'downloads', ...PROTOTYPE_NAMES), fc.oneof(hostileString, fc.constant(undefined), fc.array(hostileString, { maxLength: 3 }), fc.dictionary(hostileString, hostileString, { maxKeys: 3 }))),
    fc.dictionary(fc.constantFrom('heading', 'introOutdated', 'introUnsupported', 'update', 'switch', 'updateOs', 'remember', 'dismiss', 'extra', ...PROTOTYPE_NAMES), fc.oneof(hostileString, fc.array(fc.oneof(hostileString, fc.integer()), { maxLength: 8 }), fc.constant(null))),
  )
  .map(([base, fields, text]) => ({ ...base, ...fields, text: { ...base.text, ...text } }) as Record<string, unknown>);

/** Tampered locales, and now and then an untouched one (which must then be used). */
const someLocale = fc.oneof({ arbitrary: hostileLocale, weight: 4 }, { arbitrary: fc.constantFrom(...LOCALES) as unknown as fc.Arbitrary<Record<string, unknown>>, weight: 1 });

function expectVerdict(verdict: Verdict): void {
  expect(STATUSES).toContain(verdict.status);
  expect(typeof verdict.reason).toBe('string');
}

let warn: ReturnType<typeof vi.spyOn>;
beforeAll(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterAll(() => warn.mockRestore());

describe('fuzzing what the notice is given', () => {
  it(`checkRequest: ${TRUST_RUNS.headers.toLocaleString('en')} hostile header sets, 0 throws, each a verdict`, () => {
    const names = fc.constantFrom('user-agent', 'sec-ch-ua', 'sec-ch-ua-full-version-list', 'sec-ch-ua-mobile', 'sec-ch-ua-platform', 'sec-ch-ua-platform-version', 'User-Agent', 'SEC-CH-UA-PLATFORM', ...PROTOTYPE_NAMES);
    const values = fc.oneof(
      hostileString,
      fc.constantFrom(...PROTOTYPE_NAMES, 'Windows', 'macOS', 'Android').map((name) => `"${name}"`),
      fc.constantFrom('"Chromium";v="130", "Google Chrome";v="130"', '"Microsoft Edge";v="1.2.3", "Chromium";v="x"', '?1', '?0', '"15.0.0"', '"0.3.0"', '"__proto__";v="1"', CHROME_REDUCED, IE11),
      fc.array(hostileString, { maxLength: 3 }),
    );
    // What threw, with the input that made it throw: a count alone would not say what to fix.
    const thrown: string[] = [];
    fc.assert(
      fc.property(fc.dictionary(names, values, { maxKeys: 8 }), fc.boolean(), (headers, asFetch) => {
        try {
          const input = asFetch ? new Headers(Object.entries(headers).filter(([, v]) => typeof v === 'string' && !/[^\t\x20-\x7e\x80-\xff]|^\s|\s$/.test(v as string)) as Array<[string, string]>) : headers;
          expectVerdict(checkRequest(input as never));
        } catch (error) {
          if (!(error instanceof Error) || error.name === 'AssertionError') throw error;
          thrown.push(`${error.stack} from ${JSON.stringify(headers).slice(0, 2000)}`);
        }
      }),
      { numRuns: TRUST_RUNS.headers },
    );
    expect(thrown).toEqual([]);
  }, TIMEOUT);

  it(`renderNoticeHTML: ${TRUST_RUNS.renderHtml.toLocaleString('en')} hostile options and locales, 0 throws, 0 markup from strings, only the makers' links`, () => {
    const options = fc.record(
      {
        site: hostileString.filter((s) => s !== ''),
        // Options from a CMS arrive as JSON: any JSON value where a string belongs.
        lang: fc.oneof(hostileString, fc.jsonValue()),
        pageLang: fc.oneof(hostileString, fc.jsonValue()),
        className: fc.oneof(hostileString, fc.jsonValue()),
        headingLevel: fc.oneof(fc.integer(), fc.double(), fc.constant(Number.NaN), fc.jsonValue()),
        rememberDays: fc.oneof(fc.integer({ min: -5, max: 400 }), fc.double(), fc.jsonValue()),
        preview: fc.oneof(fc.boolean(), fc.jsonValue()),
        text: fc.dictionary(fc.constantFrom('heading', 'introOutdated', 'introUnsupported', 'update', 'switch', 'updateOs', 'remember', 'dismiss', ...PROTOTYPE_NAMES), fc.oneof(hostileString, fc.array(hostileString, { maxLength: 3 }), fc.integer())),
        recommend: fc.array(fc.oneof(fc.constantFrom('firefox', 'chrome', 'edge', ...PROTOTYPE_NAMES), fc.jsonValue()), { maxLength: 4 }),
        locales: fc.array(someLocale, { maxLength: 3 }),
      },
      { requiredKeys: ['site'] },
    );
    const verdicts = [evaluate(IE11), evaluate(CHROME_REDUCED), evaluate('Mozilla/5.0 (iPhone; CPU iPhone OS 12_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1 Mobile/15E148 Safari/604.1')];
    // What threw, with the input that made it throw: a count alone would not say what to fix.
    const thrown: string[] = [];
    let refused = 0;
    fc.assert(
      fc.property(options, fc.constantFrom(...verdicts), (input, verdict) => {
        let html: string;
        try {
          html = renderNoticeHTML(verdict, input as never);
        } catch (error) {
          // The one refusal there is: a browser name `recommend` cannot link, in one line that quotes it.
          if (error instanceof OldBrowserNoticeError && /^(?:Unknown browser `[^`\n]*` in `recommend`: use `firefox`, `chrome` or `edge`\.|`recommend` must be a list[^\n]*)$/.test(error.message)) {
            refused++;
            return;
          }
          thrown.push(`${(error as Error).stack} from ${JSON.stringify(input).slice(0, 2000)}`);
          return;
        }
        const template = document.createElement('template');
        template.innerHTML = html;
        expectOnlyNoticeMarkup(template.content);
        expect(template.content.querySelectorAll('section')).toHaveLength(html ? 1 : 0);
      }),
      { numRuns: TRUST_RUNS.renderHtml },
    );
    expect(thrown).toEqual([]);
    expect(refused).toBeGreaterThan(0);
  }, TIMEOUT);

  it(`language files: ${TRUST_RUNS.languageFiles.toLocaleString('en')} tampered files through the fetch and into the notice, 0 throws, 0 markup, only the makers' links`, () => {
    const body = fc.oneof(
      { arbitrary: someLocale.map((locale) => JSON.stringify(locale)), weight: 6 },
      { arbitrary: hostileString, weight: 1 },
      { arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)), weight: 1 },
    );
    // What threw, with the input that made it throw: a count alone would not say what to fix.
    const thrown: string[] = [];
    let used = 0;
    fc.assert(
      fc.property(body, fc.constantFrom(...LOCALES.map((locale) => locale.tag)), (text, tag) => {
        try {
          let got: unknown = 'pending';
          const request = { readyState: 4, status: 200, responseText: text, onreadystatechange: null as null | (() => void), getResponseHeader: () => null, open() {}, send() { this.onreadystatechange!(); } };
          const win = { setTimeout: () => 0, XMLHttpRequest: function () { return request; } } as unknown as Window;
          fetchLocale(win, `/js/locales/${tag}.json`, tag, (locale) => (got = locale));
          const locales = got ? [got as never, LOCALES[1]!] : [LOCALES[1]!];
          if (got) used++;
          const element = renderElement(evaluate(IE11), { site: 'Sundsvall', lang: tag, locales, document, rememberDays: 7 });
          const holder = document.createElement('div');
          holder.appendChild(element);
          expectOnlyNoticeMarkup(holder);
          expect(element.querySelectorAll('a')).toHaveLength(3);
        } catch (error) {
          if (error instanceof Error && error.name === 'AssertionError') throw error;
          thrown.push(`${(error as Error).stack} from ${String(text).slice(0, 2000)}`);
        }
      }),
      { numRuns: TRUST_RUNS.languageFiles },
    );
    expect(thrown).toEqual([]);
    expect(used).toBeGreaterThan(0);
  }, TIMEOUT);
});

describe('renderNoticeHTML in a real DOM, for every hostile option and locale field', () => {
  const fields = ['site', 'lang', 'pageLang', 'className', 'heading', 'introOutdated', 'introUnsupported', 'update', 'switch', 'updateOs', 'dismiss', 'remember', 'locale.dir', 'locale.tag', 'locale.name', 'locale.separator', 'locale.heading'];
  const payloads = [...XSS_PAYLOADS, '" autofocus onfocus="window.__xss=1', '"><svg onload=alert(2)>'];
  it.each(fields)('%s', (field) => {
    const sv = LOCALES[0]!;
    for (const payload of payloads) {
      const locale = { ...sv, text: { ...sv.text } } as Record<string, unknown> & typeof sv;
      const options: Record<string, unknown> = { site: 'Sundsvall', lang: 'sv', preview: true, rememberDays: 2, locales: [locale] };
      if (field.startsWith('locale.')) {
        const key = field.slice('locale.'.length);
        if (key === 'separator') locale.list = { separator: payload.slice(0, 20), lastSeparator: payload.slice(-20) };
        else if (key === 'heading') locale.text.heading = payload;
        else locale[key] = payload;
      } else if (['site', 'lang', 'pageLang', 'className'].includes(field)) options[field] = payload;
      else options.text = { [field]: field === 'remember' ? [payload] : payload };
      const template = document.createElement('template');
      template.innerHTML = renderNoticeHTML(evaluate(IE11), options as never);
      expectOnlyNoticeMarkup(template.content);
      expect(template.content.querySelectorAll('section')).toHaveLength(1);
    }
  });
});
