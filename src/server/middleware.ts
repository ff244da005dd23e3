import type { Verdict } from '../verdict';
import type { EvaluateOptions } from '../evaluate';
import { CLIENT_HINT_HEADERS } from '../hints/client-hints';
import { unknownVerdict } from './check-request';
import type { HeadersLike } from './headers';
import { keepFetchHeadersPrivate, keepNodeResponsePrivate, privateCacheControl } from './shared-caches';

/** Options of the server helpers. */
export interface ServerOptions extends EvaluateOptions {
  /**
   * Ask Chromium browsers for the high-entropy hints (full version, platform version)
   * with `Accept-CH`. They arrive from the next request on. Default false.
   */
  acceptClientHints?: boolean;
  /**
   * For responses that depend on the verdict, e.g. a server-rendered notice: add
   * `Vary: User-Agent` (and the hint headers) and `Cache-Control: private`, and take out
   * whatever lets a shared cache keep the response — `public`, `s-maxage`,
   * `CDN-Cache-Control` (and `*-CDN-Cache-Control`), `Surrogate-Control` — even when the
   * app sets them after the middleware, so that no CDN hands one visitor's notice to
   * everyone (some ignore `Vary`). Default false: a site that only logs verdicts keeps its
   * CDN (docs/server.md says why).
   */
  vary?: boolean;
}

/** The response headers the options call for, to add to a response. */
export function responseHeaders(options: ServerOptions): Array<[string, string]> {
  const headers: Array<[string, string]> = [];
  if (options.acceptClientHints) headers.push(['Accept-CH', CLIENT_HINT_HEADERS.join(', ')]);
  if (options.vary) headers.push(['Vary', ['User-Agent'].concat(CLIENT_HINT_HEADERS).join(', ')], ['Cache-Control', 'private']);
  return headers;
}

/** Adds to a header that may already hold a list (Vary, Accept-CH; Cache-Control made private, see shared-caches.ts). */
function merge(existing: unknown, value: string): string {
  if (value === 'private') return privateCacheControl(existing);
  const current = Array.isArray(existing) ? existing.join(', ') : existing ? String(existing) : '';
  if (!current) return value;
  const have = current.toLowerCase().split(/\s*,\s*/);
  const add = value.split(', ').filter((item) => have.indexOf(item.toLowerCase()) === -1);
  return add.length ? `${current}, ${add.join(', ')}` : current;
}

/** What the middleware needs of a request: Node's, Express's or Fastify's. */
export interface NodeLikeRequest {
  headers: HeadersLike;
  oldBrowserNotice?: Verdict;
}

/** What the middleware needs of a response: Node's/Express's `setHeader`, or Fastify's `header`. */
export interface NodeLikeResponse {
  getHeader?(name: string): unknown;
  setHeader?(name: string, value: string): unknown;
  /** Fastify's reply. */
  header?(name: string, value: string): unknown;
  getHeaders?(): Record<string, unknown>;
  /** Fastify's reply: the Node response underneath. */
  raw?: NodeLikeResponse;
  writeHead?(status: number, ...rest: unknown[]): unknown;
  getHeaderNames?(): string[];
  removeHeader?(name: string): unknown;
}

/** `(req, res, next)`: puts the verdict on `req.oldBrowserNotice` and calls `next`. */
export type NoticeMiddleware = (req: NodeLikeRequest, res: NodeLikeResponse, next?: (error?: unknown) => void) => void;

/** A Fetch-API handler as Workers, Deno and Bun call it. */
export type FetchHandler<Env, Context> = (request: Request, env: Env, context: Context) => Promise<Response>;

/** The verdict for a request's headers; whatever they hold, never an error (see `checkRequestWith`). */
function checkOrUnknown(check: (headers: HeadersLike, options: ServerOptions) => Verdict, headers: HeadersLike, options: ServerOptions): Verdict {
  try {
    return check(headers, options);
  } catch {
    return unknownVerdict();
  }
}

/**
 * The middleware body, given how to check a request: for Node's http, Express and
 * Connect (`(req, res, next)`) and Fastify's `onRequest` hook (`(request, reply, done)`).
 */
export function middlewareWith(check: (headers: HeadersLike, options: ServerOptions) => Verdict, options: ServerOptions = {}): NoticeMiddleware {
  const extra = responseHeaders(options);
  // A bad option (an unknown \`browsers\` query) stops the server at start-up, with its fix, not on every request.
  check({}, options);
  return function oldBrowserNotice(req: NodeLikeRequest, res: NodeLikeResponse, next?: (error?: unknown) => void): void {
    req.oldBrowserNotice = checkOrUnknown(check, req && req.headers, options);
    try {
      // Headers the app sets later (its own Cache-Control, CDN-Cache-Control) are made private as they go out.
      if (options.vary) keepNodeResponsePrivate(res.writeHead ? res : res.raw || {});
      for (const [name, value] of extra) {
        if (res.setHeader) res.setHeader(name, merge(res.getHeader ? res.getHeader(name) : undefined, value));
        else if (res.header) res.header(name, merge(res.getHeaders ? res.getHeaders()[name.toLowerCase()] : undefined, value));
      }
    } catch (error) {
      if (next) return next(error);
      throw error;
    }
    if (next) next();
  };
}

/**
 * The Fetch-API wrapper body: runs `check` on the request, hands the verdict to the
 * handler, and adds the response headers the options call for.
 */
export function fetchHandlerWith<Env, Context>(
  check: (headers: HeadersLike, options: ServerOptions) => Verdict,
  handler: (request: Request, verdict: Verdict, env: Env, context: Context) => Response | Promise<Response>,
  options: ServerOptions = {},
): FetchHandler<Env, Context> {
  const extra = responseHeaders(options);
  check({}, options);
  return async (request: Request, env: Env, context: Context): Promise<Response> => {
    const verdict = checkOrUnknown(check, request && request.headers, options);
    const response = await handler(request, verdict, env, context);
    if (!extra.length) return response;
    try {
      // Responses from fetch() have immutable headers: copy into a new one.
      const copy = new Response(response.body, response);
      for (const [name, value] of extra) copy.headers.set(name, merge(copy.headers.get(name), value));
      if (options.vary) keepFetchHeadersPrivate(copy.headers);
      return copy;
    } catch {
      // \`Response.error()\` (status 0) cannot be copied: it goes out as the handler made it.
      return response;
    }
  };
}
