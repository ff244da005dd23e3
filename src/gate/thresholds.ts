import { ENGINE_TOKENS, ruleNamed } from '../detect/agent-rules';
import type { Policy } from '../policy/types';
import { compareVersions } from '../version';
import { FAST_PATHS } from './fast-paths';
import { firstStageShapes } from './first-stage-shapes';
import { gateRegex } from './gate-regex';
import { FAST_PATTERNS } from './patterns';

/**
 * For each fast path, the lowest version that the full evaluation calls supported
 * under this policy, or null when the path can never pass. Baked into the first
 * stage of the script tag at build time, so the browser carries numbers, not rules.
 *
 * The engine capability check lowers a threshold only where the version a path
 * reads is the engine token itself (Chrome's `Chrome/`, Firefox's `Firefox/`):
 * Edge and Samsung Internet are judged on their own version here, and the rarer
 * ones between the two minimums simply load the second stage, which decides fully.
 */
export function gateThresholds(policy: Policy, strict: boolean): Array<string | null> {
  return FAST_PATHS.map((path) => {
    const rule = ruleNamed(path.rule);
    let threshold = policy.agents[rule.agent];
    const line = strict ? undefined : rule.engineLine;
    const sameToken = line !== undefined && rule.ua !== undefined && rule.ua.source === ENGINE_TOKENS[line].source;
    const engineMinimum = sameToken ? policy.agents[line!] : undefined;
    if (engineMinimum !== undefined && (threshold === undefined || (threshold !== 'all' && compareVersions(engineMinimum, threshold) < 0))) {
      threshold = engineMinimum;
    }
    if (threshold === undefined) return null;
    return threshold === 'all' ? '0' : threshold;
  });
}

/** The first stage's gate for this policy: its shapes with their version groups bounded. */
export function firstStageGate(policy: Policy, strict: boolean): RegExp {
  const all = gateThresholds(policy, strict);
  const shapes = firstStageShapes(strict);
  return gateRegex(shapes, shapes.map((shape) => all[FAST_PATTERNS.indexOf(shape.threshold)]!));
}
