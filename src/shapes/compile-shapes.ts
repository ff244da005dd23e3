/**
 * What `npm run generate` derives from the table of browser shapes (browser-shapes.ts):
 * the first stage's version groups, shapes and gate recipe, and the server's fast paths.
 * Build and tests only. Every index here is found by key, so that the table can be
 * reordered or grown without any number written by hand going stale.
 */
import type { GroupBound } from '../first-stage/types';
import { BROWSER_SHAPES, FIRST_STAGE, SERVER_PLATFORMS, SYSTEM_NAMES, type BrowserKey, type BrowserShape } from './browser-shapes';

const SHAPES: Readonly<Record<string, BrowserShape>> = BROWSER_SHAPES;
const PLACEHOLDER = /<([^>]+)>/g;

/** The browser of this key, or an error that says where the key was written. */
function shapeNamed(key: string, where: string): BrowserShape {
  if (!Object.prototype.hasOwnProperty.call(SHAPES, key)) throw new Error(`${where} names no browser in BROWSER_SHAPES: ${key}`);
  return SHAPES[key]!;
}

/** The browser whose minimum bounds a version group: its name up to `:` (`ios:Version` → `ios`). */
export function browserOf(group: string): BrowserKey {
  const key = group.split(':')[0]!;
  shapeNamed(key, `The first stage's version group <${group}>`);
  return key as BrowserKey;
}

/** The first stage's shapes as lists of parts, in the table's order. */
export function readableShapes(): (readonly (readonly string[])[])[] {
  return Object.keys(FIRST_STAGE).map((name) => FIRST_STAGE[name]!);
}

/**
 * The gate's version groups, in the order they first appear in the shapes: the order of
 * the gate's bounds, of the compact form's letters and of the pattern's capture groups.
 * Each must appear once (the pattern numbers its captures in order), and every browser
 * that says the first stage reads it must be read.
 */
export function gateGroups(): string[] {
  const groups: string[] = [];
  for (const shape of readableShapes()) {
    for (const choices of shape) {
      for (const choice of choices) {
        for (const [, name] of choice.matchAll(PLACEHOLDER)) {
          if (name === 'digits' || name === 'model') continue;
          if (groups.includes(name!)) throw new Error(`The version group <${name}> appears twice in the first stage's shapes`);
          browserOf(name!);
          groups.push(name!);
        }
      }
    }
  }
  const carried = Object.keys(SHAPES).flatMap((key) => SHAPES[key]!.firstStage || []);
  for (const group of carried) if (!groups.includes(group)) throw new Error(`BROWSER_SHAPES says the first stage reads <${group}>, which no first-stage shape holds`);
  for (const group of groups) if (!carried.includes(group)) throw new Error(`The first stage's shapes read <${group}>, which no browser in BROWSER_SHAPES lists in its firstStage`);
  return groups;
}

/** The shapes in the compact form the first stage's matcher reads (match-shapes.ts): `*` digits, `~` a model, `#` and a letter a version group (`a` the first). */
export function compactShapes(shapes = readableShapes()): string[][] {
  const groups = gateGroups();
  return shapes.map((shape) =>
    shape.map((choices) =>
      choices
        .map((choice) =>
          choice.replace(PLACEHOLDER, (_, name: string) => {
            if (name === 'digits') return '*';
            if (name === 'model') return '~';
            return '#' + String.fromCharCode(97 + groups.indexOf(name));
          }),
        )
        .join('|'),
    ),
  );
}

/**
 * The same shapes as one regular expression, whose capture group n + 1 is version group
 * n: what the matcher must agree with (tested), and what the lazy import uses, where a
 * regular expression is the smaller code and the page has compiled others before.
 */
export function shapesAsRegExp(shapes = readableShapes()): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const source = shapes
    .map((shape) =>
      shape
        .map((choices) => {
          const alternatives = choices.map((choice) =>
            choice
              .split(/(<[^>]+>)/)
              .map((piece) => {
                if (piece === '<digits>') return '[\\d._]+';
                if (piece === '<model>') return '[\\w .\\-]+';
                return /^<.+>$/.test(piece) ? '([\\d._]+)' : escape(piece);
              })
              .join(''),
          );
          return alternatives.length > 1 ? '(?:' + alternatives.join('|') + ')' : alternatives[0];
        })
        .join(''),
    )
    .join('|');
  return new RegExp('^(?:' + source + ')$');
}

/** For each version group, in order, its bound: the agent of the browser it is named after, and how that browser is judged. */
export function gateRecipe(): GroupBound[] {
  return gateGroups().map((group) => {
    const key = browserOf(group);
    const shape = SHAPES[key]!;
    if (shape.strictOnly) return { agent: shape.agent, strictOnly: true as const };
    const bound: GroupBound = { agent: shape.agent };
    if (shape.engine) bound.engine = shape.engine;
    if (shape.touch) bound.touch = shapeNamed(shape.touch, `BROWSER_SHAPES.${key}.touch`).agent;
    return bound;
  });
}

/** The one version group whose bound depends on touch (Safari's on macOS): the first stage reads `navigator.maxTouchPoints` only for it. */
export function touchGroup(): number {
  const touch = gateRecipe().flatMap((bound, group) => (bound.touch ? [group] : []));
  if (touch.length !== 1) throw new Error(`The first stage reads touch for exactly one version group; the table gives ${touch.length}`);
  return touch[0]!;
}

/** One server fast path, as src/fast-path/ reads it: capture groups by number. */
export interface CompiledFastPath {
  key: string;
  rule: string;
  platforms: string;
  source: string;
  version: number;
  systems: Array<[string, number]>;
  free?: number;
  tool?: true;
  iosVersion?: true;
}

/** Named groups turned into plain capture groups, with the number each name got. */
export function numberGroups(source: string): { source: string; groups: Record<string, number> } {
  const groups: Record<string, number> = {};
  let out = '';
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + source[++i];
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') {
      const named = /^\(\?<([A-Za-z]\w*)>/.exec(source.slice(i));
      if (named) {
        groups[named[1]!] = ++count;
        out += '(';
        i += named[0].length - 1;
        continue;
      }
      if (source[i + 1] !== '?') count++;
    }
    out += c;
  }
  return { source: out, groups };
}

/** The server's fast paths, in the table's order. */
export function fastPaths(): CompiledFastPath[] {
  return Object.keys(SHAPES).map((key) => {
    const shape = SHAPES[key]!;
    const platforms = shape.platforms.map((platform) => SERVER_PLATFORMS[platform]);
    for (const platform of platforms) if (!/^[A-Za-z]/.test(platform)) throw new Error(`A server platform must start with a plain letter: ${platform}`);
    const named = `^Mozilla\\/5\\.0 \\((?:${platforms.join('|')})${shape.tokens}$`;
    new RegExp(named); // throws on a pattern that is not one
    const { source, groups } = numberGroups(named);
    if (!groups.version) throw new Error(`BROWSER_SHAPES.${key}.tokens has no (?<version>…) group`);
    const systems = Object.keys(SYSTEM_NAMES)
      .filter((system) => groups[system])
      .map((system): [string, number] => [SYSTEM_NAMES[system as keyof typeof SYSTEM_NAMES], groups[system]!]);
    const path: CompiledFastPath = { key, rule: shape.rule, platforms: [...new Set(platforms.map((platform) => platform[0]))].join(''), source: new RegExp(source).source, version: groups.version, systems };
    const free = groups.model || groups.edition;
    if (free) path.free = free;
    if (groups.edition) path.tool = true;
    if (shape.iosVersion) path.iosVersion = true;
    return path;
  });
}
