import type { Policy } from '../policy/types';
import { compileGate, type Gate } from './gate';

/**
 * The first stage's gate for this policy, baked into the script tag by the site build
 * (build/site-files.ts) and used by `needsNotice`.
 *
 * @example
 * ```ts
 * firstStageGate(compilePolicy('chrome >= 120'), false)[0][1]; // 120000: the desktop `Chrome/` group's bound
 * ```
 */
export function firstStageGate(policy: Policy, strict: boolean): Gate {
  return compileGate(policy.agents, strict);
}
