import type { Verdict } from '../detect/verdict';
import { chooseLocale } from '../locales/choose';
import en from '../locales/en';
import sv from '../locales/sv';
import type { Locale } from '../locales/types';
import { buildContent, type NoticeContent } from './content';
import type { RenderOptions } from './options';

/** Locales every build carries; others are added with the `locales` option. */
export const BUILT_IN_LOCALES: readonly Locale[] = [sv, en];

function pageLanguage(doc: Document | undefined): string | undefined {
  const lang = doc && doc.documentElement && doc.documentElement.getAttribute('lang');
  return lang || undefined;
}

function visitorLanguages(): string[] {
  if (typeof navigator === 'undefined') return [];
  const nav = navigator as Navigator & { userLanguage?: string };
  const list: string[] = [];
  if (nav.languages) for (let i = 0; i < nav.languages.length; i++) list.push(nav.languages[i]!);
  if (nav.language) list.push(nav.language);
  if (nav.userLanguage) list.push(nav.userLanguage);
  return list;
}

/** The site's name: the option, else the page's hostname (empty only where there is neither). */
function siteName(options: RenderOptions, doc: Document | undefined): string {
  if (options.site) return String(options.site);
  const host = doc && doc.location && doc.location.hostname;
  return host ? host.replace(/^www\./, '') : '';
}

/** Resolves the options that every renderer shares into the notice's content. */
export function resolveContent(verdict: Verdict, options: RenderOptions, doc: Document | undefined): NoticeContent {
  // The site's locales first, so that its own copy of a built-in language wins.
  const locales = options.locales ? options.locales.concat(BUILT_IN_LOCALES) : BUILT_IN_LOCALES;
  const candidates = [options.lang, pageLanguage(doc)].concat(visitorLanguages());
  return buildContent({
    verdict,
    locale: chooseLocale(candidates, locales),
    site: siteName(options, doc),
    text: options.text,
    rememberDays: options.rememberDays,
    preview: options.preview,
    recommend: options.recommend,
  });
}

export { pageLanguage };
