// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluate, renderNotice, renderNoticeHTML } from '@lib/universal';
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
