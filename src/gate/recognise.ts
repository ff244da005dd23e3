import { compareVersions } from '../version';
import { FAST_PATTERNS, patternVersion } from './patterns';

// Short list of crawler words for the one free-text field (a device model); the full evaluation checks every rule.
const BOTLIKE = /bot|crawl|spider|http|google|yandex|headless|preview/i;

/**
 * The first stage's whole decision: does this user agent take a fast path whose
 * version meets the baked threshold? Sound by construction (thresholds come from
 * the same rules the full evaluation applies) and checked by a test over real
 * traffic: whatever this calls supported, `evaluate` calls supported too.
 *
 * @param gate thresholds per fast pattern, from `gateThresholds`; null never passes.
 * @param touch more than one touch point: a "Mac" may be an iPad, left to the full rules.
 */
export function recognisesSupported(ua: string, gate: ReadonlyArray<string | null>, touch: boolean): boolean {
  const capped = ua.slice(0, 512);
  const platform = capped.charAt(13);
  for (let i = 0; i < FAST_PATTERNS.length; i++) {
    const entry = FAST_PATTERNS[i]!;
    if (entry.platforms.indexOf(platform) === -1) continue;
    const match = entry.pattern.exec(capped);
    if (!match) continue;
    // The first pattern that matches decides, as in the full evaluation.
    const threshold = gate[i];
    if (threshold == null || (touch && entry.touchAmbiguous)) return false;
    if (entry.free && BOTLIKE.test(match[entry.free] || '')) return false;
    return compareVersions(patternVersion(entry, match), threshold) >= 0;
  }
  return false;
}
