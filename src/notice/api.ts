import { isNotified, type Verdict } from '../verdict';
import { OldBrowserNoticeError } from '../errors';
import en from '../locales/en';
import sv from '../locales/sv';
import type { Locale } from '../locales/types';
import { noticeToHtml } from './html';
import type { RenderOptions } from './options';
import { readRenderOptions } from './option-rules';
import { renderElement, resolveContent } from './render';

/** Locales the npm entries carry; others are added with the `locales` option. */
export const BUILT_IN_LOCALES: readonly Locale[] = [sv, en];

/** The options with the built-in locales after the site's own, so that a site's copy of a built-in language wins. */
export function withBuiltInLocales<T extends RenderOptions>(options: T): T {
  const copy = { ...options };
  copy.locales = (options.locales || []).concat(BUILT_IN_LOCALES);
  return copy;
}

/**
 * Builds the notice element for a verdict without inserting it or wiring the
 * dismiss button: for sites that place and handle it themselves. Options of the wrong
 * kind are said on the console and left at their defaults.
 *
 * @throws {OldBrowserNoticeError} when `recommend` names a browser the notice cannot link to,
 *   or `document` is not a working document.
 * @example
 * ```ts
 * import { evaluate, renderNotice } from 'old-browser-notice';
 * const verdict = evaluate(navigator.userAgent);
 * if (verdict.status === 'outdated') document.body.prepend(renderNotice(verdict, { site: 'Sundsvalls kommun' }));
 * ```
 */
export function renderNotice(verdict: Verdict, options?: RenderOptions & { document?: Document }): HTMLElement {
  return renderElement(verdict, withBuiltInLocales(readRenderOptions(options)));
}

/**
 * The notice as an escaped HTML string, for pages rendered on the server, with
 * `data-nosnippet` in the markup. Empty for visitors who should not see it (supported,
 * unknown, and bots, so crawlers never index it) unless `preview` is set (bots: never). Pass `site`
 * and `lang`, which a server cannot read from the page.
 *
 * The button needs a script: with the script tag (or `showNotice`) on the page, the
 * notice is taken over — styled, dismissable, and removed on later pages once
 * dismissed. A page that depends on the verdict must not reach shared caches: use the
 * server functions' `vary: true` (`Vary` on the user agent and client hints, and
 * `Cache-Control: private`).
 *
 * @throws {OldBrowserNoticeError} when `site` is missing.
 * @example
 * ```ts
 * import { evaluate, renderNoticeHTML } from 'old-browser-notice';
 * const verdict = evaluate(request.headers['user-agent']);
 * const notice = renderNoticeHTML(verdict, { site: 'Sundsvalls kommun', lang: 'sv', pageLang: 'sv' }); // '' for most visitors
 * ```
 */
export function renderNoticeHTML(verdict: Verdict, given: RenderOptions & { pageLang?: string }): string {
  const options = readRenderOptions(given);
  // Never for a bot, even in preview: a crawler would index the notice.
  if (verdict.status === 'bot' || (!options.preview && !isNotified(verdict.status))) return '';
  if (!options.site) {
    throw new OldBrowserNoticeError('renderNoticeHTML needs `site`: a server cannot read the hostname. Pass `{ site: "Your site" }`.');
  }
  const content = resolveContent(verdict, withBuiltInLocales(options), undefined);
  return noticeToHtml(content, { headingLevel: options.headingLevel, className: options.className, pageLang: options.pageLang });
}
