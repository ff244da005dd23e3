import fc from 'fast-check';

/** How many generated inputs the property test runs (the README and SECURITY.md quote it). */
export const HOSTILE_RUNS = 100_000;

const TOKENS = ['Mozilla/5.0', '(Windows NT 10.0; Win64; x64)', 'AppleWebKit/537.36', '(KHTML, like Gecko)', 'Chrome/', 'Safari/537.36', 'Edg/', 'Edge/', 'Firefox/', 'rv:', 'Gecko/20100101', 'Version/', 'Mobile/15E148', 'CriOS/', 'FxiOS/', '; wv)', 'Trident/7.0', 'MSIE ', 'SamsungBrowser/', 'OPR/', 'Opera Mini/', 'KAIOS/', 'iPhone OS 18_6', 'Android 10', 'Googlebot/2.1', '+http://', ';', ')', '('];

/** Real user agents, mutated the ways forgers and broken clients do. */
function mutated(real: string[]) {
  const base = fc.constantFrom(...real);
  return fc.oneof(
    // Truncated anywhere.
    fc.tuple(base, fc.nat()).map(([ua, at]) => ua.slice(0, at % (ua.length + 1))),
    // Two tokens swapped.
    fc.tuple(base, fc.nat(), fc.nat()).map(([ua, a, b]) => {
      const parts = ua.split(' ');
      const i = a % parts.length;
      const j = b % parts.length;
      [parts[i], parts[j]] = [parts[j]!, parts[i]!];
      return parts.join(' ');
    }),
    // Huge version numbers.
    fc.tuple(base, fc.constantFrom('99999999999999999999', '1'.repeat(300), '0.0.0.0.0.0.0', '-1', '1e308', 'NaN')).map(([ua, v]) => ua.replace(/\d+/g, v)),
    // A token repeated many times.
    fc.tuple(base, fc.constantFrom(...TOKENS), fc.integer({ min: 1, max: 400 })).map(([ua, token, n]) => ua + ' ' + (token + ' ').repeat(n)),
    // Random tokens glued together.
    fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((parts) => parts.join(' ')),
  );
}

/** Random strings, random bytes, Unicode, mutated real user agents, and long repetitions (megabytes are tested apart). */
export function hostileUserAgent(real: string[]) {
  return fc.oneof(
    { arbitrary: fc.string({ maxLength: 600 }), weight: 3 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 600 }), weight: 2 },
    { arbitrary: fc.uint8Array({ maxLength: 600 }).map((bytes) => String.fromCharCode(...bytes)), weight: 2 },
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }), weight: 1 },
    { arbitrary: mutated(real), weight: 6 },
    { arbitrary: fc.constantFrom('a', '(', '1.', ' ', 'Mozilla/5.0 (').map((s) => s.repeat(Math.ceil(20_000 / s.length))), weight: 1 },
  );
}

/** Megabyte user agents: the shapes that make naive regular expressions backtrack, far past the 512-character cut. */
export const MEGABYTE_USER_AGENTS = ['a', '(', '1.', ' ', ';', 'Mozilla/5.0 (', 'Chrome/1', 'bot'].map((s) => s.repeat(Math.ceil(1_000_000 / s.length)));

const throwing = (): never => {
  throw new Error('hostile');
};
/** Every trap a Proxy can have, each throwing. */
const ALL_TRAPS = Object.fromEntries(['get', 'set', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'defineProperty', 'deleteProperty', 'apply', 'construct', 'isExtensible', 'preventExtensions', 'setPrototypeOf'].map((trap) => [trap, throwing]));

/** Values built to break code that trusts a type: Proxies, conversions and getters that throw, look-alikes. */
export function trapValues(): unknown[] {
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const revokedList = Proxy.revocable([], {});
  revokedList.revoke();
  const withGetter = (key: string) => Object.defineProperty({}, key, { get: throwing, enumerable: true });
  return [
    new Proxy({}, ALL_TRAPS),
    new Proxy([], ALL_TRAPS),
    new Proxy(() => {}, ALL_TRAPS),
    revoked.proxy,
    revokedList.proxy,
    // An array that says it holds a trillion items.
    new Proxy([], { get: (target, key) => (key === 'length' ? 1e12 : Reflect.get(target, key)) }),
    // An array whose items throw when read.
    new Proxy(['sv'], { get: (target, key) => (key === 'length' ? 2 : key === '0' || key === '1' ? throwing() : Reflect.get(target, key)) }),
    { toString: throwing, valueOf: throwing, [Symbol.toPrimitive]: throwing },
    { [Symbol.toStringTag]: 'Date', valueOf: throwing, getTime: throwing },
    { [Symbol.toStringTag]: 'Array', length: 3 },
    Object.create(null),
    Object.assign(Object.create(null), { days: 30, agents: { chrome: '109' } }),
    { nodeType: 1 },
    { nodeType: 9 },
    { nodeType: 9, get defaultView(): never { return throwing(); } },
    withGetter('days'),
    withGetter('agents'),
    withGetter('heading'),
    withGetter('tag'),
    { days: '30' },
    { days: new Proxy({}, ALL_TRAPS) },
    { agents: new Proxy({}, ALL_TRAPS) },
    { agents: { chrome: { toString: throwing } } },
    { heading: { toString: throwing } },
    [new Proxy({}, ALL_TRAPS)],
    [withGetter('tag')],
    [{ toString: throwing }],
    new Date(Number.NaN),
    new Date(0),
    new Date(8.64e15),
    10n ** 30n,
    Symbol('hostile'),
    Symbol.iterator,
    throwing,
    class {},
    /regex/,
    new Map([['sv', 1]]),
    Promise.resolve(1),
    new Error('hostile'),
    new Uint8Array(3),
  ];
}

