import { judgeNotified } from './detect/judge';
import { checkNow, type EvaluateOptions } from './evaluate';
import { firstStageGate } from './first-stage/policy-gate';
import { gatedPattern } from './first-stage/gated-pattern';
import { needsNoticeWith } from './needs-notice';
import { resolvePolicy, type PolicySource } from './policy/resolve';
import type { Policy } from './policy/types';

/**
 * The first stage's pattern with the gate of the last policy asked about written into it
 * (gated-pattern.ts): without touch and, made when first needed, with more than one touch
 * point. Kept by the policy's frozen agents and strict, as `gateFor` in needs-notice.ts
 * keeps the gate: a server asks with the same ones on every request.
 */
interface Gated {
  agents: Policy['agents'];
  strict: boolean;
  patterns: [RegExp | null | undefined, RegExp | null | undefined];
}
let last: Gated | null = null;

/** The gated pattern for this policy and touch side, or null: agents that are not frozen (each call could bring other ones) or a pattern the gate cannot be written into. */
function gatedFor(policy: Policy, strict: boolean, touch: 0 | 1): RegExp | null {
  const agents = policy.agents;
  if (!last || last.agents !== agents || last.strict !== strict) {
    if (!Object.isFrozen(agents)) return null;
    last = { agents, strict, patterns: [undefined, undefined] };
  }
  let pattern = last.patterns[touch];
  if (pattern === undefined) pattern = last.patterns[touch] = gatedPattern(firstStageGate(policy, strict)[touch]);
  return pattern;
}

/**
 * `needsNotice` for the Node entry: a current browser in a common shape is answered by one
 * regular expression test, with the policy's minimums inside it, which is the way
 * browserslist-useragent-regexp answers, and what makes the yes or no as fast as its `test`.
 * It accepts exactly what the first stage accepts (test/core/gated-pattern.test.ts), so
 * whatever it does not accept goes straight to the full rules; anything it cannot judge
 * (agents that are not frozen, a user agent longer than the 512 characters the first stage
 * reads, `insecure`) takes the universal path, needsNoticeWith. Not in the browser entry,
 * where the pattern built per policy would cost more than it saves.
 *
 * @example
 * ```ts
 * needsNoticeInNode(source, req.headers['user-agent'], { browsers: 'defaults' }); // false for a current Chrome
 * ```
 */
export function needsNoticeInNode(source: PolicySource, userAgent: string | null | undefined, options: EvaluateOptions): boolean {
  if (typeof userAgent === 'string' && userAgent.length <= 512 && !options.insecure && options.fastPath !== false) {
    checkNow(options.now);
    const policy = resolvePolicy(options.browsers, source);
    const touch = options.maxTouchPoints;
    const gated = gatedFor(policy, !!options.strict, touch !== undefined && (touch as number) > 1 ? 1 : 0);
    if (gated) return !gated.test(userAgent) && judgeNotified(userAgent, policy, options);
  }
  return needsNoticeWith(source, userAgent, options);
}
