import { ENGINE_TOKENS, ruleNamed } from '../detect/agent-rules';
import type { Policy } from '../policy/types';
import { FAST_PATHS } from './fast-paths';
import { FIRST_STAGE_BOUNDS } from './first-stage-bounds';
import { compileGate, type Gate, type GroupBound } from './gate-recipe';
import { FAST_PATTERNS, type FastPattern } from './patterns';

/**
 * The gate recipe as the agent rules imply it: for each first-stage version group, the
 * agent of the rule its fast path applies, and the engine line when that rule's version
 * is the engine token itself (`Chrome/`, `Firefox/`), which is what the engine check
 * reads. Edge and Samsung Internet are bounded by their own version only; the rarer ones
 * between the two minimums load the second stage, which decides fully. A test checks
 * that GATE_RECIPE (shipped) equals this (derived).
 */
export function recipeFromRules(): GroupBound[] {
  const bound = (path: FastPattern): GroupBound => {
    const rule = ruleNamed(FAST_PATHS[FAST_PATTERNS.indexOf(path)]!.rule);
    const line = rule.engineLine;
    const sameToken = line !== undefined && rule.ua !== undefined && rule.ua.source === ENGINE_TOKENS[line].source;
    return sameToken ? { agent: rule.agent, engine: line } : { agent: rule.agent };
  };
  return FIRST_STAGE_BOUNDS.map(({ bound: group }) => {
    if ('strictOnly' in group) return { agent: bound(group.strictOnly).agent, strictOnly: true as const };
    if ('touch' in group) return { ...bound(group.otherwise), touch: bound(group.touch).agent };
    return bound(group);
  });
}

/** The first stage's gate for this policy, baked into the script tag by the site build. */
export function firstStageGate(policy: Policy, strict: boolean): Gate {
  return compileGate(policy.agents, strict);
}