/**
 * How to make one hostile value. fast-check inspects the values it generates, and these
 * throw when inspected: so it generates recipes, and the test makes the values.
 */
type Recipe = { plain: unknown } | { trap: number } | { list: Recipe[] } | { dict: Array<[string, Recipe]> } | { getter: true };

function make(recipe: Recipe, traps: unknown[]): unknown {
  if ('plain' in recipe) return recipe.plain;
  if ('trap' in recipe) return traps[recipe.trap];
  if ('list' in recipe) return recipe.list.map((item) => make(item, traps));
  if ('dict' in recipe) return withEntries(recipe.dict, traps);
  return throwing; // a getter: only as an option, see withEntries
}

/** An object with these entries; a `getter` recipe becomes a getter that throws. */
function withEntries(entries: Array<[string, Recipe]>, traps: unknown[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, recipe] of entries) {
    if ('getter' in recipe) Object.defineProperty(object, key, { get: throwing, enumerable: true, configurable: true });
    else Object.defineProperty(object, key, { value: make(recipe, traps), enumerable: true, configurable: true, writable: true });
  }
  return object;
}

/**
 * Any value an option may be given, JSON or not: objects, arrays, numbers (NaN, ±Infinity,
 * -0, huge), booleans, strings, null, undefined, symbols, BigInts, functions, Dates, the
 * traps above, and (as an option) getters that throw.
 */
function hostileRecipe(trapCount: number): fc.Arbitrary<Recipe> {
  const plain = fc
    .oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom<unknown>(undefined, null, Number.NaN, Infinity, -Infinity, -0, 0, 1, 2, 3, 7, -1, 1e308, 2 ** 53, 0.5, '', ' ', '2', '30', 'sv', 'en', 'auto', 'external', 'defaults', 'chrome >= 109', 'body', '#missing', 'constructor', '__proto__', 'toString', true, false),
      fc.string({ maxLength: 40 }).map((s) => Symbol(s)),
      fc.bigInt(),
      fc.func(fc.anything()),
      fc.string({ unit: 'binary', maxLength: 40 }),
    )
    .map((value): Recipe => ({ plain: value }));
  const trap = fc.nat({ max: trapCount - 1 }).map((i): Recipe => ({ trap: i }));
  const leaf = fc.oneof({ arbitrary: plain, weight: 5 }, { arbitrary: trap, weight: 4 });
  const key = fc.constantFrom('days', 'agents', 'heading', 'tag', 'text', 'nodeType', 'length', '0', '__proto__', 'constructor');
  return fc.oneof(
    { arbitrary: leaf, weight: 9 },
    { arbitrary: fc.array(leaf, { maxLength: 3 }).map((list): Recipe => ({ list })), weight: 1 },
    { arbitrary: fc.array(fc.tuple(key, leaf), { maxLength: 3 }).map((dict): Recipe => ({ dict })), weight: 1 },
    { arbitrary: fc.constant<Recipe>({ getter: true }), weight: 1 },
  );
}

/**
 * Options for a function whose options are `keys`: each key given a hostile value (or a
 * getter that throws); now and then the options themselves are such a value (a string, a
 * Proxy, a number). Yields a function that makes a fresh options value, as fast-check
 * cannot hold these; `extra` adds values of the test's world (a jsdom document, its elements).
 */
export function hostileOptions(keys: readonly string[], extra: unknown[] = []): fc.Arbitrary<() => unknown> {
  const traps = [...trapValues(), ...extra];
  const recipe = hostileRecipe(traps.length);
  const object = fc.array(fc.tuple(fc.constantFrom(...keys), recipe), { maxLength: keys.length }).map((entries) => () => withEntries(entries, traps));
  const value = recipe.filter((r) => !('getter' in r)).map((r) => () => make(r, traps));
  return fc.oneof({ arbitrary: object, weight: 9 }, { arbitrary: value, weight: 1 });
}

/** Whether an error is the library's one-line refusal: an OldBrowserNoticeError with a message of one line, no control characters. */
export function isOneLineRefusal(error: unknown): boolean {
  // Not `instanceof Error`: the script tag's errors come from the page's window.
  // eslint-disable-next-line no-control-regex -- control characters are what a one-line refusal must not hold
  return !!error && (error as Error).name === 'OldBrowserNoticeError' && typeof (error as Error).message === 'string' && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test((error as Error).message);
}
