import { withLruCache } from './cache';
import type { Verdict } from './detect/verdict';
import { evaluateWith, type EvaluateOptions } from './evaluate';
import type { PolicySource } from './policy/resolve';
import { checkRequestWith } from './server/check-request';
import type { HeadersLike } from './server/headers';
import { fetchHandlerWith, middlewareWith, type FetchHandler, type NoticeMiddleware, type ServerOptions } from './server/middleware';

/**
 * The functions that judge browsers, for one way of compiling policies: each entry
 * point (the universal one, the Node one) makes its own set and documents it.
 */
export function createApi(source: PolicySource) {
  function evaluate(userAgent: string | null | undefined, options?: EvaluateOptions): Verdict {
    return evaluateWith(source, userAgent, options);
  }
  function createEvaluator(options: EvaluateOptions & { cacheSize?: number } = {}): (userAgent: string | null | undefined) => Verdict {
    // Judged as of now (no fixed `now`): the advice can change at midnight UTC, so each day starts afresh.
    const today = options.now === undefined ? () => Math.floor(new Date().getTime() / 86_400_000) : undefined;
    return withLruCache((userAgent) => evaluateWith(source, userAgent, options), options.cacheSize ?? 1000, today);
  }
  function checkRequest(headers: HeadersLike | null | undefined, options?: EvaluateOptions): Verdict {
    return checkRequestWith(source, headers, options);
  }
  function oldBrowserNoticeMiddleware(options?: ServerOptions): NoticeMiddleware {
    return middlewareWith(checkRequest, options);
  }
  function withOldBrowserNotice<Env = unknown, Context = unknown>(
    handler: (request: Request, verdict: Verdict, env: Env, context: Context) => Response | Promise<Response>,
    options?: ServerOptions,
  ): FetchHandler<Env, Context> {
    return fetchHandlerWith(checkRequest, handler, options);
  }
  return { evaluate, createEvaluator, checkRequest, oldBrowserNoticeMiddleware, withOldBrowserNotice };
}
