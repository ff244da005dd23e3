/**
 * Dotted version numbers as browserslist and user agents write them. `TP`
 * (Safari Technology Preview) sorts above every number; `all` (Opera Mini) is
 * handled by the caller.
 */

/** Whether this build serves many calls (see src/detect/judge.ts): the script tag's second stage does not. */
declare const __FAST_PATH__: boolean;

/**
 * Negative when `a` < `b`, zero when equal, positive when `a` > `b`. Each dotted part is
 * compared by its leading digits (as parseInt would read them; none is 0), a missing part
 * as 0. Read by character codes, with nothing allocated: this runs on every evaluation.
 */
export function compareVersions(a: string, b: string): number {
  if (a === 'TP' || b === 'TP') return a === b ? 0 : a === 'TP' ? 1 : -1;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = partValue(a, i);
    const y = partValue(b, j);
    if (x !== y) return x > y ? 1 : -1;
    i = nextPart(a, i);
    j = nextPart(b, j);
  }
  return 0;
}

/** The leading digits of the dotted part that starts at `from`, as a number (0 past the end). */
function partValue(version: string, from: number): number {
  let value = 0;
  for (let i = from; i < version.length; i++) {
    const code = version.charCodeAt(i);
    if (code < 48 || code > 57) break;
    value = value * 10 + (code - 48);
  }
  return value;
}

/** Where the dotted part after the one that starts at `from` starts (past the end when none). */
function nextPart(version: string, from: number): number {
  const dot = version.indexOf('.', from);
  return dot < 0 ? version.length + 1 : dot + 1;
}

/**
 * Cuts a version to `keep` numeric parts and drops a trailing `.0`, so that
 * `16.5.2` → `16.5`, `28.0` → `28`, `157.0.7390.54` → `157` (keep 1).
 *
 * Reads a version exactly as the first stage's `versionNumber` (first-stage/gate.ts) does —
 * the first 5 digits of the major and the first 3 of the minor, the rest of a longer run
 * dropped (`26.0000006` is 26, `1234567` is 12345) — so that the first stage, the server's
 * fast path and the full rules agree on any input; a test checks the two on every shape of
 * version. Two functions, not one: the lazy import's first chunk carries `versionNumber`,
 * and sharing it with the rest would make a bundler split it into a third chunk that every
 * visitor loads (bench/lazy-chunk.js). Returns null when the input has no leading number.
 */
export function normalizeVersion(raw: string | undefined | null, keep: 1 | 2): string | null {
  if (!raw) return null;
  // The script tag's second stage reads a few versions once: the regular expression is the
  // smaller code for it to download. A server reads several on every evaluation: by
  // character codes, several times faster, read as the expression reads (a test holds the two alike).
  if (__FAST_PATH__) {
    let major = 0;
    let minor = 0;
    let i = 0;
    for (; isDigit(raw, i); i++) if (i < 5) major = major * 10 + raw.charCodeAt(i) - 48;
    if (!i) return null;
    if (keep > 1 && (raw.charAt(i) === '.' || raw.charAt(i) === '_')) {
      for (let j = i + 1; j < i + 4 && isDigit(raw, j); j++) minor = minor * 10 + raw.charCodeAt(j) - 48;
    }
    return minor ? major + '.' + minor : '' + major;
  }
  return versionByPattern(raw, keep);
}

/** Whether the character at `i` is an ASCII digit (past the end it is not: its code is NaN). */
function isDigit(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 48 && code <= 57;
}

/**
 * {@link normalizeVersion} as one regular expression, for the script tag's second stage.
 * @example versionByPattern('16.5.2', 2) // '16.5'
 */
export function versionByPattern(raw: string, keep: 1 | 2): string | null {
  const match = /^(\d{1,5})\d*(?:[._](\d{1,3}))?/.exec(raw);
  if (!match) return null;
  const major = String(parseInt(match[1]!, 10));
  const minor = match[2] === undefined ? 0 : parseInt(match[2], 10);
  return keep === 1 || minor === 0 ? major : major + '.' + minor;
}
