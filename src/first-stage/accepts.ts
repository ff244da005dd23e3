import { versionNumber, type Gate } from './gate';
import { matchShape } from './match-shapes';
import type { Shape } from './types';
import { TOUCH_GROUP } from './shapes.generated';

/**
 * The first stage's whole decision: is this a current browser under the site's gate
 * (gate.ts)? The first shape it has (no user agent has two), then every version
 * read compared as a number. A test over real traffic and every fixture checks that
 * whatever this accepts, `evaluate` calls supported.
 *
 * No crawler check: the shapes' only free text is an Android device model, and a
 * crawler naming itself there only passes as a current browser, which sees no notice,
 * as every crawler must.
 *
 * @param shapes FIRST_STAGE_SHAPES (shapes.generated.ts), as the site build bakes them in.
 * @param maxTouchPoints reads `navigator.maxTouchPoints` (more than one on a Mac is an iPad
 *   in desktop mode), only for Safari on macOS, the one it changes: a page's first read of
 *   it costs more main-thread time than the whole match.
 * @example
 * ```ts
 * gateAccepts(navigator.userAgent, FIRST_STAGE_SHAPES, compileGate(policy.agents, false), () => navigator.maxTouchPoints);
 * ```
 */
export function gateAccepts(userAgent: string, shapes: readonly Shape[], gate: Gate, maxTouchPoints: () => number | undefined): boolean {
  const ua = userAgent.slice(0, 512);
  const versions: Array<number | string> = [];
  for (let s = 0; s < shapes.length; s++) {
    if (!matchShape(shapes[s]!, 0, ua, 0, versions)) continue;
    const bounds = gate[versions[0] === TOUCH_GROUP && (maxTouchPoints() as number) > 1 ? 1 : 0];
    // Every version read must meet its bound (a version that reads as no number does not).
    for (let i = 0; i < versions.length; i += 2) {
      if (!(versionNumber(versions[i + 1] as string) >= bounds[versions[i] as number]!)) return false;
    }
    return true;
  }
  return false;
}

/**
 * The same decision with the shapes as one regular expression (FIRST_STAGE_PATTERN),
 * whose capture group n + 1 is version group n: the smaller code, for the lazy import,
 * which runs in a page that has compiled regular expressions before. A test checks that
 * both decide alike.
 *
 * @example
 * ```ts
 * patternAccepts(navigator.userAgent, FIRST_STAGE_PATTERN, compileGate(policy.agents, false), () => navigator.maxTouchPoints);
 * ```
 */
export function patternAccepts(userAgent: string, pattern: RegExp, gate: Gate, maxTouchPoints: () => number | undefined): boolean {
  const match = pattern.exec(userAgent.slice(0, 512));
  if (!match) return false;
  const bounds = gate[match[TOUCH_GROUP + 1] && (maxTouchPoints() as number) > 1 ? 1 : 0];
  // Groups of the shapes that did not match are undefined; the matching one's must all meet their bound.
  for (let group = 1; group < match.length; group++) {
    if (match[group] && !(versionNumber(match[group]!) >= bounds[group - 1]!)) return false;
  }
  return true;
}
