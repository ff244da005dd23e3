import { OldBrowserNoticeError } from '../errors';
import type { EvaluateOptions } from '../evaluate';
import { readOptions } from '../read-options';
import type { ServerOptions } from './middleware';

/**
 * The options of `evaluate`, `createEvaluator`, `checkRequest` and the server helpers, and
 * what each may be (see `readOptions`). A server's options are written by a person, once:
 * a value of another kind stops it with one line that quotes it and says the fix, rather
 * than quietly judging by another policy.
 */
export const SERVER_OPTION_KINDS: Readonly<Record<keyof ServerOptions | 'cacheSize', string>> = {
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

/**
 * A caller's server options in the shapes the code expects, read once (getters and
 * Proxies included); throws {@link OldBrowserNoticeError} for a wrong one.
 *
 * @example
 * ```ts
 * readServerOptions({ browsers: 'defaults', vary: 'yes' }); // throws: `vary` must be `true` or `false`, got `yes`.
 * ```
 */
export function readServerOptions(options: unknown): ServerOptions & { cacheSize?: number } {
  return readOptions(options, SERVER_OPTION_KINDS, refuse) as EvaluateOptions;
}

function refuse(message: string): never {
  throw new OldBrowserNoticeError(message);
}
