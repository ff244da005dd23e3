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

// Compiled queries by their text, so a server passing the same string on every
// request compiles it once. Bounded: a site has a handful of policies, not thousands.
const MAX_CACHED = 32;
let cache: Record<string, Policy> = Object.create(null) as Record<string, Policy>;
let cached = 0;

// The last policy object found valid: a server passes the same one on every request.
let lastChecked: Policy | null = null;

function isPolicy(value: unknown): value is Policy {
  if (!value || typeof value !== 'object') return false;
  try {
    const agents = (value as Policy).agents;
    if (!agents || typeof agents !== 'object') return false;
    for (const agent in agents) {
      if (typeof agents[agent] !== 'string' || !/^(?:\d+(?:\.\d+)*|all|TP)$/.test(agents[agent]!)) return false;
    }
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
    if (hasOwn(cache, browsers)) return cache[browsers]!;
    // Capped before any regular expression runs; trimmed without one.
    checkQueryLength(browsers);
    const key = browsers.trim();
    const policy = source.compile(key);
    if (cached >= MAX_CACHED) {
      cache = Object.create(null) as Record<string, Policy>;
      cached = 0;
    }
    cache[browsers] = policy;
    cached++;
    return policy;
  }
  if (browsers === lastChecked) return browsers;
  if (isPolicy(browsers)) {
    lastChecked = browsers;
    return browsers;
  }
  throw new OldBrowserNoticeError(
    `Invalid policy (${describe(browsers)}): expected a browserslist query string or ` +
      'a compiled policy like `{"agents": {"chrome": "109"}}` (see `npx old-browser-notice policy`).',
  );
}
