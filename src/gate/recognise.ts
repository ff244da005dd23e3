import { patternVersion, type FastPattern } from './patterns';

// Short list of crawler words for the one free-text field (a device model); the full evaluation checks every rule.
const BOTLIKE = /bot|crawl|spider|http|google|yandex|headless|preview/i;

/**
 * `version` >= `threshold`, part by part over the threshold's parts. Anything that
 * is not a number (a `TP` threshold) fails: the second stage then decides.
 */
function atLeast(version: string, threshold: string): boolean {
  const have = version.split('.');
  const need = threshold.split('.');
  for (let i = 0; i < need.length; i++) {
    const a = +(have[i] || 0);
    const b = +need[i]!;
    if (a !== b) return a > b;
  }
  return true;
}

/**
 * The first stage's whole decision: does this user agent take a fast path whose
 * version meets the baked threshold? Sound by construction (thresholds come from
 * the same rules the full evaluation applies) and checked by a test over real
 * traffic: whatever this calls supported, `evaluate` calls supported too.
 *
 * @param patterns the shapes to try (all, or the first stage's share).
 * @param gate thresholds for those shapes, in the same order (`gateThresholds`); null never passes.
 * @param touch more than one touch point: a "Mac" may be an iPad, left to the full rules.
 */
export function recognisesSupported(
  ua: string,
  patterns: readonly FastPattern[],
  gate: ReadonlyArray<string | null>,
  touch: boolean,
): boolean {
  const capped = ua.slice(0, 512);
  const platform = capped.charAt(13);
  for (let i = 0; i < patterns.length; i++) {
    const entry = patterns[i]!;
    if (entry.platforms.indexOf(platform) === -1) continue;
    const match = entry.pattern.exec(capped);
    if (!match) continue;
    // The first pattern that matches decides (the shapes are disjoint).
    const threshold = gate[i];
    if (threshold == null || (touch && entry.touchAmbiguous)) return false;
    if (entry.free && BOTLIKE.test(match[entry.free] || '')) return false;
    return atLeast(patternVersion(entry, match), threshold);
  }
  return false;
}
