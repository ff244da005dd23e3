/**
 * old-browser-notice for Node: everything in the universal entry, plus
 * `compilePolicy`, and an `evaluate` that accepts any browserslist query.
 */
import { createApi } from './api';
import { compilePolicy } from './policy/compile';
import { DEFAULT_POLICY } from './policy/default';

/** Any browserslist query, compiled with the browserslist and caniuse-lite installed. */
const API = /* @__PURE__ */ createApi({ compile: (query: string) => compilePolicy(query), fallback: DEFAULT_POLICY });

/**
 * Judges a user agent against the site's browser policy. `options.browsers` may be
 * any browserslist query (compiled once per distinct string) or a compiled policy;
 * without it, `defaults` as compiled when the package was built.
 *
 * @example
 * ```ts
 * import { evaluate } from 'old-browser-notice';
 * const verdict = evaluate(req.headers['user-agent'], { browsers: '> 0.5%, last 2 versions, not dead' });
 * verdict.status; // 'supported' | 'outdated' | 'unsupported' | 'unknown' | 'bot' ('insecure' with the insecure option)
 * ```
 */
export const evaluate = API.evaluate;

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
export const createEvaluator = API.createEvaluator;

/** Like the universal `checkRequest`, and `browsers` may be any browserslist query. */
export const checkRequest = API.checkRequest;

/** Like the universal `oldBrowserNoticeMiddleware`, and `browsers` may be any browserslist query. */
export const oldBrowserNoticeMiddleware = API.oldBrowserNoticeMiddleware;

/** Like the universal `withOldBrowserNotice`, and `browsers` may be any browserslist query. */
export const withOldBrowserNotice = API.withOldBrowserNotice;

export { compilePolicy };
export { DEFAULT_POLICY, parseSimpleQuery, OldBrowserNoticeError, showNotice, renderNotice, renderNoticeHTML, NOTICE_CSS, readClientHints, CLIENT_HINT_HEADERS } from './index';
export type { EvaluateOptions, Policy, Verdict, Status, RenderOptions, ShowOptions, Locale, NoticeText, BrowserId, ClientHints, HeadersLike, ServerOptions, NoticeMiddleware, FetchHandler, NodeLikeRequest, NodeLikeResponse } from './index';
