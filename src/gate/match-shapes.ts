/**
 * The first stage's matcher: does a user agent have one of the shapes (FIRST_STAGE_SHAPES,
 * written out for reading in first-stage-source.ts), and which versions did it read?
 * Plain string work on purpose, no regular expression: in a fresh Chromium page the
 * first regular expression costs more main-thread time than everything else the first
 * stage does (bench/first-stage.bench.js). ES5; runs in the visitor's page.
 */

/** A shape: parts in order, each its choices joined by `|` (see first-stage-source.ts). */
export type Shape = readonly string[];

/**
 * Where a run of version characters (digits, `.`, `_`) that starts at `at` ends; for a
 * device model, letters, space, `-` and `/` too.
 */
function runEnd(ua: string, at: number, model: boolean): number {
  for (; at < ua.length; at++) {
    const c = ua.charCodeAt(at);
    if (!((c > 47 && c < 58) || c == 46 || c == 95 || (model && ((c > 64 && c < 91) || (c > 96 && c < 123) || c == 32 || c == 45 || c == 47)))) break;
  }
  return at;
}

/**
 * Whether `ua` from `at` on matches the shape's parts from `part` on, to its end. Each
 * version read is pushed on `versions` as its group's index and the text; a choice that
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
  const choices = shape[part]!.split('|');
  for (let n = 0; n < choices.length; n++) {
    const choice = choices[n]!;
    const kept = versions.length;
    let i = at;
    for (let p = 0; p < choice.length && i >= 0; p++) {
      const c = choice.charAt(p);
      if (c == '#' || c == '*' || c == '~') {
        const end = runEnd(ua, i, c == '~');
        if (c == '#') versions.push(choice.charCodeAt(++p) - 97, ua.slice(i, end));
        i = end > i ? end : -1;
      } else i = ua.charAt(i) == c ? i + 1 : -1;
    }
    if (i >= 0 && matchShape(shape, part + 1, ua, i, versions)) return true;
    versions.length = kept;
  }
  return false;
}
