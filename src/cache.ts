import { OldBrowserNoticeError } from './errors';
import type { Verdict } from './verdict';

/**
 * A bounded least-recently-used cache in front of an evaluate function, for
 * servers: real traffic repeats a few thousand user agents, so most requests are a
 * lookup. Verdicts are shared between hits: treat them as read-only (they are frozen).
 * When `generation` returns a new value, the cache starts afresh (the advice for a user
 * agent changes on the day a browser's security fixes end).
 */
export function withLruCache(
  evaluate: (userAgent: string) => Verdict,
  max: number,
  generation?: () => number,
): (userAgent: string | null | undefined) => Verdict {
  if (!(max >= 1)) throw new OldBrowserNoticeError(`\`cacheSize\` must be a number of user agents from 1 up, e.g. \`5000\`, got \`${max}\`.`);
  const cache = new Map<string, Verdict>();
  let seen: number | undefined;
  return (userAgent) => {
    if (generation) {
      const current = generation();
      if (current !== seen) cache.clear();
      seen = current;
    }
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
