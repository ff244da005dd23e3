import { judgeNotified } from './detect/judge';
import { checkNow, type EvaluateOptions } from './evaluate';
import { patternAccepts } from './first-stage/accepts';
import type { Gate } from './first-stage/gate';
import { firstStageGate } from './first-stage/policy-gate';
import { FIRST_STAGE_PATTERN } from './first-stage/shapes.generated';
import { resolvePolicy, type PolicySource } from './policy/resolve';
import type { Policy } from './policy/types';

// The gate of the last policy asked about, by its agents: a server asks with the same ones on
// every request. By the agents, not the policy: the options reader copies a policy object
// (read-options.ts), so each call brings a new one around the same agents. Kept only for
// frozen agents (as compilePolicy and every query's policy are), which cannot have changed
// since; asked once per agents (a frozen object stays frozen): Object.isFrozen walks them.
let lastAgents: Policy['agents'] | null = null;
let lastStrict = false;
let lastGate: Gate | null = null;

/** No touch points given: nothing to make per call. */
const noTouch = (): undefined => undefined;

function gateFor(policy: Policy, strict: boolean): Gate {
  const agents = policy.agents;
  if (agents === lastAgents && strict === lastStrict && lastGate) return lastGate;
  const gate = firstStageGate(policy, strict);
  const frozen = Object.isFrozen(agents);
  lastAgents = frozen ? agents : null;
  lastStrict = strict;
  lastGate = frozen ? gate : null;
  return gate;
}

/**
 * The shared body of every `needsNotice` export: whether `evaluate` would notify this user
 * agent. The first stage's shapes answer for current browsers in the common shapes: what
 * they accept, `evaluate` calls supported (test/core/needs-notice.test.ts checks that over
 * every corpus user agent). Read as one regular expression (FIRST_STAGE_PATTERN, which a
 * test holds to the shape matcher's decisions): in Node about four times the matcher's speed.
 * Where it does not accept — an old browser, or a shape it does not know — and with
 * `insecure` (which needs the advice table), the full rules answer.
 */
export function needsNoticeWith(source: PolicySource, userAgent: string | null | undefined, options: EvaluateOptions = {}): boolean {
  checkNow(options.now);
  const policy = resolvePolicy(options.browsers, source);
  // Only a string is a user agent: anything else is judged as none (unknown), as `evaluate` does.
  const ua = typeof userAgent === 'string' ? userAgent : '';
  const touch = options.maxTouchPoints;
  if (!options.insecure && options.fastPath !== false && patternAccepts(ua, FIRST_STAGE_PATTERN, gateFor(policy, !!options.strict), touch === undefined ? noTouch : () => touch)) {
    return false;
  }
  return judgeNotified(ua, policy, options);
}
