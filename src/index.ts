/**
 * old-browser-notice — the universal entry: no Node built-ins and no browserslist,
 * so it runs in browsers and edge runtimes. Node gets `node.ts` instead (the
 * `node` export condition), which adds full browserslist queries.
 */
import { evaluateWith, type EvaluateOptions } from './evaluate';
import type { Verdict } from './detect/verdict';
import { DEFAULT_POLICY } from './policy/resolve';
import { parseSimpleQuery } from './policy/simple-query';
import type { Policy } from './policy/types';

function compileWithoutUsageData(query: string): Policy {
  return query === 'defaults' ? DEFAULT_POLICY : parseSimpleQuery(query);
}

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
  return evaluateWith(compileWithoutUsageData, userAgent, options);
}

export { DEFAULT_POLICY, parseSimpleQuery };
export { OldBrowserNoticeError } from './errors';
export type { EvaluateOptions, Policy, Verdict };
export type { Status } from './detect/verdict';
