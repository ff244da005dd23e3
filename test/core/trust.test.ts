// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluate, OldBrowserNoticeError, parseSimpleQuery, renderNotice, renderNoticeHTML, showNotice } from '@lib/universal';
import { sv } from '@lib/locales';
import { TEXT_KEYS } from '../../src/locales/text-keys';
import { localeProblem } from '../../src/locales/validate';

const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';

afterEach(() => vi.restoreAllMocks());

describe('a malformed locale means English, never no notice', () => {
  it.each([
    ['remember empty', { ...sv, text: { ...sv.text, remember: [] } }],
    ['remember of numbers', { ...sv, text: { ...sv.text, remember: [1, 2] } }],
    ['a 2 MB heading', { ...sv, text: { ...sv.text, heading: 'x'.repeat(2_000_000) } }],
    ['a heading that is not a string', { ...sv, text: { ...sv.text, heading: { toString: (): string => 'x' } } }],
    ['a dir that is markup', { ...sv, dir: '"><svg onload=alert(2)>' }],
    ['a plural rule named after a prototype property', { ...sv, plural: 'constructor' }],
  ])('%s', (_name, locale) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = renderNotice(evaluate(IE11), { lang: 'sv', site: 'Sundsvall', locales: [locale as never], rememberDays: 3 });
    // Not the bad Swedish: the built-in one (a site's broken copy is skipped), with its three links.
    expect(element.querySelector('h2')!.textContent).toBe(sv.text.heading);
    expect(element.getAttribute('dir')).toBe('ltr');
    expect(element.querySelectorAll('a')).toHaveLength(3);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/^old-browser-notice: locale `sv` is not used: `[\w.]+` .*Fix the locale\.$/);
  });

  it('every text key is checked, from the one list of keys', () => {
    for (const key of Object.keys(TEXT_KEYS)) {
      const text: Record<string, unknown> = { ...sv.text };
      delete text[key];
      expect(localeProblem({ ...sv, text })).toBe(`text.${key}`);
      expect(localeProblem({ ...sv, text: { ...sv.text, [key]: 'x'.repeat(501) } })).toBe(`text.${key}`);
    }
    expect(localeProblem(sv)).toBeNull();
  });

  it('a text override of the wrong shape is ignored with one line, the rest still used', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = renderNotice(evaluate(IE11), {
      lang: 'sv',
      site: 'Sundsvall',
      text: { heading: ['<b>x</b>'] as never, dismiss: 'Okej', constructor: 'x' } as never,
    });
    expect(element.querySelector('h2')!.textContent).toBe(sv.text.heading);
    expect(element.querySelector('button')!.textContent).toBe('Okej');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('text.heading is not used');
  });

  it('renderNoticeHTML falls back the same way', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const html = renderNoticeHTML(evaluate(IE11), { lang: 'sv', site: 'Sundsvall', locales: [{ ...sv, dir: 'x" onfocus="alert(1)' } as never] });
    expect(html).toContain('dir="ltr"');
    expect(html).not.toContain('onfocus');
  });
});

describe('options from a CMS, as any JSON', () => {
  it('a heading level that is an object with its own toString (found by the fuzz test) gives the default heading, and a numeric string its number', () => {
    const verdict = evaluate(IE11);
    const level = JSON.parse('{"toString": [null], "valueOf": {}}') as never;
    expect(renderNoticeHTML(verdict, { site: 'Sundsvall', headingLevel: level })).toMatch(/<h2[ >]/);
    expect(renderNoticeHTML(verdict, { site: 'Sundsvall', headingLevel: '3' as never })).toMatch(/<h3[ >]/);
    expect(renderNotice(verdict, { site: 'Sundsvall', headingLevel: level }).querySelector('h2')).not.toBeNull();
  });
});

describe('names of prototype properties are no browsers', () => {
  it('recommend: [\'constructor\'] is refused in one line that quotes it', () => {
    const verdict = evaluate(IE11);
    for (const render of [() => renderNotice(verdict, { site: 'x', recommend: ['constructor' as never] }), () => renderNoticeHTML(verdict, { site: 'x', recommend: ['__proto__' as never] })]) {
      expect(render).toThrow(OldBrowserNoticeError);
      expect(render).toThrow(/^Unknown browser `(?:constructor|__proto__)` in `recommend`: use `firefox`, `chrome` or `edge`\.$/);
    }
  });

  it('showNotice says so on the console and shows nothing, without throwing', () => {
    document.body.innerHTML = ''; // a page without a notice from an earlier test
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => showNotice({ userAgent: IE11, recommend: ['toString' as never] })).not.toThrow();
    expect(document.querySelector('[data-old-browser-notice]')).toBeNull();
    expect(String(warn.mock.calls[0]![0])).toContain('Unknown browser `toString` in `recommend`');
  });

  it.each(['constructor >= 1', '__proto__ >= 1', 'toString 5, chrome >= 100'])('the query `%s` is refused in one line', (query) => {
    expect(() => parseSimpleQuery(query)).toThrow(OldBrowserNoticeError);
    expect(() => evaluate(IE11, { browsers: query })).toThrow(/^Unknown browser query `\w+ (?:>= )?\d+` in `[^`]+`[^\n]*$/);
  });
});

describe('a browsers string is capped before any regular expression reads it', () => {
  it.each([
    ['80,000 spaces', ' '.repeat(80_000) + 'x'],
    ['a long list', 'chrome >= 100, '.repeat(100)],
    ['spaces then `or`', 'chrome >= 1' + ' '.repeat(5_000) + 'o'],
  ])('%s: refused, quoting its start and its length', (_name, query) => {
    expect(() => evaluate(IE11, { browsers: query })).toThrow(new RegExp(`^Browser query \`[^\`]{0,40}…\` is ${query.length} characters long: write at most 1000, `));
  });

  it('a list at the cap, with white space of every kind, still reads', () => {
    const query = ('chrome >= 109 \t or\n  firefox >= 115 ,' + ' '.repeat(40)).repeat(15).slice(0, 1000);
    expect(parseSimpleQuery(query).agents).toEqual({ chrome: '109', firefox: '115' });
  });
});
