import type { Verdict } from '../verdict';
import { chooseLocale, matchLocale } from '../locales/choose';
import type { Locale } from '../locales/types';
import { localeProblem } from '../locales/validate';
import { inform, quoted, warn } from '../warn';
import { OldBrowserNoticeError } from '../errors';
import { buildNoticeElement } from './dom';
import { buildContent, type NoticeContent } from './content';
import type { RenderOptions } from './options';
import { domRead } from './page-document';

function pageLanguage(doc: Document | undefined): string | undefined {
  const root = doc && domRead(doc, 'documentElement');
  const lang = root && root.getAttribute('lang');
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
  if (typeof options.site === 'string' && options.site) return options.site;
  const host = doc && doc.location && doc.location.hostname;
  return host ? host.replace(/^www\./, '') : '';
}

/** The languages the notice could be in, best first: the option, the page's, the visitor's. */
export function languageCandidates(options: RenderOptions, doc: Document | undefined): Array<string | undefined> {
  return [options.lang, pageLanguage(doc)].concat(visitorLanguages());
}

/** A locale's tag, for a message: a getter or Proxy that throws has none. */
function tagOf(locale: unknown): unknown {
  try {
    return locale && (locale as Locale).tag;
  } catch {
    return undefined;
  }
}

/**
 * The locales that may be used: a malformed one (from options, a CMS, a locale script)
 * is left out with one line on the console, so the notice shows in the next best
 * language — in the end English — and never not at all.
 */
function usableLocales(locales: readonly Locale[]): Locale[] {
  const usable: Locale[] = [];
  for (let i = 0; i < locales.length; i++) {
    const problem = localeProblem(locales[i]);
    if (problem === null) usable.push(locales[i]!);
    else warn(`locale \`${quoted(tagOf(locales[i]))}\` is not used: \`${problem}\` is missing, not a locale field, of the wrong type or too long (text up to 500 characters). Fix the locale.`);
  }
  return usable;
}

/**
 * One console line when the language the page asked for (`lang`, `data-lang`, else
 * `<html lang>`) is not the one the notice shows: a wrong or unbundled tag would otherwise
 * fall back in silence. In preview, always one line: which language it shows.
 */
function sayLanguage(options: RenderOptions, doc: Document, locale: Locale, locales: readonly Locale[]): void {
  const asked = options.lang || pageLanguage(doc);
  const shown = `${locale.name} (${locale.tag})`;
  if (asked && !matchLocale(asked, [locale])) {
    const tags: string[] = [];
    for (let i = 0; i < locales.length; i++) tags.push(locales[i]!.tag);
    warn(`language \`${quoted(asked)}\` is not one of the notice's (${tags.join(', ')}); showing ${shown}. Fix the tag, or add the language to the build (--lang).`);
  } else if (options.preview) {
    inform(`preview: the notice is in ${shown}${asked ? `, the page's language \`${quoted(asked)}\`` : ', from the visitor\'s languages'}.`);
  }
}

/**
 * Resolves the options that every renderer shares into the notice's content.
 * `options.locales` must hold at least one locale: each build adds the ones it carries.
 */
export function resolveContent(verdict: Verdict, options: RenderOptions, doc: Document | undefined): NoticeContent {
  const locales = usableLocales(options.locales as Locale[]);
  const locale = chooseLocale(languageCandidates(options, doc), locales);
  // In a page only: a server rendering per request would repeat it in its logs.
  if (doc) sayLanguage(options, doc, locale, locales);
  return buildContent({
    verdict,
    locale,
    site: siteName(options, doc),
    text: options.text,
    rememberDays: options.rememberDays,
    preview: options.preview,
    recommend: options.recommend,
  });
}

/** The notice element for a verdict, not inserted and not wired. */
export function renderElement(verdict: Verdict, options: RenderOptions & { document?: Document }): HTMLElement {
  const content = resolveContent(verdict, options, options.document || document);
  try {
    const doc = options.document || document;
    return buildNoticeElement(doc, content, { headingLevel: options.headingLevel, className: options.className, pageLang: pageLanguage(doc) }).root;
  } catch {
    // A look-alike `document` (one with a `nodeType` and no working `createElement`).
    throw new OldBrowserNoticeError('renderNotice could not build the notice in the `document` option: pass a real document, or leave it out.');
  }
}

export { pageLanguage };
