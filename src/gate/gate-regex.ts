import type { FastPattern } from './patterns';

/**
 * One regular expression that matches exactly the user agents the first stage may
 * call supported: each shape's pattern with its version groups replaced by "at least
 * the threshold". Built per site at build time, so that the browser carries a
 * regular expression and no version arithmetic (the way browserslist-useragent-regexp
 * does it, but over shapes the full rules agree with).
 */

/** Digits for a whole number >= n (no leading zeros, any length above n's). */
export function atLeastInteger(n: number): string {
  const digits = String(n);
  const options = [`[1-9]\\d{${digits.length},}`];
  for (let i = 0; i < digits.length; i++) {
    const d = Number(digits[i]);
    if (d === 9) continue;
    const rest = digits.length - i - 1;
    const first = i === 0 ? Math.max(d + 1, 1) : d + 1;
    options.push(`${digits.slice(0, i)}[${first}-9]${rest === 0 ? '' : rest === 1 ? '\\d' : `\\d{${rest}}`}`);
  }
  options.push(digits);
  return `(?:${options.join('|')})`;
}

/** `major<sep>minor` >= `threshold` (`18.5`), minor compared as a whole number. */
function atLeastMinor(threshold: string, separator: string): string {
  const [major, minor = '0'] = threshold.split('.');
  return `(?:${atLeastInteger(Number(major) + 1)}${separator}\\d+|${Number(major)}${separator}${atLeastInteger(Number(minor))})`;
}

/** Start and end (exclusive) of the source of every capturing group, in order. */
function capturingGroups(source: string): Array<[number, number]> {
  const groups: Array<[number, number]> = [];
  const open: Array<number | null> = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') {
      const capturing = source[i + 1] !== '?';
      if (capturing) groups.push([i, -1]);
      open.push(capturing ? groups.length - 1 : null);
    } else if (c === ')') {
      const index = open.pop();
      if (index !== null && index !== undefined) groups[index]![1] = i + 1;
    }
  }
  return groups;
}

/** A version group's content with its leading number(s) replaced by the range. */
function bounded(content: string, threshold: string): string {
  const minor = /^\\d\+(\\\.|_)\\d\+/.exec(content);
  if (minor) return atLeastMinor(threshold, minor[1]!) + content.slice(minor[0].length);
  if (content.startsWith('\\d+')) return atLeastInteger(Number(threshold.split('.')[0])) + content.slice(3);
  throw new Error(`gate-regex: cannot bound the version group \`${content}\``);
}

/** One shape with every version group bounded by the threshold. */
function boundedShape(pattern: FastPattern, threshold: string): string {
  const source = pattern.pattern.source;
  const groups = capturingGroups(source);
  let out = source;
  // Replace from the last group to the first, so that earlier offsets stay right.
  const versionGroups = pattern.version.slice().sort((a, b) => b - a);
  for (const number of versionGroups) {
    const [start, end] = groups[number - 1]!;
    out = out.slice(0, start) + '(?:' + bounded(out.slice(start + 1, end - 1), threshold) + ')' + out.slice(end);
  }
  return out;
}

/**
 * The first stage's gate for these shapes and thresholds (null: never passes). A
 * shape whose version groups are optional still requires every group that is present
 * to meet the threshold, which can only make the gate stricter.
 */
export function gateRegex(patterns: readonly FastPattern[], thresholds: ReadonlyArray<string | null>): RegExp {
  const shapes: string[] = [];
  patterns.forEach((pattern, i) => {
    const threshold = thresholds[i];
    if (threshold != null && /^\d+(\.\d+)?$/.test(threshold)) shapes.push(boundedShape(pattern, threshold));
  });
  return shapes.length ? new RegExp(shapes.join('|')) : /(?!)/;
}
