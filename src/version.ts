/**
 * Dotted version numbers as browserslist and user agents write them. `TP`
 * (Safari Technology Preview) sorts above every number; `all` (Opera Mini) is
 * handled by the caller.
 */

/**
 * Reads the dotted number part that starts at `from`: its leading digits (as
 * parseInt would), and where the next part starts. No arrays: this runs on every
 * evaluation.
 */
function readPart(version: string, from: number): [number, number] {
  let value = 0;
  let i = from;
  let digits = true;
  for (; i < version.length; i++) {
    const code = version.charCodeAt(i);
    if (code === 46) break; // '.'
    if (digits && code >= 48 && code <= 57) value = value * 10 + (code - 48);
    else digits = false;
  }
  return [value, i + 1];
}

/** Negative when `a` < `b`, zero when equal, positive when `a` > `b`. */
export function compareVersions(a: string, b: string): number {
  if (a === 'TP' || b === 'TP') return a === b ? 0 : a === 'TP' ? 1 : -1;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x: [number, number] = i < a.length ? readPart(a, i) : [0, i];
    const y: [number, number] = j < b.length ? readPart(b, j) : [0, j];
    if (x[0] !== y[0]) return x[0] > y[0] ? 1 : -1;
    i = x[1];
    j = y[1];
  }
  return 0;
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
  const match = /^(\d{1,5})\d*(?:[._](\d{1,3}))?/.exec(raw);
  if (!match) return null;
  const major = String(parseInt(match[1]!, 10));
  const minor = match[2] === undefined ? 0 : parseInt(match[2], 10);
  return keep === 1 || minor === 0 ? major : major + '.' + minor;
}
