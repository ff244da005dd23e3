// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, renderNotice } from '@lib/universal';
import { LOCALES } from '@lib/locales';
import type { Locale } from '../../src/locales/types';
import { REPORT_TEXTS } from '../../src/report/text';

// The checkout (vitest runs from it); `import.meta.url` is not a file URL under jsdom.
const ROOT = process.cwd();
const locale = (tag: string) => LOCALES.find((l) => l.tag === tag)!;
const intro = (ua: string, tag: string, browsers: string) =>
  renderNotice(evaluate(ua, { browsers, now: new Date('2026-11-30') }), { lang: tag, locales: [locale(tag)], site: 'Haninge kommun' }).querySelector('p')!.textContent;
const paragraphs = (ua: string, tag: string) =>
  [...renderNotice(evaluate(ua, { now: new Date('2026-11-30') }), { lang: tag, locales: [locale(tag)], site: 'Haninge kommun' }).querySelectorAll('p')].map((p) => p.textContent!.replace(/\u00A0/g, ' '));

const CHROME_49_XP = 'Mozilla/5.0 (Windows NT 5.1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/49.0.2623.112 Safari/537.36';
const CHROME_100 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/100.0.4896.127 Safari/537.36';
const SAFARI_IOS_17 = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.7 Mobile/15E148 Safari/604.1';
const SAFARI_IOS_12 = 'Mozilla/5.0 (iPhone; CPU iPhone OS 12_5_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1';
const FIREFOX_100 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:100.0) Gecko/20100101 Firefox/100.0';

describe('"soon" only where it is true', () => {
  it.each(LOCALES.map((l) => [l.tag] as const))('%s: Chrome 49 (2016) is never told "soon"; Chrome 100 is', (tag) => {
    const l = locale(tag);
    const fill = (text: string) => text.replace('{site}', 'Haninge kommun');
    expect(intro(CHROME_49_XP, tag, 'chrome >= 109')).toBe(fill(l.text.introUnsupported));
    expect(intro(CHROME_100, tag, 'chrome >= 109')).toBe(fill(l.text.introOutdated));
  });

  it('counts Safari in years of its own versions: iOS 17 under ios_saf >= 18.5 is "soon", iOS 12 is not', () => {
    expect(intro(SAFARI_IOS_17, 'en', 'ios_saf >= 18.5')).toMatch(/^Soon/);
    expect(intro(SAFARI_IOS_12, 'en', 'ios_saf >= 18.5')).not.toMatch(/^Soon/);
  });
});

describe('wording, as a visitor reads it', () => {
  it('asks a French or Italian visitor to install the latest version of their browser, not to update a list of three', () => {
    expect(paragraphs(FIREFOX_100, 'fr')[1]).toMatch(/installer la dernière version de Mozilla Firefox\.$/);
    expect(paragraphs(FIREFOX_100, 'it')[1]).toMatch(/installare l'ultima versione di Mozilla Firefox\.$/);
  });

  it('says in English that parts may already have stopped working', () => {
    expect(paragraphs('Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko', 'en')[0]).toBe(
      'Parts of the Haninge kommun website may already have stopped working in this browser.',
    );
  });

  it('puts the Hungarian site name in front, as the review proposed', () => {
    expect(locale('hu').text.introOutdated).toBe('Hamarosan a(z) {site} webhely egyes részei nem fognak működni ebben a böngészőben.');
  });

  it('addresses a Polish visitor one way throughout (informal, no impersonal "można było")', () => {
    for (const text of Object.values(locale('pl').text).flat()) expect(text).not.toMatch(/można było/);
  });

  it('puts a comma before "jos" (if) in Meänkieli, as in Finnish', () => {
    for (const text of Object.values(locale('fit').text).flat()) expect(text).not.toMatch(/[^,] jos /);
  });

  it('uses one Swedish word for an outdated browser in the notice and the report', () => {
    expect(locale('sv').text.heading).toContain(REPORT_TEXTS.sv!.statusName.outdated);
  });

  // `reviewed` is set by hand once a native speaker has read a whole file (docs/languages.md);
  // what must hold is that the README and the languages page say the same as the files.
  it('says in the README and the languages page that no text is reviewed only while none is', () => {
    const noneReviewed = LOCALES.every((l: Locale) => l.reviewed === false);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const languages = readFileSync(join(ROOT, 'docs/languages.md'), 'utf8');
    expect(readme.includes('no native speaker has reviewed it yet'), 'README.md').toBe(noneReviewed);
    expect(languages.includes('No native speaker has reviewed any of them yet'), 'docs/languages.md').toBe(noneReviewed);
  });
});

describe('lists of browsers', () => {
  const IE11_WIN10 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
  /** The recommended browsers' links in the notice, and the text between each two. */
  const linksAndGaps = (tag: string, recommend: Array<'firefox' | 'chrome' | 'edge'>) => {
    const element = renderNotice(evaluate(IE11_WIN10, { now: new Date('2026-11-30') }), { lang: tag, locales: [locale(tag)], site: 'Haninge kommun', recommend });
    const links = [...element.querySelectorAll('a')];
    const gaps = links.slice(1).map((link, i) => {
      let text = '';
      for (let node = links[i]!.nextSibling; node && node !== link; node = node.nextSibling) text += node.textContent;
      return text;
    });
    return { names: links.map((link) => link.textContent!.replace(/\u00A0/g, ' ')), gaps, text: links[0]!.parentElement!.textContent!.replace(/\u00A0/g, ' ') };
  };

  it('reads "A, B or C" in English and Swedish, in the order given', () => {
    expect(linksAndGaps('en', ['firefox', 'chrome', 'edge']).text).toContain('Mozilla Firefox, Google Chrome or Microsoft Edge');
    expect(linksAndGaps('en', ['edge', 'firefox']).text).toContain('Microsoft Edge or Mozilla Firefox');
    expect(linksAndGaps('sv', ['chrome', 'edge', 'firefox']).text).toContain('Google Chrome, Microsoft Edge eller Mozilla Firefox');
  });

  // Between two Latin names, a comma alone is neutral: the Unicode bidirectional algorithm
  // would run "Mozilla Firefox، Google Chrome" left to right as one phrase, so a right-to-left
  // reader would meet the names in the wrong order. A right-to-left character in every gap
  // (a letter of the language's "or", else the right-to-left mark U+200F) keeps each name a run
  // of its own, the first on the right. test/browser/rtl-lists.browser.test.ts sees it drawn.
  const STRONG_RIGHT_TO_LEFT = /\u200F|(?=[\u0590-\u08FF])\p{L}/u;
  it.each(LOCALES.filter((l) => l.dir === 'rtl').map((l) => [l.tag] as const))('%s: a right-to-left character between every two browser names', (tag) => {
    const { names, gaps } = linksAndGaps(tag, ['firefox', 'chrome', 'edge']);
    expect(names).toEqual(['Mozilla Firefox', 'Google Chrome', 'Microsoft Edge']);
    expect(gaps).toHaveLength(2);
    for (const gap of gaps) expect(gap, JSON.stringify(gap)).toMatch(STRONG_RIGHT_TO_LEFT);
  });
});
