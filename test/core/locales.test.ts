// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { evaluate, renderNotice } from '@lib/universal';
import { en, LOCALES, sv } from '@lib/locales';
import { PLURAL_RULES, pluralFormCount } from '../../src/locales/plural-rules';
import { chooseLocale } from '../../src/locales/choose';
import type { Locale } from '../../src/locales/types';

const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
// Outdated under `defaults` (firefox >= 153), but less than two years behind: it hears "soon".
const FIREFOX_140 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0';

const RTL = ['ar', 'fa', 'prs', 'ps', 'ckb', 'yi', 'he', 'ur'];
const REQUIRED = [
  // Swedish, English, the national minority languages, Nordic, the 24 EU languages, and more.
  'sv', 'en', 'fi', 'fit', 'se', 'smj', 'sma', 'rom', 'yi', 'nb', 'nn', 'da', 'is',
  'bg', 'hr', 'cs', 'nl', 'et', 'fr', 'de', 'el', 'hu', 'ga', 'it', 'lv', 'lt', 'mt', 'pl', 'pt-PT', 'ro', 'sk', 'sl', 'es',
  'ar', 'fa', 'prs', 'ps', 'ckb', 'so', 'ti', 'uk', 'ru', 'tr', 'zh-Hans',
  // Spain's co-official languages, Welsh (UK public bodies), Traditional Chinese, Brazilian Portuguese.
  'ca', 'gl', 'eu', 'cy', 'zh-Hant', 'pt-BR',
];
const PLACEHOLDERS: Record<string, string[]> = {
  heading: [], introOutdated: ['{site}'], introUnsupported: ['{site}'], update: ['{browsers}'], switch: ['{browsers}'],
  updateOs: [], dismiss: [],
};

/**
 * The `remember` forms that say the number with a word instead of `{days}`, by locale and
 * form index, with the word each must contain. Only where the grammar wants it: nowhere else
 * may a form drop the number.
 */
const NUMBER_AS_WORD: Record<string, Record<number, { word: string; why: string }>> = {
  ar: {
    1: { word: 'يوم واحد', why: 'one: "one day" is the noun with "واحد" after it, not a digit' },
    2: { word: 'يومين', why: 'two: the dual "two days" is one word' },
  },
  he: { 1: { word: 'יומיים', why: 'two: the dual "two days" is one word' } },
  mt: { 1: { word: 'jumejn', why: 'two: the dual "two days" is one word' } },
};

