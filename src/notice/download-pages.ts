import type { BrowserId } from '../locales/types';
import { BROWSERS } from './browsers';

/**
 * Where each vendor keeps its localized download page: the address around the
 * vendor's own code for a language. Only these three hosts are ever linked.
 */
const LOCALIZED: Readonly<Record<BrowserId, [string, string]>> = {
  firefox: ['https://www.mozilla.org/', '/firefox/new/'],
  chrome: ['https://www.google.com/intl/', '/chrome/'],
  edge: ['https://www.microsoft.com/', '/edge/download'],
};

/** The order of the codes in {@link PAGES}. */
const ORDER: readonly BrowserId[] = ['firefox', 'chrome', 'edge'];

/**
 * Each language's codes on the vendors' sites, in the order Firefox, Chrome, Edge; `-` or
 * nothing where the vendor has no page in that language (the generic page is used).
 * Keys are lower-case locale tags. Sources: the vendors' own sites — mozilla.org's
 * language paths (https://www.mozilla.org/sv-SE/firefox/new/), Google's
 * https://www.google.com/intl/sv/chrome/ and Microsoft's
 * https://www.microsoft.com/sv-se/edge/download, one code per language. Kept in
 * code, never in a language file: the second stage and its integrity value cover this
 * table, while a language file fetched beside the script has no integrity value.
 */
const PAGES: Readonly<Record<string, string>> = {
  ar: 'ar ar ar-sa',
  bg: 'bg bg bg-bg',
  bs: 'bs',
  cs: 'cs cs cs-cz',
  da: 'da da da-dk',
  de: 'de de de-de',
  el: 'el el el-gr',
  es: 'es-ES es es-es',
  et: 'et et et-ee',
  fa: 'fa fa',
  fi: 'fi fi fi-fi',
  fr: 'fr fr fr-fr',
  ga: 'ga-IE',
  he: 'he - he-il',
  hi: 'hi-IN hi',
  hr: 'hr hr hr-hr',
  hu: 'hu hu hu-hu',
  is: 'is',
  it: 'it it it-it',
  lt: 'lt lt lt-lt',
  lv: 'lv lv lv-lv',
  nb: 'nb-NO no nb-no',
  nl: 'nl nl nl-nl',
  nn: 'nn-NO',
  pl: 'pl pl pl-pl',
  pt: 'pt-PT pt-PT pt-pt',
  ro: 'ro ro ro-ro',
  ru: 'ru ru ru-ru',
  sk: 'sk sk sk-sk',
  sl: 'sl sl sl-si',
  sq: 'sq',
  sr: 'sr sr',
  sv: 'sv-SE sv sv-se',
  th: 'th th th-th',
  tr: 'tr tr tr-tr',
  uk: 'uk uk uk-ua',
  ur: 'ur',
  vi: 'vi vi vi-vn',
  'zh-hans': 'zh-CN zh-CN zh-cn',
};

/**
 * The download page to link for a browser in a language: the vendor's localized page
 * when {@link PAGES} lists one, else its generic page. Nothing a page, option or
 * language file holds can change the result: only the tag picks a row.
 *
 * @example
 * ```ts
 * downloadPage('firefox', 'sv'); // 'https://www.mozilla.org/sv-SE/firefox/new/'
 * downloadPage('chrome', 'he');  // 'https://www.google.com/chrome/' (no Hebrew page listed)
 * ```
 */
export function downloadPage(browser: BrowserId, tag: string): string {
  const key = String(tag).toLowerCase();
  const codes = Object.prototype.hasOwnProperty.call(PAGES, key) ? PAGES[key]!.split(' ') : [];
  let code: string | undefined;
  for (let i = 0; i < ORDER.length; i++) if (ORDER[i] === browser) code = codes[i];
  return code && code !== '-' ? LOCALIZED[browser][0] + code + LOCALIZED[browser][1] : BROWSERS[browser].download;
}
