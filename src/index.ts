/**
 * old-browser-notice — the universal entry: no Node built-ins and no browserslist,
 * so it runs in browsers and edge runtimes. Node gets `node.ts` instead (the
 * `node` export condition), which adds full browserslist queries.
 */
import { withLruCache } from './cache';
import { evaluateWith, type EvaluateOptions } from './evaluate';
import type { Verdict } from './detect/verdict';
import { DEFAULT_POLICY } from './policy/default';
import type { PolicySource } from './policy/resolve';
import { withBuiltInLocales } from './notice/api';
import { parseSimpleQuery } from './policy/simple-query';
import type { Policy } from './policy/types';
import { showNoticeWith } from './notice/show';
import type { ShowOptions } from './notice/options';

/** Without browserslist: `defaults` as built, and `agent >= version` lists. */
const WITHOUT_USAGE_DATA: PolicySource = {
  compile: (query: string): Policy => (query === 'defaults' ? DEFAULT_POLICY : parseSimpleQuery(query)),
  fallback: DEFAULT_POLICY,
};

/**
 * Judges a user agent against the site's browser policy.
 *
 * @example
 * ```ts
 * import { evaluate } from 'old-browser-notice';
 * const verdict = evaluate(navigator.userAgent, { browsers: 'chrome >= 109, firefox >= 115, safari >= 16.4' });
 * if (verdict.status === 'outdated') console.log(verdict.reason);
 * ```
 */
export function evaluate(userAgent: string | null | undefined, options?: EvaluateOptions): Verdict {
  return evaluateWith(WITHOUT_USAGE_DATA, userAgent, options);
}

/**
 * Judges the visitor's browser and, when it is outdated or unsupported (or in
 * preview mode, `?old-browser-notice=preview`), inserts the notice as the first
 * child of `<body>` — waiting for the body when called from `<head>`. Never throws
 * into the page: configuration mistakes are reported on the console.
 *
 * @returns the verdict, or null when the notice could not run at all.
 * @example
 * ```ts
 * import { showNotice } from 'old-browser-notice';
 * showNotice({ browsers: 'chrome >= 109, firefox >= 115, safari >= 16.4', site: 'Sundsvalls kommun', remember: { days: 30 } });
 * ```
 */
export function showNotice(options: ShowOptions = {}): Verdict | null {
  return showNoticeWith(WITHOUT_USAGE_DATA, withBuiltInLocales(options), options.document || document);
}

/**
 * An `evaluate` bound to one set of options, with a bounded LRU cache of verdicts
 * (default 1,000 user agents): for servers, where most requests repeat a user agent
 * seen moments ago. Cached verdicts are frozen.
 *
 * @example
 * ```ts
 * import { createEvaluator } from 'old-browser-notice';
 * const judge = createEvaluator({ browsers: 'defaults', cacheSize: 5000 });
 * judge(request.headers['user-agent']).status;
 * ```
 */
export function createEvaluator(options: EvaluateOptions & { cacheSize?: number } = {}): (userAgent: string | null | undefined) => Verdict {
  return withLruCache((userAgent) => evaluateWith(WITHOUT_USAGE_DATA, userAgent, options), options.cacheSize ?? 1000);
}

export { DEFAULT_POLICY, parseSimpleQuery };
export { renderNotice, renderNoticeHTML } from './notice/api';
export { NOTICE_CSS } from './notice/styles';
export type { RenderOptions, ShowOptions } from './notice/options';
export type { Locale, NoticeText, BrowserId } from './locales/types';
export { OldBrowserNoticeError } from './errors';
export type { EvaluateOptions, Policy, Verdict };
export type { Status } from './detect/verdict';
