/**
 * Dotted version numbers as browserslist and user agents write them. `TP`
 * (Safari Technology Preview) sorts above every number; `all` (Opera Mini) is
 * handled by the caller.
 */

function parts(version: string): number[] {
  if (version === 'TP') return [Infinity];
  const out: number[] = [];
  const pieces = version.split('.');
  for (let i = 0; i < pieces.length; i++) out.push(parseInt(pieces[i]!, 10) || 0);
  return out;
}

/** Negative when `a` < `b`, zero when equal, positive when `a` > `b`. */
export function compareVersions(a: string, b: string): number {
  const pa = parts(a);
  const pb = parts(b);
  const length = Math.max(pa.length, pb.length);
  for (let i = 0; i < length; i++) {
    const diff = (pa[i] || 0) - (pb[i] || 0);
    if (diff !== 0) return diff > 0 ? 1 : -1;
  }
  return 0;
}

/**
 * Cuts a version to `keep` numeric parts and drops a trailing `.0`, so that
 * `16.5.2` → `16.5`, `28.0` → `28`, `157.0.7390.54` → `157` (keep 1).
 * Returns null when the input has no leading number.
 */
export function normalizeVersion(raw: string | undefined | null, keep: 1 | 2): string | null {
  if (!raw) return null;
  const match = /^(\d{1,6})(?:[._](\d{1,6}))?/.exec(raw);
  if (!match) return null;
  const major = String(parseInt(match[1]!, 10));
  if (keep === 1 || match[2] === undefined) return major;
  const minor = parseInt(match[2], 10);
  return minor === 0 ? major : major + '.' + minor;
}
