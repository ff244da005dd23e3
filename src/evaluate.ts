import { judge, type JudgeOptions } from './detect/evaluate';
import type { Verdict } from './detect/verdict';
import { resolvePolicy, type PolicySource } from './policy/resolve';
import type { Policy } from './policy/types';

/** Options for {@link evaluate}. */
export interface EvaluateOptions extends JudgeOptions {
  /**
   * The supported browsers: a compiled {@link Policy} or a query. Default: browserslist
   * `defaults` as compiled when the package was built. In Node any browserslist query
   * works; in browsers and edge runtimes only `agent >= version` lists (compile others
   * with `npx old-browser-notice policy`). Each query string is compiled once.
   */
  browsers?: string | Policy;
}

/** The shared body of every `evaluate` export; they differ only in where policies come from. */
export function evaluateWith(
  source: PolicySource,
  userAgent: string | null | undefined,
  options: EvaluateOptions = {},
): Verdict {
  return judge(userAgent == null ? '' : userAgent, resolvePolicy(options.browsers, source), options);
}
