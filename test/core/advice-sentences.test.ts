// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { evaluate, renderNotice } from '@lib/universal';
import { LOCALES } from '@lib/locales';
import type { Locale, NoticeText } from '../../src/locales/types';

// Each situation: a visitor, the day judged, the sentence that is true for them, and the
// browser names the notice may say (anything else would claim a browser they may not have).
const TODAY = new Date('2026-11-30T00:00:00Z');
type Situation = { ua: string; key: keyof NoticeText; names: string[]; links: string[] };
const SITUATIONS: Record<string, Situation> = {
  'iPhone on iOS 12 (updates with the system)': {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 12_5_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1',
    key: 'updateIos', names: [], links: [],
  },
  'iPad on iOS 16 with Chrome (still WebKit)': {
    ua: 'Mozilla/5.0 (iPad; CPU OS 16_7_10 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/137.0.7151.107 Mobile/15E148 Safari/604.1',
    key: 'updateIos', names: [], links: [],
  },
  'IE 11 on Windows 7 (nothing with fixes runs there)': {
    ua: 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko',
    key: 'updateOs', names: [], links: [],
  },
  'Firefox 100 on Windows 10 (updates itself)': {
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:100.0) Gecko/20100101 Firefox/100.0',
    key: 'update', names: ['Mozilla Firefox'], links: ['Mozilla Firefox'],
  },
  'Samsung Internet 20 on Android 14 (updates through its store)': {
    ua: 'Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/20.0 Chrome/106.0.5249.126 Mobile Safari/537.36',
    key: 'update', names: ['Samsung Internet'], links: [],
  },
  'Safari 14 on a Mac that hides its macOS (10.14.6–11: update macOS, no reason given)': {
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/14.1.2 Safari/605.1.15',
    key: 'updateMac', names: [], links: [],
  },
  'Safari 26.0 on a Mac (updates with macOS)': {
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Safari/605.1.15',
    key: 'update', names: ['Safari'], links: [],
  },
  'Opera 86 on Windows 10 (updates itself)': {
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/100.0.4896.127 Safari/537.36 OPR/86.0.4363.59',
    key: 'update', names: ['Opera'], links: [],
  },
};
const ALL_NAMES = ['Mozilla Firefox', 'Google Chrome', 'Microsoft Edge', 'Samsung Internet', 'Opera', 'Safari'];
const SENTENCES: Array<keyof NoticeText> = ['update', 'switch', 'updateOs', 'updateIos', 'updateMac'];

/** The notice's second paragraph (the advice), with names joined back as plain spaces. */
function advice(locale: Locale, ua: string): { text: string; links: string[] } {
  const root = renderNotice(evaluate(ua, { now: TODAY }), { lang: locale.tag, locales: [locale], site: 'Haninge kommun' });
  const paragraph = root.querySelectorAll('p')[1]!;
  return {
    text: paragraph.textContent!.replace(/\u00A0/g, ' '),
    links: [...paragraph.querySelectorAll('a')].map((a) => a.textContent!.replace(/\u00A0/g, ' ')),
  };
}

/** Whether `text` is `template` with `{browsers}` filled by exactly these names. */
function fills(template: string, text: string, names: string[]): boolean {
  return text === template.replace('{browsers}', names.join(''));
}

it.each(LOCALES.map((locale) => [locale.tag, locale] as const))('%s says each situation in its own sentence', (_tag, locale) => {
  // Else matching one sentence exactly (below) would not tell which was chosen.
  expect(new Set(SENTENCES.map((key) => locale.text[key])).size).toBe(SENTENCES.length);
});

describe.each(Object.entries(SITUATIONS))('%s', (_name, situation) => {
  it.each(LOCALES.map((locale) => [locale.tag, locale] as const))('%s: the sentence for this system, filled', (_tag, locale) => {
    const { text, links } = advice(locale, situation.ua);
    expect(fills(locale.text[situation.key] as string, text, situation.names)).toBe(true);
    expect(text).not.toMatch(/\{\w+\}/);
    expect(links).toEqual(situation.links);
    // No browser the visitor was not told about (a list would read as if they had them all).
    for (const name of ALL_NAMES) if (!situation.names.includes(name)) expect(text).not.toContain(name);
  });
});
