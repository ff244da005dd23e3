/**
 * The visitor estimate: distinct (client address, user agent) pairs per day, summed
 * over the days. Neither the address nor the pair is kept: each pair is held as a 30-bit
 * hash in a set per day, in memory only, and never written anywhere (not in any report,
 * not in `--stats-out`). The limits of what it means are in docs/report.md.
 */

/**
 * The most pairs held, over all days: a million 30-bit hashes in sets take about 40 MB
 * (measured: a million keys in 60 day sets, 39 MB of heap after a collection, Node 20).
 * Beyond this, a pair not yet seen is not added (it is counted in
 * {@link VisitorKeys.unchecked} instead), and the estimate is then a lower bound, which
 * the report says. A municipal site sees a few thousand pairs a day.
 */
export const MAX_VISITOR_KEYS = 1_000_000;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/**
 * Hashes stay small integers (V8 keeps them unboxed in a set, where a 32-bit or larger
 * number takes a heap object). With 30 bits, two pairs of one day collide about once in
 * 2,000 at a million pairs that day: an undercount of 0.05 %, and far less on real days.
 */
const KEY_BITS = 0x3fffffff;

/**
 * FNV-1a (32 bits) of the UTF-16 units of `text[start, end)`, continuing from `seed`.
 * @example textHash('Mozilla/5.0') === textHash('xMozilla/5.0', 1)
 */
export function textHash(text: string, start = 0, end = text.length, seed = FNV_OFFSET): number {
  let hash = seed;
  for (let at = start; at < end; at++) hash = Math.imul(hash ^ text.charCodeAt(at), FNV_PRIME);
  return hash >>> 0;
}

/**
 * The key of a pair: the hash of the user agent (its {@link textHash}, computed once per
 * distinct user agent), a newline, and the address `text[start, end)`.
 * @example visitorKey(textHash(ua), line, 0, line.indexOf(' '))
 */
export function visitorKey(userAgentHash: number, text: string, start: number, end: number): number {
  return textHash(text, start, end, Math.imul(userAgentHash ^ 0x0a, FNV_PRIME)) & KEY_BITS;
}

/** The pairs seen, a set per day (`''`: lines without a readable date). */
export class VisitorKeys {
  private readonly days = new Map<string, Set<number>>();
  private day: string | null | undefined;
  private keys: Set<number> | undefined;
  /** Pairs held, over all days. */
  size = 0;
  /** Requests whose pair could not be looked up, as {@link max} pairs were held already. */
  unchecked = 0;

  constructor(readonly max = MAX_VISITOR_KEYS) {}

  /** Whether `key` is a pair not seen before on `day`; it is then held. */
  isNew(key: number, day: string | null): boolean {
    if (day !== this.day || this.keys === undefined) this.switchDay(day);
    const keys = this.keys!;
    if (keys.has(key)) return false;
    if (this.size >= this.max) {
      this.unchecked++;
      return false;
    }
    keys.add(key);
    this.size++;
    return true;
  }

  /** Days with at least one pair. */
  get dayCount(): number {
    let count = 0;
    for (const keys of this.days.values()) if (keys.size) count++;
    return count;
  }

  private switchDay(day: string | null): void {
    this.day = day;
    const name = day ?? '';
    let keys = this.days.get(name);
    if (keys === undefined) this.days.set(name, (keys = new Set()));
    this.keys = keys;
  }
}
