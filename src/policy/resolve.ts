import { OldBrowserNoticeError } from '../errors';
import { checkQueryLength } from './simple-query';
import type { Policy } from './types';
import { hasOwn } from '../has-own';
import { describe } from '../read-options';

/**
 * Where policies come from in one build: how a query string is compiled
 * (browserslist in Node, the usage-free subset elsewhere) and the policy used when
 * none is given (`defaults` as built, or the one a site's own build baked in).
 */
export interface PolicySource {
  compile: (query: string) => Policy;
  fallback: Policy;
}

// Compiled queries by their text and by who compiled them (a source's `compile`), so a server
// passing the same string on every request compiles it once, and a query only the Node entry
// can read is still refused by the browser entry after the Node entry compiled it. Bounded: a
// site has a handful of policies, not thousands.
const MAX_CACHED = 32;
let cache: Record<string, { compile: PolicySource['compile']; policy: Policy }> = Object.create(null) as Record<string, never>;
let cached = 0;

// The last query resolved, which a server passes on every request: one comparison of the
// same string, before the table's lookups.
const last: { query: string | null; compile: PolicySource['compile'] | null; policy: Policy | null } = { query: null, compile: null, policy: null };

function remember(query: string, entry: { compile: PolicySource['compile']; policy: Policy }): Policy {
  last.query = query;
  last.compile = entry.compile;
  last.policy = entry.policy;
  return entry.policy;
}

/** Whether this build serves many calls (see src/detect/judge.ts): the script tag's second stage resolves one policy once, and carries no cache. */
declare const __FAST_PATH__: boolean;

// The last frozen `agents` found valid: a server passes the same policy on every request, and
// a frozen one (as compilePolicy and parseSimpleQuery return them) cannot have changed since.
// One that is not frozen is checked on every use: its owner may change it.
let lastChecked: Policy['agents'] | null = null;

function isPolicy(value: unknown): value is Policy {
  if (!value || typeof value !== 'object') return false;
  try {
    const agents = (value as Policy).agents;
    if (!agents || typeof agents !== 'object') return false;
    if (__FAST_PATH__ && agents === lastChecked) return true;
    for (const agent in agents) {
      if (typeof agents[agent] !== 'string' || !/^(?:\d+(?:\.\d+)*|all|TP)$/.test(agents[agent]!)) return false;
    }
    if (__FAST_PATH__ && Object.isFrozen(agents)) lastChecked = agents;
    return true;
  } catch {
    // A getter or Proxy that throws: not a policy.
    return false;
  }
}

/**
 * The policy `options.browsers` stands for: the source's fallback when absent,
 * a compiled policy as it is, a query string compiled once and then cached.
 */
export function resolvePolicy(browsers: string | Policy | undefined, source: PolicySource): Policy {
  if (browsers === undefined || browsers === null) return source.fallback;
  if (typeof browsers === 'string') {
    if (__FAST_PATH__ && browsers === last.query && source.compile === last.compile) return last.policy!;
    if (__FAST_PATH__ && hasOwn(cache, browsers) && cache[browsers]!.compile === source.compile) return remember(browsers, cache[browsers]!);
    // Capped before any regular expression runs; trimmed without one.
    checkQueryLength(browsers);
    const key = browsers.trim();
    const policy = source.compile(key);
    if (!__FAST_PATH__) return policy;
    if (cached >= MAX_CACHED) {
      cache = Object.create(null) as Record<string, never>;
      cached = 0;
    }
    cache[browsers] = { compile: source.compile, policy };
    cached++;
    return remember(browsers, cache[browsers]!);
  }
  if (isPolicy(browsers)) return browsers;
  throw new OldBrowserNoticeError(
    `Invalid policy (${describe(browsers)}): expected a browserslist query string or ` +
      'a compiled policy like `{"agents": {"chrome": "109"}}` (see `npx old-browser-notice policy`).',
  );
}
