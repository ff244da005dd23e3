import type { Verdict } from './detect/verdict';

/**
 * A bounded least-recently-used cache in front of an evaluate function, for
 * servers: real traffic repeats a few thousand user agents, so most requests are a
 * lookup. Verdicts are shared between hits: treat them as read-only (they are frozen).
 */
export function withLruCache(evaluate: (userAgent: string) => Verdict, max: number): (userAgent: string | null | undefined) => Verdict {
  if (!(max >= 1)) throw new RangeError(`cache size must be at least 1, got ${max}`);
  const cache = new Map<string, Verdict>();
  return (userAgent) => {
    const key = userAgent == null ? '' : String(userAgent);
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const verdict = evaluate(key);
    Object.freeze(verdict.os);
    Object.freeze(verdict.recommend);
    cache.set(key, Object.freeze(verdict));
    if (cache.size > max) cache.delete(cache.keys().next().value as string);
    return verdict;
  };
}
