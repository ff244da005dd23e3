/**
 * old-browser-notice — the universal entry: no Node built-ins and no browserslist,
 * so it runs in browsers and edge runtimes. Node gets `node.ts` instead (the
 * `node` export condition), which adds full browserslist queries. A browser bundle
 * that only shows the notice can import `old-browser-notice/lazy` instead (lazy.ts):
 * current browsers then download about 1.5 KB of it, not all of this.
 */
import { createApi } from './api';
import type { EvaluateOptions } from './evaluate';
import type { Verdict } from './verdict';
import { DEFAULT_POLICY } from './policy/default';
import { withBuiltInLocales } from './notice/api';
import { parseSimpleQuery } from './policy/simple-query';
import type { Policy } from './policy/types';
import { showNoticeWith } from './notice/show';
import { readShowOptions } from './notice/option-rules';
import { WITHOUT_USAGE_DATA } from './policy/without-usage-data';
import type { HeadersLike } from './server/headers';
import type { FetchHandler, NoticeMiddleware, ServerOptions } from './server/middleware';
import type { ShowOptions } from './notice/options';

const API = /* @__PURE__ */ createApi(WITHOUT_USAGE_DATA);

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
export const evaluate = API.evaluate;

/**
 * Whether {@link evaluate} would notify this user agent: `true` exactly when its status would
 * be `outdated` or `unsupported` (or `insecure`, with the `insecure` option). Takes the same
 * options. Cheaper than `evaluate` when a yes or no is all you need: a current browser in a
 * common shape is answered by the script tag's first-stage matcher, without the full rules.
 *
 * @example
 * ```ts
 * import { needsNotice } from 'old-browser-notice';
 * if (needsNotice(navigator.userAgent, { browsers: 'chrome >= 109, firefox >= 115, safari >= 16.4' })) {
 *   document.documentElement.classList.add('old-browser');
 * }
 * ```
 */
export const needsNotice = API.needsNotice;

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
export function showNotice(options?: ShowOptions): Verdict | null {
  try {
    const read = readShowOptions(options);
    return showNoticeWith(WITHOUT_USAGE_DATA, withBuiltInLocales(read), read.document || document);
  } catch {
    // No `document` (a server calling it by mistake), or anything else: never into the page.
    return null;
  }
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
export const createEvaluator = API.createEvaluator;

/**
 * Judges the browser behind an HTTP request: its user agent, refined by the client
 * hints when a Chromium browser sent them (the real browser, version and OS; the
 * reason says which won). Takes a Fetch `Headers`, Node's `IncomingHttpHeaders` or a
 * plain record, and uses no Node built-ins: Workers, Deno, Bun, edge functions.
 *
 * @example
 * ```ts
 * import { checkRequest } from 'old-browser-notice';
 * export default { fetch: (request: Request) => new Response(checkRequest(request.headers).status) };
 * ```
 */
export const checkRequest = API.checkRequest;

/**
 * Middleware for Node's http, Express, Connect (`app.use(...)`) and Fastify
 * (`fastify.addHook('onRequest', ...)`): puts the verdict on `req.oldBrowserNotice`,
 * and with the options sets `Accept-CH` and the `Vary` headers a cache needs.
 *
 * @example
 * ```ts
 * import { oldBrowserNoticeMiddleware } from 'old-browser-notice';
 * app.use(oldBrowserNoticeMiddleware({ browsers: policy, acceptClientHints: true }));
 * app.get('/', (req, res) => res.send(req.oldBrowserNotice.status));
 * ```
 */
export const oldBrowserNoticeMiddleware = API.oldBrowserNoticeMiddleware;

/**
 * Wraps a Fetch-API handler (Cloudflare Workers, Deno, Bun, Vercel edge): it gets the
 * verdict as its second argument, and the response the headers the options call for.
 *
 * @example
 * ```ts
 * import { withOldBrowserNotice } from 'old-browser-notice';
 * export default { fetch: withOldBrowserNotice((request, verdict) => new Response(verdict.status), { vary: true }) };
 * ```
 */
export const withOldBrowserNotice = API.withOldBrowserNotice;

export { DEFAULT_POLICY, parseSimpleQuery };
export { readClientHints, CLIENT_HINT_HEADERS, type ClientHints } from './hints/client-hints';
export type { HeadersLike, ServerOptions, NoticeMiddleware, FetchHandler };
export type { NodeLikeRequest, NodeLikeResponse } from './server/middleware';
export { renderNotice, renderNoticeHTML } from './notice/api';
export { NOTICE_CSS } from './notice/styles';
export type { RenderOptions, ShowOptions } from './notice/options';
export type { Locale, NoticeText, BrowserId } from './locales/types';
export { OldBrowserNoticeError } from './errors';
export type { EvaluateOptions, Policy, Verdict };
export type { Status } from './verdict';