const RENDER = (locale: Locale, userAgent: string, site = 'Haninge kommun') =>
  renderNotice(evaluate(userAgent), { lang: locale.tag, locales: [locale], site, rememberDays: 30 }).textContent!;

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
  it('include every required language, at least 59, each tag once', () => {
    const tags = LOCALES.map((locale) => locale.tag);
    expect(tags.length).toBeGreaterThanOrEqual(59);
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
    locale.text.remember.forEach((form, index) => {
      const word = NUMBER_AS_WORD[locale.tag]?.[index];
      if (word) {
        expect(form, word.why).not.toContain('{days}');
        expect(form, word.why).toContain(word.word);
      } else {
        expect(form, `remember[${index}]`).toContain('{days}');
      }
      expect(form.replace('{days}', ''), `remember[${index}]`).not.toMatch(/[{}]/);
    });
    expect(locale.text.introOutdated, 'outdated and unsupported say different things').not.toBe(locale.text.introUnsupported);
    expect(locale.dir).toBe(RTL.includes(locale.tag) ? 'rtl' : 'ltr');
    expect(typeof locale.reviewed).toBe('boolean');
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

describe('what a visitor reads', () => {
  it('names the site as a website, with a name and with a host name', () => {
    expect(RENDER(sv, FIREFOX_140)).toContain('delar av webbplatsen Haninge kommun');
    expect(RENDER(sv, FIREFOX_140, 'haninge.se')).toContain('delar av webbplatsen haninge.se');
    expect(RENDER(en, FIREFOX_140)).toContain('parts of the Haninge kommun website');
    expect(RENDER(en, IE11, 'haninge.se')).toContain('Parts of the haninge.se website');
  });

  it('promises no time to an unsupported browser: IE 11 reads neither "snart" nor "soon"', () => {
    expect(evaluate(IE11).status).toBe('unsupported');
    expect(RENDER(sv, IE11)).not.toMatch(/snart/i);
    expect(RENDER(en, IE11)).not.toMatch(/soon/i);
    expect(RENDER(sv, FIREFOX_140)).toContain('Snart slutar');
    expect(RENDER(en, FIREFOX_140)).toContain('Soon,');
  });

  it('tells what closing the notice does, not "your choice", in Swedish and English', () => {
    expect(RENDER(sv, FIREFOX_140)).toContain('Om du stänger meddelandet visas det inte igen på den här enheten förrän om 30 dagar.');
    expect(RENDER(en, FIREFOX_140)).toContain('If you close this notice, it will not appear again on this device for 30 days.');
    expect(RENDER(en, FIREFOX_140)).not.toContain('choice');
  });

  it.each(LOCALES.map((locale) => [locale.tag, locale] as const))('%s: outdated and unsupported browsers read their own intro', (_tag, locale) => {
    const site = 'Haninge kommun';
    const outdated = RENDER(locale, FIREFOX_140, site);
    const unsupported = RENDER(locale, IE11, site);
    expect(outdated).toContain(locale.text.introOutdated.replace('{site}', site));
    expect(outdated).not.toContain(locale.text.introUnsupported.replace('{site}', site));
    expect(unsupported).toContain(locale.text.introUnsupported.replace('{site}', site));
    expect(unsupported).not.toContain(locale.text.introOutdated.replace('{site}', site));
  });

  it('says "one day" and "two days" with words where the grammar wants it, and the number otherwise', () => {
    const ar = LOCALES.find((locale) => locale.tag === 'ar')!;
    const remember = (locale: Locale, days: number) =>
      renderNotice(evaluate(IE11), { lang: locale.tag, locales: [locale], site: 'x', rememberDays: days }).textContent!;
    expect(remember(ar, 2)).toContain('يومين');
    expect(remember(ar, 2)).not.toContain('2');
    expect(remember(ar, 3)).toContain('3 أيام');
    expect(remember(LOCALES.find((locale) => locale.tag === 'he')!, 2)).toContain('יומיים');
    expect(remember(LOCALES.find((locale) => locale.tag === 'mt')!, 2)).toContain('jumejn');
    expect(remember(LOCALES.find((locale) => locale.tag === 'mt')!, 11)).toContain('11-il jum');
  });

  // Languages CLDR has no rules for (Meänkieli `fit`, Romani `rom`) are left out: Intl would
  // answer with its default locale's rule. So are locales whose forms all read alike.
  const judged = LOCALES.filter(
    (locale) => new Set(locale.text.remember).size > 1 && Intl.PluralRules.supportedLocalesOf(locale.tag).length > 0,
  );
  it.each(judged.map((locale) => [locale.tag, locale] as const))(
    '%s: its plural rule sorts 0–200 days as CLDR does (Intl.PluralRules)',
    (tag, locale) => {
      // Two numbers share a form exactly when CLDR puts them in the same category.
      const cldr = new Intl.PluralRules(tag);
      const byCategory = new Map<string, number>();
      for (let n = 0; n <= 200; n++) {
        const index = PLURAL_RULES[locale.plural](n);
        const category = cldr.select(n);
        if (!byCategory.has(category)) byCategory.set(category, index);
        expect(index, `${n} days (${category})`).toBe(byCategory.get(category));
      }
      expect(new Set(byCategory.values()).size).toBe(byCategory.size);
    },
  );
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
    expect(pick('rmn')).toBe('rom');
  });

  it.each([
    // Portuguese: plain `pt` is Brazilian (CLDR), and so is any other country's Portuguese here.
    ['pt', 'pt-BR'], ['pt-BR', 'pt-BR'], ['pt_BR', 'pt-BR'], ['pt-PT', 'pt-PT'], ['pt-pt', 'pt-PT'],
    ['pt-AO', 'pt-BR'], ['pt-Latn-BR', 'pt-BR'],
    // Chinese: Traditional for Taiwan, Hong Kong and Macao; Simplified for China, Singapore and plain `zh`.
    ['zh-Hant', 'zh-Hant'], ['zh-TW', 'zh-Hant'], ['zh-HK', 'zh-Hant'], ['zh-MO', 'zh-Hant'], ['zh-Hant-TW', 'zh-Hant'],
    ['zh-Hant-HK', 'zh-Hant'], ['zh_TW', 'zh-Hant'], ['zh', 'zh-Hans'], ['zh-CN', 'zh-Hans'], ['zh-SG', 'zh-Hans'],
    ['zh-Hans-TW', 'zh-Hans'],
    // Spain's co-official languages and Welsh, with their regions and variants.
    ['ca', 'ca'], ['ca-ES', 'ca'], ['ca-ES-valencia', 'ca'], ['ca-AD', 'ca'], ['gl', 'gl'], ['gl-ES', 'gl'],
    ['eu', 'eu'], ['eu-ES', 'eu'], ['cy', 'cy'], ['cy-GB', 'cy'],
  ])('%s → %s', (tag, expected) => {
    expect(pick(tag)).toBe(expected);
  });

  it('serves Portuguese readers the other variety, not English, when a site has only one', () => {
    const only = (tag: string) => LOCALES.filter((locale) => locale.tag === tag || locale.tag === 'en');
    expect(chooseLocale(['pt-BR'], only('pt-PT')).tag).toBe('pt-PT');
    expect(chooseLocale(['pt'], only('pt-PT')).tag).toBe('pt-PT');
    expect(chooseLocale(['pt-PT'], only('pt-BR')).tag).toBe('pt-BR');
    expect(chooseLocale(['pt-AO'], only('pt-PT')).tag).toBe('pt-PT');
  });

  it('never serves Simplified Chinese to a Traditional tag', () => {
    const simplifiedOnly = LOCALES.filter((locale) => locale.tag !== 'zh-Hant');
    for (const tag of ['zh-Hant', 'zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant-CN']) {
      expect(chooseLocale([tag, 'de'], simplifiedOnly).tag).toBe('de');
    }
  });

  it('does not send Finnish Kalo or Scandinavian Romani readers the Vlax Romani text', () => {
    expect(pick('rmf', 'fi')).toBe('fi');
    expect(pick('rmu', 'sv')).toBe('sv');
  });

  it('reads its aliases as own properties only', () => {
    expect(pick('constructor', 'toString', '__proto__', 'sv')).toBe('sv');
  });

  it('skips what it cannot serve and ends in English', () => {
    expect(pick('tlh', 'de')).toBe('de');
    expect(pick('xx', undefined, 'fi')).toBe('fi');
    expect(pick('xx')).toBe('en');
  });
});
