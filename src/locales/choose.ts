import type { Locale } from './types';
import { hasOwn } from '../has-own';

/**
 * Tags that stand for another locale. Sources: IANA language subtag registry
 * (`no` is the macrolanguage of `nb`/`nn`; `iw`, `ji` are the withdrawn codes of
 * `he`, `yi`; `rmy`, `rmn` are Vlax and Balkan Romani, whose readers the `rom` text
 * serves — Finnish Kalo `rmf` and Scandinavian Romani `rmu` are different varieties
 * and are left to fall through), Afghan Persian written `fa-AF` being Dari (`prs`),
 * and CLDR's likely subtags and parent locales: plain `zh` and `zh-CN`/`zh-SG` are
 * Simplified, `zh-TW`/`zh-HK`/`zh-MO` Traditional; plain `pt` is Brazilian Portuguese.
 * A value may list several tags, best first: a Portuguese reader is better served by the
 * other variety than by English when a site ships only one. (CLDR also makes `pt-AO`,
 * `pt-MZ` and the other countries' Portuguese children of `pt-PT`; here they fall back to
 * plain `pt`, to keep the script tag small: a site for them sets `lang` to `pt-PT`.)
 * Read as own properties only: the keys come from the visitor's browser and the page.
 */
const ALIASES: Readonly<Record<string, string>> = {
  no: 'nb',
  'no-no': 'nb',
  zh: 'zh-hans',
  'zh-cn': 'zh-hans',
  'zh-sg': 'zh-hans',
  'zh-tw': 'zh-hant',
  'zh-hk': 'zh-hant',
  'zh-mo': 'zh-hant',
  pt: 'pt-br pt-pt',
  'fa-af': 'prs',
  iw: 'he',
  ji: 'yi',
  rmy: 'rom',
  rmn: 'rom',
  ku: 'kmr',
};

// Traditional Chinese readers are better served by the next candidate than by Simplified,
// so their tags stop before falling back to plain `zh`.
const TRADITIONAL = /^zh-(?:hant|tw|hk|mo)\b/;

/** Which of `tags` serves one BCP-47 tag (its index), trying `sv-FI` then `sv`, and the aliases above; -1 if none. */
export function matchTag(tag: string | null | undefined, tags: readonly string[]): number {
  // Only strings: a tag from a page or an option may be any object, with a hostile toString.
  if (typeof tag !== 'string' || !tag) return -1;
  let candidate = tag.toLowerCase().replace(/_/g, '-');
  const traditional = TRADITIONAL.test(candidate);
  while (candidate && !(traditional && candidate === 'zh')) {
    const wanted = (hasOwn(ALIASES, candidate) ? ALIASES[candidate]! : candidate).split(' ');
    for (let w = 0; w < wanted.length; w++) {
      for (let i = 0; i < tags.length; i++) if (tags[i]!.toLowerCase() === wanted[w]) return i;
    }
    const dash = candidate.lastIndexOf('-');
    candidate = dash === -1 ? '' : candidate.slice(0, dash);
  }
  return -1;
}

/** The tags of these locales, in order: what {@link matchTag} matches against. */
export function tagsOf(locales: readonly Locale[]): string[] {
  const tags: string[] = [];
  for (let i = 0; i < locales.length; i++) tags.push(locales[i]!.tag);
  return tags;
}

/** The locale for one BCP-47 tag (see {@link matchTag}). */
export function matchLocale(tag: string | null | undefined, locales: readonly Locale[]): Locale | null {
  const found = matchTag(tag, tagsOf(locales));
  return found === -1 ? null : locales[found]!;
}

/**
 * Picks the notice's language: the explicit choice, else the page's `<html lang>`,
 * else the visitor's preferred languages, else English (else the first locale).
 */
export function chooseLocale(candidates: ReadonlyArray<string | null | undefined>, locales: readonly Locale[]): Locale {
  const tags = tagsOf(locales);
  for (let i = 0; i < candidates.length; i++) {
    const found = matchTag(candidates[i], tags);
    if (found !== -1) return locales[found]!;
  }
  const english = matchTag('en', tags);
  return locales[english === -1 ? 0 : english]!;
}
