import { OldBrowserNoticeError } from '../errors';
import type { EvaluateOptions } from '../evaluate';
import { readOptions } from '../read-options';
import type { ServerOptions } from './middleware';

/** What `readServerOptions` returns: the server options, and `createEvaluator`'s cache size. */
type ServerOptionsRead = ServerOptions & { cacheSize?: number };

/**
 * The options of `evaluate`, `createEvaluator`, `checkRequest` and the server helpers, and
 * what each may be (see `readOptions`). A server's options are written by a person, once:
 * a value of another kind stops it with one line that quotes it and says the fix, rather
 * than quietly judging by another policy.
 */
export const SERVER_OPTION_KINDS: Readonly<Record<keyof ServerOptionsRead, string>> = {
  browsers: 'string object',
  strict: 'boolean',
  insecure: 'boolean',
  // The folder to find the project's browserslist config from (Node only).
  path: 'string',
  // null is passed on, for checkNow to refuse: a `now` that was meant and is missing.
  now: 'date number null',
  maxTouchPoints: 'number',
  fastPath: 'boolean',
  cacheSize: 'number',
  acceptClientHints: 'boolean',
  vary: 'boolean',
};

/** Whether this build serves many calls (see src/detect/judge.ts); the script tag's second stage reads no server options. */
declare const __FAST_PATH__: boolean;

/**
 * The table's options in its order, and the one primitive kind (a `typeof` name) each takes
 * as it is — every option a server passes on every request is a string, a number or a
 * boolean. Every option takes exactly one (test/core/server-options.test.ts).
 */
const NAMES = /* @__PURE__ */ Object.keys(SERVER_OPTION_KINDS) as Array<keyof ServerOptionsRead>;
const PLAIN = /* @__PURE__ */ NAMES.map((name) => /\b(?:string|number|boolean)\b/.exec(SERVER_OPTION_KINDS[name])![0]);

/**
 * Every server option, each read once by its name, in SERVER_OPTION_KINDS's order, into
 * `values`; a read that throws stops it (`values.length` then names that option). Written
 * out rather than read by a key in a loop: a server reads the same few options on every
 * request, and a read by name costs a fraction of one by a key that changes
 * (bench/evaluate.bench.js). test/core/server-options.test.ts records the reads and holds
 * them to the table.
 */
function readEach(options: ServerOptionsRead, values: unknown[]): void {
  values[0] = options.browsers;
  values[1] = options.strict;
  values[2] = options.insecure;
  values[3] = options.path;
  values[4] = options.now;
  values[5] = options.maxTouchPoints;
  values[6] = options.fastPath;
  values[7] = options.cacheSize;
  values[8] = options.acceptClientHints;
  values[9] = options.vary;
}

/** An object that gives `readOptions` one option as the caller's gave it: its value, or its read's throw. */
function standIn(name: string, values: unknown[], index: number): object {
  const one = {};
  Object.defineProperty(one, name, {
    enumerable: true,
    get() {
      if (index >= values.length) throw new RangeError('unreadable');
      return values[index];
    },
  });
  return one;
}

/**
 * A caller's server options in the shapes the code expects, read once (getters and
 * Proxies included); throws {@link OldBrowserNoticeError} for a wrong one.
 *
 * Where the value is a string, number or boolean its option takes (every option a server
 * passes on every request, as `{ browsers: 'defaults' }`), it is kept as it is; anything
 * else — an object, a Date, null, another kind, a read that threw — is given to
 * `readOptions` with a one-option table, so every check, copy and message is that one's.
 *
 * @example
 * ```ts
 * readServerOptions({ browsers: 'defaults', vary: 'yes' }); // throws: `vary` must be `true` or `false`, got `yes`.
 * ```
 */
export function readServerOptions(options: unknown): ServerOptionsRead {
  if (!__FAST_PATH__ || options === null || typeof options !== 'object') return readOptions(options, SERVER_OPTION_KINDS, refuse) as EvaluateOptions;
  const values: unknown[] = [];
  let count = NAMES.length;
  try {
    readEach(options as ServerOptionsRead, values);
  } catch {
    // Checked up to the option that threw, in order, as readOptions would.
    count = values.length + 1;
  }
  const out: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    const value = values[i];
    if (i < values.length && (value === undefined || typeof value === PLAIN[i])) {
      if (value !== undefined) out[NAMES[i]!] = value;
      continue;
    }
    const name = NAMES[i]!;
    const one = readOptions(standIn(name, values, i), { [name]: SERVER_OPTION_KINDS[name] }, refuse);
    if (name in one) out[name] = one[name];
  }
  return out as ServerOptionsRead;
}

function refuse(message: string): never {
  throw new OldBrowserNoticeError(message);
}
