/**
 * The first stage's matcher: does a user agent have one of the shapes (FIRST_STAGE_SHAPES,
 * written out for reading in src/shapes/browser-shapes.ts), and which versions did it read?
 * Plain string work on purpose, no regular expression: in a fresh Chromium page the
 * first regular expression costs more main-thread time than everything else the first
 * stage does (bench/first-stage.bench.js). For the same reason it calls no `split` and no
 * `push`: each costs about 0.08 ms the first time a page calls it, more than reading
 * every character of the user agent one by one. ES5; runs in the visitor's page.
 */

import type { Shape } from './types';

/**
 * Where a run of version characters (digits, `.`, `_`) that starts at `at` ends; for a
 * device model, letters, space and `-` too: what a model holds, never a token such as
 * `Trident/7.0`, which has a `/` (model-field.ts).
 */
function runEnd(ua: string, at: number, model: boolean): number {
  for (; at < ua.length; at++) {
    const c = ua.charCodeAt(at);
    if (!((c > 47 && c < 58) || c == 46 || c == 95 || (model && ((c > 64 && c < 91) || (c > 96 && c < 123) || c == 32 || c == 45)))) break;
  }
  return at;
}

/**
 * Whether `ua` from `at` on matches the shape's parts from `part` on, to its end. Each
 * version read is added to `versions` as its group's index and the text; a choice that
 * fails takes its versions back. Parts have few choices and every choice is fixed text
 * or a run that stops at the first character outside it, so this is linear in practice.
 *
 * @example
 * ```ts
 * const versions: Array<number | string> = [];
 * matchShape(['Chrome/#b', '| Edg/#c'], 0, 'Chrome/150.0 Edg/150.0', 0, versions); // true
 * versions; // [1, '150.0', 2, '150.0']
 * ```
 */
export function matchShape(shape: Shape, part: number, ua: string, at: number, versions: Array<number | string>): boolean {
  if (part == shape.length) return at == ua.length;
  const text = shape[part]!;
  const kept = versions.length;
  // The choices are read in place, `|` ending each; `i` is -1 once the choice in hand failed.
  let i = at;
  for (let p = 0; ; ) {
    // NaN past the end, which ends the last choice.
    const c = text.charCodeAt(p++);
    if (c == 124 || c != c) {
      if (i >= 0 && matchShape(shape, part + 1, ua, i, versions)) return true;
      versions.length = kept;
      if (c != c) return false;
      i = at;
    } else if (i < 0) {
      // The rest of a choice that failed.
    } else if (c == 35 || c == 42 || c == 126) {
      // `#` and its group's letter, `*` or `~`.
      const end = runEnd(ua, i, c == 126);
      if (c == 35) {
        versions[versions.length] = text.charCodeAt(p++) - 97;
        versions[versions.length] = ua.slice(i, end);
      }
      i = end > i ? end : -1;
    } else i = ua.charCodeAt(i) == c ? i + 1 : -1;
  }
}
