// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { evaluate, renderNotice } from '@lib/universal';
import { en, LOCALES } from '@lib/locales';
import { pluralFormCount } from '../../src/locales/plural-rules';
import { chooseLocale } from '../../src/locales/choose';

const RTL = ['ar', 'fa', 'prs', 'ps', 'ckb', 'yi', 'he', 'ur'];
const REQUIRED = [
  // Swedish, English, the national minority languages, Nordic, the 24 EU languages, and more.
  'sv', 'en', 'fi', 'fit', 'se', 'smj', 'sma', 'rom', 'yi', 'nb', 'nn', 'da', 'is',
  'bg', 'hr', 'cs', 'nl', 'et', 'fr', 'de', 'el', 'hu', 'ga', 'it', 'lv', 'lt', 'mt', 'pl', 'pt', 'ro', 'sk', 'sl', 'es',
  'ar', 'fa', 'prs', 'ps', 'ckb', 'so', 'ti', 'uk', 'ru', 'tr', 'zh-Hans',
];
const PLACEHOLDERS: Record<string, string[]> = {
  heading: [], intro: ['{site}'], update: ['{browsers}'], switch: ['{browsers}'], updateOs: [], dismiss: [],
};

/** Three-word runs of the English text: finding one elsewhere means an untranslated leftover. */
function englishRuns(): Set<string> {
  const runs = new Set<string>();
  const texts = Object.values(en.text).flat();
  for (const text of texts) {
    const words = text.toLowerCase().replace(/\{\w+\}/g, ' ').match(/[a-z']+/g) ?? [];
    for (let i = 0; i + 2 < words.length; i++) runs.add(words.slice(i, i + 3).join(' '));
  }
  return runs;
}

describe(`${LOCALES.length} locales`, () => {
  it('include every required language, at least 45, each tag once', () => {
    const tags = LOCALES.map((locale) => locale.tag);
    expect(tags.length).toBeGreaterThanOrEqual(45);
    expect(new Set(tags).size).toBe(tags.length);
    for (const tag of REQUIRED) expect(tags).toContain(tag);
  });

  it.each(LOCALES.map((locale) => [locale.tag, locale] as const))('%s: every string present, placeholders kept', (_tag, locale) => {
    for (const [key, needs] of Object.entries(PLACEHOLDERS)) {
      const text = locale.text[key as Exclude<keyof typeof locale.text, 'remember'>];
      expect(text, key).toMatch(/\S/);
      for (const placeholder of needs) expect(text, key).toContain(placeholder);
      expect(text.replace(/\{(site|browsers)\}/g, ''), key).not.toMatch(/[{}]/);
    }
    expect(locale.text.remember).toHaveLength(pluralFormCount(locale.plural));
    for (const form of locale.text.remember) expect(form).toContain('{days}');
    expect(locale.dir).toBe(RTL.includes(locale.tag) ? 'rtl' : 'ltr');
    expect(locale.reviewed).toBe(false);
  });

  it.each(LOCALES.filter((locale) => locale.tag !== 'en').map((locale) => [locale.tag, locale] as const))(
    '%s: no English left over',
    (_tag, locale) => {
      const runs = englishRuns();
      for (const text of Object.values(locale.text).flat()) {
        const words = text.toLowerCase().replace(/\{\w+\}/g, ' ').match(/[a-z']+/g) ?? [];
        for (let i = 0; i + 2 < words.length; i++) expect(runs.has(words.slice(i, i + 3).join(' ')), text).toBe(false);
      }
    },
  );

  it.each(LOCALES.map((locale) => [locale.tag, locale] as const))('%s: renders with its lang and dir', (tag, locale) => {
    document.documentElement.setAttribute('lang', 'xx');
    const verdict = evaluate('Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko');
    const element = renderNotice(verdict, { lang: tag, locales: [locale], site: 'Sundsvall', rememberDays: 2 });
    expect(element.getAttribute('lang')).toBe(tag);
    expect(element.getAttribute('dir')).toBe(RTL.includes(tag) ? 'rtl' : 'ltr');
    expect(element.textContent).toContain('Sundsvall');
    expect(element.textContent).not.toMatch(/\{(site|browsers|days)\}/);
    expect(element.querySelectorAll('a')).toHaveLength(3);
  });
});

describe('choosing the language', () => {
  const pick = (...candidates: Array<string | undefined>) => chooseLocale(candidates, LOCALES).tag;

  it('falls back along the BCP-47 tag and its aliases', () => {
    expect(pick('sv-FI')).toBe('sv');
    expect(pick('no')).toBe('nb');
    expect(pick('nb-NO')).toBe('nb');
    expect(pick('zh-Hans-CN')).toBe('zh-Hans');
    expect(pick('zh-CN')).toBe('zh-Hans');
    expect(pick('fa-AF')).toBe('prs');
    expect(pick('iw')).toBe('he');
    expect(pick('rmy')).toBe('rom');
    expect(pick('pt_BR')).toBe('pt');
  });

  it('skips what it cannot serve and ends in English', () => {
    expect(pick('zh-TW', 'de')).toBe('de');
    expect(pick('xx', undefined, 'fi')).toBe('fi');
    expect(pick('xx')).toBe('en');
  });
});
