import { hasOwn } from './has-own';
import { quoted } from './warn';

/**
 * What each option of a function may be, as a table: its kinds, space-separated. A kind
 * is a `typeof` name, or one of: `list` (an array, copied: at most 200 items), `object`
 * (a plain object, copied: its own properties), `date` (a `Date`) and `node` (a DOM
 * node): these two from any window, kept as they are. Short strings rather than functions: the script tag's second stage
 * carries the notice's table, and every byte there is downloaded by old browsers.
 */
export type OptionKinds = Readonly<Record<string, string>>;

/** The longest list an option may hold: more than every locale there is, and far fewer than a loop could choke on. */
const MAX_LIST = 200;

/** Whether this build serves many calls (see src/detect/judge.ts): the script tag's second stage does not. */
declare const __FAST_PATH__: boolean;

/** One value's kind, as {@link OptionKinds} names them; may throw (a revoked Proxy). */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  // A string, number or boolean is its typeof, without the tag (a server passes one on every request).
  if (__FAST_PATH__ && typeof value !== 'object' && typeof value !== 'function') return typeof value;
  const name = Object.prototype.toString.call(value);
  if (name === '[object Array]') return 'list';
  if (name === '[object Date]') return 'date';
  if (typeof value === 'object' && typeof (value as Node).nodeType === 'number') return 'node';
  return name === '[object Object]' || typeof value !== 'object' ? typeof value : 'other object';
}

/** The value as the library keeps it: lists and records copied (each read once, a Proxy's traps included), the rest as it is. */
function copyOf(value: unknown, kind: string): unknown {
  if (kind === 'list') {
    const from = value as unknown[];
    const length = from.length;
    if (!(length <= MAX_LIST)) throw new RangeError();
    const copy: unknown[] = [];
    for (let i = 0; i < length; i++) copy.push(from[i]);
    return copy;
  }
  if (kind !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const key in value as object) if (hasOwn(value as object, key)) copy[key] = (value as Record<string, unknown>)[key];
  return copy;
}

/**
 * What a value is, for a one-line message: a string quoted (cut, control characters
 * shown as `?`), a number or boolean as written, anything else by its kind. Never
 * converts it: a hostile `toString` may throw.
 *
 * @example
 * ```ts
 * describe('sv\n'); // '`sv?`'
 * describe([1]); // 'a value of kind `list`'
 * ```
 */
export function describe(value: unknown): string {
  if (typeof value === 'string') return '`' + quoted(value) + '`';
  if (typeof value === 'number' || typeof value === 'boolean') return '`' + value + '`';
  if (value === null) return '`null`';
  let kind = typeof value as string;
  try {
    kind = kindOf(value);
    // A real Date as it prints (`Invalid Date`); a look-alike throws here.
    if (kind === 'date') return '`' + Date.prototype.toString.call(value) + '`';
  } catch {
    // A revoked Proxy, or a look-alike Date: its kind, for the message.
  }
  return 'a value of kind `' + kind + '`';
}

/** What an option's kinds ask for, for a message: written only when one is refused (a server reads options on every request). */
function wanted(kinds: string): string {
  return 'of kind `' + kinds.split(' ').join('` or `') + '`';
}

/**
 * Reads a caller's options by a table of kinds, into a fresh object: each option once,
 * inside try (a getter or Proxy that throws is an option that could not be read), and
 * only the options the table names. `undefined` and `null` are "not given". A value of
 * another kind is left out, and `refuse` gets one line that names the option, quotes the
 * value and says what it must be: the caller warns (and the default applies) or throws.
 * `null` is "not given" too, unless the option's kinds name `null` (then a check where it
 * is used may refuse it, as `now` does on the server).
 *
 * @example
 * ```ts
 * readOptions({ site: 7, lang: 'sv' }, { site: 'string', lang: 'string' }, warn);
 * // → { lang: 'sv' }, and warn('`site` must be of kind `string`, got `7`.')
 * ```
 */
export function readOptions(options: unknown, kinds: OptionKinds, refuse: (message: string) => void): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (options === undefined || options === null) return out;
  if (typeof options !== 'object' && typeof options !== 'function') {
    refuse(`options must be an object, got ${describe(options)}.`);
    return out;
  }
  for (const key in kinds) {
    if (!hasOwn(kinds, key)) continue;
    let value: unknown;
    try {
      value = (options as Record<string, unknown>)[key];
      if (value === undefined || (value === null && !/\bnull\b/.test(kinds[key]!))) continue;
      const kind = kindOf(value);
      if ((' ' + kinds[key] + ' ').indexOf(' ' + kind + ' ') >= 0) {
        out[key] = copyOf(value, kind);
        continue;
      }
    } catch {
      refuse(`\`${key}\` could not be read (it threw, or is a list over ${MAX_LIST} items): it must be ${wanted(kinds[key]!)}.`);
      continue;
    }
    refuse(`\`${key}\` must be ${wanted(kinds[key]!)}, got ${describe(value)}.`);
  }
  return out;
}
