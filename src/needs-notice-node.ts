import { judgeNotified } from './detect/judge';
import { checkNow, type EvaluateOptions } from './evaluate';
import { firstStageGate } from './first-stage/policy-gate';
import { gatedPattern } from './first-stage/gated-pattern';
import { needsNoticeWith } from './needs-notice';
import { resolvePolicy, type PolicySource } from './policy/resolve';
import type { Policy } from './policy/types';

/**
 * The first stage's pattern with a policy's gate written into it (gated-pattern.ts), by the
 * policy's frozen agents (which cannot change), in four sides made when first needed: not
 * strict or strict, without or with more than one touch point. Weakly held: a server has a
 * few policies, and one it drops goes with its patterns. The last agents asked about are
 * kept apart: a server asks with the same ones on every request, and one comparison finds them.
 */
const PATTERNS = new WeakMap<Policy['agents'], Array<RegExp | null>>();
let lastAgents: Policy['agents'] | null = null;
let lastPatterns: Array<RegExp | null> = [];

/** The gated pattern for this policy and side, or null: agents that are not frozen (each call could bring other ones) or a pattern the gate cannot be written into. */
function gatedFor(policy: Policy, strict: boolean, touch: 0 | 1): RegExp | null {
  const agents = policy.agents;
  if (agents !== lastAgents) {
    if (!Object.isFrozen(agents)) return null;
    let patterns = PATTERNS.get(agents);
    if (!patterns) PATTERNS.set(agents, (patterns = []));
    lastAgents = agents;
    lastPatterns = patterns;
  }
  const side = (strict ? 2 : 0) + touch;
  let pattern = lastPatterns[side];
  if (pattern === undefined) pattern = lastPatterns[side] = gatedPattern(firstStageGate(policy, strict)[touch]);
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
    const gated = gatedFor(policy, !!options.strict, touch !== undefined && touch > 1 ? 1 : 0);
    if (gated) return !gated.test(userAgent) && judgeNotified(userAgent, policy, options);
  }
  return needsNoticeWith(source, userAgent, options);
}
