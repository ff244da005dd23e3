import type { BrowserId } from '../locales/types';
import { BROWSERS } from './browsers';

/**
 * Each vendor's localized download pages: the address around a language code, and the
 * codes it has pages for. A locale's tag picks the code written as the whole tag first
 * (`pt-BR`, `zh-hant:zh-TW`), else the first with the same language (the part before `-`:
 * `sv` → `sv-SE`, `zh-Hans` → `zh-CN`), so that Brazilian and Traditional Chinese readers
 * are not sent to the European or Simplified page; `nb:no` reads "for `nb`, Google's `no`". A language without a code gets the vendor's generic page. Sources: the vendors'
 * own sites — mozilla.org's language paths (https://www.mozilla.org/sv-SE/firefox/new/),
 * Google's https://www.google.com/intl/sv/chrome/ and Microsoft's
 * https://www.microsoft.com/sv-se/edge/download. Kept in code, never in a language file:
 * the second stage's integrity value covers this table, while a language file fetched
 * beside the script has none. Only these three hosts are ever linked.
 */
const LOCALIZED: Readonly<Record<BrowserId, [string, string, string]>> = {
  firefox: [
    'https://www.mozilla.org/',
    '/firefox/new/',
    'ar bg bs cs da de el es-ES et fa fi fr ga-IE he hi-IN hr hu is it lt lv nb-NO nl nn-NO pl pt-PT pt-BR ro ru sk sl sq sr sv-SE th tr uk ur vi zh-CN zh-hant:zh-TW',
  ],
  chrome: [
    'https://www.google.com/intl/',
    '/chrome/',
    'ar bg cs da de el es et fa fi fr hi hr hu it lt lv nb:no nl pl pt-PT pt-BR ro ru sk sl sr sv th tr uk vi zh-CN zh-hant:zh-TW',
  ],
  edge: [
    'https://www.microsoft.com/',
    '/edge/download',
    'ar-sa bg-bg cs-cz da-dk de-de el-gr es-es et-ee fi-fi fr-fr he-il hr-hr hu-hu it-it lt-lt lv-lv nb-no nl-nl pl-pl pt-pt pt-br ro-ro ru-ru sk-sk sl-si sv-se th-th tr-tr uk-ua vi-vn zh-cn zh-hant:zh-tw',
  ],
};

/**
 * The download page to link for a browser in a language: the vendor's localized page
 * when {@link LOCALIZED} lists one, else its generic page. Nothing a page, option or
 * language file holds can change the result: only the tag picks a row.
 *
 * @example
 * ```ts
 * downloadPage('firefox', 'sv'); // 'https://www.mozilla.org/sv-SE/firefox/new/'
 * downloadPage('chrome', 'he'); // 'https://www.google.com/chrome/' (no Hebrew page listed)
 * downloadPage('edge', 'zh-Hant'); // 'https://www.microsoft.com/zh-tw/edge/download'
 * ```
 */
export function downloadPage(browser: BrowserId, tag: string): string {
  const vendor = LOCALIZED[browser];
  const wanted = String(tag).toLowerCase();
  const codes = vendor[2].split(' ');
  // Two passes: the whole tag, then its language.
  for (let pass = 0; pass < 2; pass++) {
    const key = pass ? wanted.split('-')[0] : wanted;
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i]!.split(':');
      const listed = code[0]!.toLowerCase();
      if ((pass ? listed.split('-')[0] : listed) === key) return vendor[0] + code[code.length - 1] + vendor[1];
    }
  }
  return BROWSERS[browser].download;
}
