import { adviceDay } from './advice/advise';
import { judge, type JudgeOptions } from './detect/judge';
import type { Verdict } from './verdict';
import { OldBrowserNoticeError } from './errors';
import { describe } from './read-options';
import { resolvePolicy, type PolicySource } from './policy/resolve';
import type { Policy } from './policy/types';

/** Options for {@link evaluate}. */
export interface EvaluateOptions extends JudgeOptions {
  /**
   * The supported browsers: a compiled {@link Policy} or a query. Default in Node: the
   * project's browserslist config, found as the CLI finds it (see `path`) and read once;
   * elsewhere browserslist `defaults` as compiled when the package was built. In Node any
   * browserslist query works; in browsers and edge runtimes only `agent >= version` lists
   * (compile others with `npx old-browser-notice policy`). Each query string is compiled once.
   */
  browsers?: string | Policy;
  /**
   * Node only, without `browsers`: the directory to look for the browserslist config from
   * (`BROWSERSLIST`, `.browserslistrc`, package.json `browserslist`, upwards). Default:
   * the working directory.
   */
  path?: string;
}

/**
 * Refuses a `now` option that names no moment (a string, an invalid Date), quoting it:
 * a server's typo should fail at once, not quietly change the advice.
 */
export function checkNow(now: unknown): void {
  if (now === undefined) return;
  // Years 0000–9999 only: the table's dates compare as text. (adviceDay never throws: a
  // Date-like object whose conversion throws names no day.)
  if (now === null || !/^\d{4}-/.test(adviceDay(now as Date))) {
    throw new OldBrowserNoticeError(`\`now\` must be a Date or a time in milliseconds, got ${describe(now)}. Leave it out to judge as of today.`);
  }
}

/** The shared body of every `evaluate` export; they differ only in where policies come from. */
export function evaluateWith(
  source: PolicySource,
  userAgent: string | null | undefined,
  options: EvaluateOptions = {},
): Verdict {
  checkNow(options.now);
  // Only a string is a user agent: anything else is judged as none (unknown).
  return judge(typeof userAgent === 'string' ? userAgent : '', resolvePolicy(options.browsers, source), options);
}
