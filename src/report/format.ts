/** How the report writes numbers and sentences, the same in every format. */

const COUNT = new Intl.NumberFormat('en-US');

/** 1234567 → `1,234,567`. */
export function formatCount(count: number): string {
  return COUNT.format(count);
}

/** 4.2 → `4.2 %` (always one decimal). */
export function formatPercent(percent: number): string {
  return `${percent.toFixed(1)} %`;
}

/** `ie 11`, as browserslist names a browser version. */
export function versionLabel(entry: { agent: string; version: string }): string {
  return `${entry.agent} ${entry.version}`;
}

/**
 * Characters a terminal or a page must not receive raw from a log: C0 and C1 controls
 * (a log can hold any byte, and nginx's `\x1b` unescapes to a real escape that starts
 * ESC and OSC sequences), and the invisible bidirectional controls (U+202E turns the
 * rest of a line around: `exe.txt` shown for `txt.exe`), with the line and paragraph
 * separators. Source: Unicode UAX #9, "Explicit Directional Formatting Characters".
 */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/**
 * A string from outside (a user agent, a log line) made safe to print in a terminal or a
 * page: each character of {@link UNPRINTABLE} is shown as its code (`\x1b`, `\u202e`);
 * with `max`, cut to that many characters with `...`. JSON output is never passed
 * through this: it stays exact.
 * @example printable('a\u001b[2Jb') // 'a\\x1b[2Jb'
 */
export function printable(text: string, max = Infinity): string {
  const safe = text.replace(UNPRINTABLE, (char) => {
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
  return safe.length > max ? safe.slice(0, max - 3) + '...' : safe;
}

/** Percent of `whole`, rounded to one decimal (half away from zero); 0 of nothing is 0. */
export function percentOf(part: number, whole: number): number {
  if (whole === 0 || part === 0) return 0;
  const rounded = Math.round((Math.abs(part) / whole) * 1000) / 10;
  return part < 0 ? -rounded : rounded;
}
