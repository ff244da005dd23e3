import type { Locale } from './types';

/**
 * Tags that stand for another locale. Sources: IANA language subtag registry
 * (`no` is the macrolanguage of `nb`/`nn`; `iw`, `ji` are the withdrawn codes of
 * `he`, `yi`; `rmy`, `rmn`, `rmf`, `rmu` are Romani varieties), and Afghan
 * Persian written `fa-AF` being Dari (`prs`).
 */
const ALIASES: Readonly<Record<string, string>> = {
  no: 'nb',
  'no-no': 'nb',
  zh: 'zh-hans',
  'zh-cn': 'zh-hans',
  'zh-sg': 'zh-hans',
  'fa-af': 'prs',
  iw: 'he',
  ji: 'yi',
  rmy: 'rom',
  rmn: 'rom',
  rmf: 'rom',
  rmu: 'rom',
  ku: 'kmr',
};

// Traditional Chinese readers are better served by the next candidate than by Simplified.
const NOT_SIMPLIFIED = /^zh-(?:hant|tw|hk|mo)\b/;

/** Which of `tags` serves one BCP-47 tag (its index), trying `sv-FI` then `sv`, and the aliases above; -1 if none. */
export function matchTag(tag: string | null | undefined, tags: readonly string[]): number {
  if (typeof tag !== 'string' || !tag) return -1;
  let candidate = tag.toLowerCase().replace(/_/g, '-');
  if (NOT_SIMPLIFIED.test(candidate)) return -1;
  while (candidate) {
    const wanted = Object.prototype.hasOwnProperty.call(ALIASES, candidate) ? ALIASES[candidate]! : candidate;
    for (let i = 0; i < tags.length; i++) {
      if (tags[i]!.toLowerCase() === wanted) return i;
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
