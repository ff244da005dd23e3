/**
 * The first stage's regular expression with the gate written into it, for the server's
 * `needsNotice` (Node only: a script tag reads its gate as numbers, which is smaller). Each
 * version group `([\d._]+)` of FIRST_STAGE_PATTERN becomes a group that matches only the
 * versions `versionNumber` (gate.ts) reads at or above its bound, so a match alone says
 * "current browser": no version is captured, read or compared per call. It accepts exactly
 * what `patternAccepts` (accepts.ts) accepts with the same gate, as a test checks over the
 * corpora and around every bound.
 *
 * Exact because every version group is followed by a character that cannot be in a
 * version (a space, `)` or the end), so a group only ever matches the whole run of digits,
 * dots and underscores; and because no user agent matches the pattern in two ways, so
 * trying another alternative after a version failed finds no second reading.
 */
import { NEVER } from './gate';
import { FIRST_STAGE_PATTERN } from './shapes.generated';

/** A version group as the generated pattern writes it. */
const VERSION_GROUP = '([\\d._]+)';
/** The highest number `versionNumber` can read: 5 major digits and 3 minor. */
const HIGHEST = 99_999_999;
/** Matches nothing: a group no version can pass. */
const NOTHING = '(?!)';
/** The rest of a version after a separator, which `versionNumber` does not read past the minor. */
const REST = '(?:[._][\\d._]*)?';

/**
 * Runs of exactly `length` digits whose value, read with leading zeros, is at least `least`:
 * equal-length digit runs compare as their characters do. `atLeast(3, 131)` is
 * `131|13[2-9]|1[4-9]\d|[2-9]\d\d`.
 */
export function atLeast(length: number, least: number): string[] {
  if (least >= 10 ** length) return [];
  const digits = String(Math.max(least, 0)).padStart(length, '0');
  const choices = [digits];
  for (let i = length - 1; i >= 0; i--) {
    const digit = +digits[i]!;
    if (digit === 9) continue;
    const next = digit + 1 === 9 ? '9' : `[${digit + 1}-9]`;
    choices.push(digits.slice(0, i) + next + '\\d'.repeat(length - i - 1));
  }
  return choices;
}

/**
 * The digit runs of one part of a version whose reading is at least `least` (`exact`: is
 * exactly `least`), when `versionNumber` reads the first `kept` digits of the part: runs
 * shorter than `kept` as they are, longer ones by their first `kept` digits, the rest dropped.
 */
function partRuns(kept: number, least: number, exact: boolean): string {
  const choices: string[] = [];
  for (let length = 0; length <= kept; length++) {
    // No digits at all reads as 0.
    const runs = !length ? (least <= 0 ? [''] : []) : !exact ? atLeast(length, least) : least < 10 ** length ? [String(least).padStart(length, '0')] : [];
    const tail = length === kept ? '\\d*' : '';
    for (const run of runs) choices.push(run + tail);
  }
  return choices.length ? `(?:${choices.join('|')})` : NOTHING;
}

/**
 * The versions `versionNumber` reads at or above `bound`, as a regular expression without
 * captures (`versionNumber` reads `major * 1000 + minor`, 5 major digits, 3 minor).
 *
 * @example
 * ```ts
 * new RegExp(`^${versionAtLeast(131_000)}$`).test('130.0.6723.91'); // false
 * ```
 */
export function versionAtLeast(bound: number): string {
  if (bound <= 0) return '[\\d._]+';
  if (bound > HIGHEST) return NOTHING;
  const major = Math.floor(bound / 1000);
  const minor = bound % 1000;
  // A higher major, any minor; or the same major, then a minor at least as high.
  const higher = `${partRuns(5, major + 1, false)}${REST}`;
  const same = minor === 0 ? `${partRuns(5, major, true)}${REST}` : `${partRuns(5, major, true)}[._]${partRuns(3, minor, false)}${REST}`;
  return `(?:${higher}|${same})`;
}

/**
 * FIRST_STAGE_PATTERN with each version group replaced by the versions that meet its bound
 * in `bounds` (one side of a gate, gate.ts). Null when the pattern's version groups are not
 * the gate's (a generated pattern this reading does not know): the caller then reads versions.
 *
 * @example
 * ```ts
 * gatedPattern(compileGate(policy.agents, false)[0])?.test(userAgent); // true: a current browser
 * ```
 */
export function gatedPattern(bounds: readonly number[]): RegExp | null {
  const parts = FIRST_STAGE_PATTERN.source.split(VERSION_GROUP);
  // Every capture is a version group (no other `(` without `?`), one for each bound.
  if (parts.length !== bounds.length + 1 || parts.some((part) => /(^|[^\\])\((?!\?)/.test(part))) return null;
  let source = parts[0]!;
  for (let group = 0; group < bounds.length; group++) {
    source += (bounds[group]! >= NEVER ? NOTHING : versionAtLeast(bounds[group]!)) + parts[group + 1]!;
  }
  return new RegExp(source);
}
