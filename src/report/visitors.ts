/**
 * The visitor estimate: distinct (client address, user agent) pairs per day, summed
 * over the days. Neither the address nor the pair is kept: each pair and its day is held
 * as a 32-bit hash in one table, in memory only, and never written anywhere (not in any
 * report, not in `--stats-out`). The limits of what it means are in docs/report.md.
 */

/**
 * The most pairs held, over all days: a million, in a table of 2²¹ 32-bit slots (8 MiB).
 * Beyond this, a pair not yet seen is not added (it is counted in
 * {@link VisitorKeys.unchecked} instead), and the estimate is then a lower bound, which
 * the report says. A municipal site sees a few thousand pairs a day.
 */
export const MAX_VISITOR_KEYS = 1_000_000;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

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
 * distinct user agent), a newline, and the address `text[start, end)`. The day is added
 * by {@link VisitorKeys.isNew}.
 * @example visitorKey(textHash(ua), line, 0, line.indexOf(' '))
 */
export function visitorKey(userAgentHash: number, text: string, start: number, end: number): number {
  return textHash(text, start, end, Math.imul(userAgentHash ^ 0x0a, FNV_PRIME));
}

/** MurmurHash3's finaliser: every bit of the key moves the slot it goes to. */
function mix(key: number): number {
  key = Math.imul(key ^ (key >>> 16), 0x85ebca6b);
  key = Math.imul(key ^ (key >>> 13), 0xc2b2ae35);
  return (key ^ (key >>> 16)) >>> 0;
}

const FIRST_SLOTS = 1 << 16;
/**
 * How much the table grows when half full: four times, so that a log of a few hundred
 * thousand pairs moves its keys twice, not four times (each move a random write: on the
 * report bench's log, moving keys cost more than looking them up). Never beyond the
 * slots {@link VisitorKeys.max} pairs need.
 */
const GROWTH = 4;

/** The fewest slots (a power of two) that hold `pairs` pairs at most half full. */
function slotsFor(pairs: number): number {
  let slots = FIRST_SLOTS;
  while (slots < pairs * 2) slots *= 2;
  return slots;
}

/**
 * The pairs seen, with their day, as 32-bit hashes in an open-addressing table (linear
 * probing, at most half full): a lookup is a few reads of one typed array, where a
 * `Set` per day cost a microsecond a line on a large log (measured with the report
 * bench's log: 0.3 s of 2 s). At a million pairs, about 120 share their hash with
 * another (the birthday bound, 10¹² / 2³³) and count once: an undercount of 0.01 %.
 */
export class VisitorKeys {
  private slots = new Uint32Array(FIRST_SLOTS);
  /** The most slots {@link max} pairs need. */
  private readonly maxSlots: number;
  private readonly dayNumbers = new Map<string, number>();
  private day: string | null | undefined;
  private dayNumber = 0;
  /** Pairs held, over all days. */
  size = 0;
  /** Requests whose pair could not be looked up, as {@link max} pairs were held already. */
  unchecked = 0;

  constructor(readonly max = MAX_VISITOR_KEYS) {
    this.maxSlots = slotsFor(max);
  }

  /** Whether `key` (see {@link visitorKey}) is a pair not seen before on `day`; it is then held. */
  isNew(key: number, day: string | null): boolean {
    if (day !== this.day) this.switchDay(day);
    // 0 marks an empty slot: no key is 0.
    const hash = mix(key ^ Math.imul(this.dayNumber, 0x9e3779b1)) || 1;
    const slots = this.slots;
    const mask = slots.length - 1;
    let at = hash & mask;
    for (let held = slots[at]!; held !== 0; held = slots[at]!) {
      if (held === hash) return false;
      at = (at + 1) & mask;
    }
    if (this.size >= this.max) {
      this.unchecked++;
      return false;
    }
    slots[at] = hash;
    if (++this.size * 2 > slots.length) this.grow();
    return true;
  }

  private switchDay(day: string | null): void {
    this.day = day;
    const name = day ?? '';
    let number = this.dayNumbers.get(name);
    if (number === undefined) this.dayNumbers.set(name, (number = this.dayNumbers.size + 1));
    this.dayNumber = number;
  }

  /** {@link GROWTH} times the slots (at most {@link maxSlots}), every key moved to its place in them. */
  private grow(): void {
    const old = this.slots;
    const slots = new Uint32Array(Math.min(old.length * GROWTH, this.maxSlots));
    const mask = slots.length - 1;
    for (let from = 0; from < old.length; from++) {
      const hash = old[from]!;
      if (hash === 0) continue;
      let at = hash & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = hash;
    }
    this.slots = slots;
  }
}
