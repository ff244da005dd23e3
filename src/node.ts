/**
 * old-browser-notice for Node: everything in the universal entry, plus
 * `compilePolicy`, and an `evaluate` that accepts any browserslist query.
 */
import { createApi } from './api';
import { compilePolicy } from './policy/compile';
import { DEFAULT_POLICY } from './policy/default';
import { withProjectPolicy } from './server/project-policy';
import type { PolicySource } from './policy/resolve';
import { needsNoticeInNode } from './needs-notice-node';
import type { EvaluateOptions, FetchHandler, HeadersLike, NoticeMiddleware, ServerOptions, Verdict } from './index';

/** Any browserslist query, compiled with the browserslist and caniuse-lite installed. */
const SOURCE: PolicySource = { compile: (query: string) => compilePolicy(query), fallback: DEFAULT_POLICY };
const API = /* @__PURE__ */ createApi(SOURCE);

/**
 * Judges a user agent against the site's browser policy. `options.browsers` may be
 * any browserslist query (compiled once per distinct string) or a compiled policy;
 * without it, the project's browserslist config (`BROWSERSLIST`, `.browserslistrc`,
 * package.json `browserslist` from the working directory or `options.path`, else
 * `defaults`), read once: the policy `npx old-browser-notice check` and `build` use.
 *
 * @example
 * ```ts
 * import { evaluate } from 'old-browser-notice';
 * const verdict = evaluate(req.headers['user-agent'], { browsers: '> 0.5%, last 2 versions, not dead' });
 * verdict.status; // 'supported' | 'outdated' | 'unsupported' | 'unknown' | 'bot' ('insecure' with the insecure option)
 * ```
 */
export const evaluate = (userAgent: string | null | undefined, options?: EvaluateOptions): Verdict => API.alreadyRead.evaluate(userAgent, withProjectPolicy(options));

/**
 * Whether {@link evaluate} would notify this user agent: `true` exactly when its status would
 * be `outdated` or `unsupported` (or `insecure`, with the `insecure` option). Takes the same
 * options, and the same default policy (the project's browserslist config). Cheaper than
 * `evaluate` when a yes or no is all you need: a current browser in a common shape is
 * answered by one regular expression with the policy's minimums in it, without the full rules.
 *
 * @example
 * ```ts
 * import { needsNotice } from 'old-browser-notice';
 * if (needsNotice(req.headers['user-agent'], { browsers: 'defaults' })) res.setHeader('Cache-Control', 'private');
 * ```
 */
export const needsNotice = (userAgent: string | null | undefined, options?: EvaluateOptions): boolean => needsNoticeInNode(SOURCE, userAgent, withProjectPolicy(options));

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
export const createEvaluator = (options?: EvaluateOptions & { cacheSize?: number }): ((userAgent: string | null | undefined) => Verdict) =>
  API.createEvaluator(withProjectPolicy(options));

/** Like the universal `checkRequest`; `browsers` may be any browserslist query, and defaults to the project's config (as `evaluate`). */
export const checkRequest = (headers: HeadersLike | null | undefined, options?: EvaluateOptions): Verdict => API.checkRequest(headers, withProjectPolicy(options));

/** Like the universal `oldBrowserNoticeMiddleware`; `browsers` may be any browserslist query, and defaults to the project's config, read at start-up. */
export const oldBrowserNoticeMiddleware = (options?: ServerOptions): NoticeMiddleware => API.oldBrowserNoticeMiddleware(withProjectPolicy(options));

/** Like the universal `withOldBrowserNotice`; `browsers` may be any browserslist query, and defaults to the project's config (as `evaluate`). */
export const withOldBrowserNotice = <Env = unknown, Context = unknown>(
  handler: (request: Request, verdict: Verdict, env: Env, context: Context) => Response | Promise<Response>,
  options?: ServerOptions,
): FetchHandler<Env, Context> => API.withOldBrowserNotice(handler, withProjectPolicy(options));

export { compilePolicy };
export { DEFAULT_POLICY, parseSimpleQuery, OldBrowserNoticeError, showNotice, renderNotice, renderNoticeHTML, NOTICE_CSS, readClientHints, CLIENT_HINT_HEADERS } from './index';
export type { EvaluateOptions, Policy, Verdict, Status, RenderOptions, ShowOptions, Locale, NoticeText, BrowserId, ClientHints, HeadersLike, ServerOptions, NoticeMiddleware, FetchHandler, NodeLikeRequest, NodeLikeResponse } from './index';
