import { versionNumber, type Gate } from './gate-recipe';

/** The capture group of Safari's version on macOS (first-stage-source.ts): the only one whose bound depends on touch. */
export const SAFARI_ON_MACOS = 6;

/**
 * The first stage's whole decision: is this a current browser under the site's gate
 * (gate-recipe.ts)? One pattern, then every version it read compared as a number. A
 * test over real traffic and every fixture checks that whatever this accepts,
 * `evaluate` calls supported.
 *
 * No crawler check: the pattern's only free text is an Android device model, and a
 * crawler naming itself there only passes as a current browser, which sees no notice,
 * as every crawler must.
 *
 * @param pattern FIRST_STAGE_PATTERN (first-stage-shapes.ts), as the site build bakes it in.
 * @param maxTouchPoints reads `navigator.maxTouchPoints` (more than one on a Mac is an iPad
 *   in desktop mode), only for the Safari-on-macOS group, the one it changes: a page's first
 *   read of it costs more main-thread time than the whole match.
 */
export function gateAccepts(userAgent: string, pattern: RegExp, gate: Gate, maxTouchPoints: () => number | undefined): boolean {
  const ua = userAgent.slice(0, 512);
  const match = pattern.exec(ua);
  if (!match) return false;
  const bounds = gate[match[SAFARI_ON_MACOS] && (maxTouchPoints() as number) > 1 ? 1 : 0];
  // Groups of the alternatives that did not match are undefined; the matching one's must all meet their bound.
  for (let group = 1; group < match.length; group++) {
    if (match[group] && versionNumber(match[group]!) < bounds[group - 1]!) return false;
  }
  return true;
}
