import { readServerOptions } from './option-rules';
import { compilePolicy } from '../policy/compile';
import type { Policy } from '../policy/types';

// The project's policy by the directory it was looked for from: read and compiled once
// (a server asks on every request). A cache of its own, apart from the query cache in
// resolve.ts, so that a config-derived policy and a query can never stand for each other;
// and Node-only, so that the script tag carries none of it. Bounded: a site has a handful.
const MAX_CACHED = 32;
const byDirectory = new Map<string, Policy>();

/**
 * The policy of the project's browserslist config, found from `path` (default: the
 * working directory) as the CLI finds it, compiled the first time it is asked for.
 *
 * @throws {OldBrowserNoticeError} naming the config file when it cannot be read or holds a bad query.
 * @example
 * ```ts
 * projectPolicy().query; // 'chrome >= 130', from ./.browserslistrc
 * ```
 */
export function projectPolicy(path: string = process.cwd()): Policy {
  let policy = byDirectory.get(path);
  if (policy === undefined) {
    policy = compilePolicy(undefined, { path });
    if (byDirectory.size >= MAX_CACHED) byDirectory.clear();
    byDirectory.set(path, policy);
  }
  return policy;
}

/**
 * The options as given, or, without `browsers`, with the project's policy in their place:
 * how the Node entry's helpers judge by the same policy the CLI builds the script tag with.
 *
 * @example
 * ```ts
 * evaluateWith(source, ua, withProjectPolicy({ strict: true })); // browsers: the project's policy
 * ```
 */
export function withProjectPolicy<Options extends { browsers?: string | Policy; path?: string }>(options: Options | undefined): Options {
  // Read by kind first (server/option-rules.ts): a getter or Proxy that throws, or a `path` of
  // the wrong kind, is one OldBrowserNoticeError that names the option, never its own error.
  const read = readServerOptions(options) as Options;
  if (read.browsers != null) return read;
  return { ...read, browsers: projectPolicy(read.path) } as Options;
}
