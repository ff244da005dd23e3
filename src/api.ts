import { withLruCache } from './cache';
import type { Verdict } from './verdict';
import { evaluateWith, type EvaluateOptions } from './evaluate';
import type { PolicySource } from './policy/resolve';
import { needsNoticeWith } from './needs-notice';
import { checkRequestWith } from './server/check-request';
import type { HeadersLike } from './server/headers';
import { readServerOptions } from './server/option-rules';
import { fetchHandlerWith, middlewareWith, type FetchHandler, type NoticeMiddleware, type ServerOptions } from './server/middleware';

/**
 * The functions that judge browsers, for one way of compiling policies: each entry
 * point (the universal one, the Node one) makes its own set and documents it.
 */
export function createApi(source: PolicySource) {
  // Each reads the caller's options once, into a copy of the right shapes (readServerOptions:
  // a wrong one is an OldBrowserNoticeError that quotes it), and passes only the copy on.
  const check = (headers: HeadersLike | null | undefined, read: EvaluateOptions) => checkRequestWith(source, headers, read);
  function evaluate(userAgent: string | null | undefined, options?: EvaluateOptions): Verdict {
    return evaluateWith(source, userAgent, readServerOptions(options));
  }
  function needsNotice(userAgent: string | null | undefined, options?: EvaluateOptions): boolean {
    return needsNoticeWith(source, userAgent, readServerOptions(options));
  }
  function createEvaluator(options?: EvaluateOptions & { cacheSize?: number }): (userAgent: string | null | undefined) => Verdict {
    const read = readServerOptions(options);
    // A bad query or `now` stops the server at start-up, with its fix, not on the first request.
    evaluateWith(source, '', read);
    // Judged as of now (no fixed `now`): the advice can change at midnight UTC, so each day starts afresh.
    const today = read.now === undefined ? () => Math.floor(new Date().getTime() / 86_400_000) : undefined;
    return withLruCache((userAgent) => evaluateWith(source, userAgent, read), read.cacheSize ?? 1000, today);
  }
  function checkRequest(headers: HeadersLike | null | undefined, options?: EvaluateOptions): Verdict {
    return check(headers, readServerOptions(options));
  }
  function oldBrowserNoticeMiddleware(options?: ServerOptions): NoticeMiddleware {
    return middlewareWith(check, readServerOptions(options));
  }
  function withOldBrowserNotice<Env = unknown, Context = unknown>(
    handler: (request: Request, verdict: Verdict, env: Env, context: Context) => Response | Promise<Response>,
    options?: ServerOptions,
  ): FetchHandler<Env, Context> {
    return fetchHandlerWith(check, handler, readServerOptions(options));
  }
  /** The same two, for options already read by readServerOptions (the Node entry reads them first): not read twice. */
  const alreadyRead = {
    evaluate: (userAgent: string | null | undefined, read: EvaluateOptions): Verdict => evaluateWith(source, userAgent, read),
    needsNotice: (userAgent: string | null | undefined, read: EvaluateOptions): boolean => needsNoticeWith(source, userAgent, read),
  };
  return { alreadyRead, evaluate, needsNotice, createEvaluator, checkRequest, oldBrowserNoticeMiddleware, withOldBrowserNotice };
}
