import { MAX_UA_LENGTH } from '../detect/limits';
import { MAX_LINE_BYTES } from './line-blocks';
import { combinedUserAgentAt, userAgentOf, userAgentOfField, type FieldBounds, type LineDay } from './parse-line';
import { dayOfCombinedLine } from './periods';

/**
 * The most distinct user agents a tally keeps (each cut to the 512 characters `evaluate`
 * reads). Real logs hold tens of thousands; a log full of forged ones holds millions, and
 * kept them all until Node ran out of memory (470,000 in a 256 MB heap). Beyond this, the
 * rarest are folded into "other user agents" (see {@link foldRarest}).
 */
export const MAX_DISTINCT_USER_AGENTS = 100_000;

/**
 * What the logs hold: requests per distinct user agent (and per day, when asked), and
 * the lines that were read and skipped. Memory grows with the number of distinct user
 * agents kept (at most {@link MAX_DISTINCT_USER_AGENTS}) times days, never with the size
 * of the logs.
 */
export interface Tally {
  /** user agent → requests. */
  counts: Map<string, number>;
  /**
   * day (`YYYY-MM-DD`) → user agent → requests, when days are asked for (`--by`, the
   * span of the logs); else null. The key `''` holds requests without a readable date.
   */
  days: Map<string, Map<string, number>> | null;
  /** Lines read, skipped ones included (rows, for counted exports). */
  lines: number;
  /** Requests: lines with a user agent, or the sum of an export's counts. */
  requests: number;
  /** Empty lines, malformed lines, lines without a user agent, and lines over the length cap. */
  skipped: number;
  /** Of the skipped lines, those over the length cap. */
  tooLong: number;
  /** Requests of user agents folded into "other user agents": counted, not judged, in no period. */
  other: number;
  /** The most distinct user agents kept in `counts`. */
  maxDistinct: number;
}

/** An empty tally; `withDays` keeps requests per day too. */
export function emptyTally(withDays = false, maxDistinct = MAX_DISTINCT_USER_AGENTS): Tally {
  return { counts: new Map(), days: withDays ? new Map() : null, lines: 0, requests: 0, skipped: 0, tooLong: 0, other: 0, maxDistinct };
}

/**
 * Makes room for new user agents: folds every user agent with no more requests than the
 * median (half of them at least, the rarest first) into `other`, in `counts` and in every
 * day. A user agent seen again later is counted afresh; its earlier requests stay in
 * `other`. Each fold costs a sort of the counts, and frees half of them: per request, a
 * constant.
 */
export function foldRarest(tally: Tally): void {
  const sorted = Float64Array.from(tally.counts.values()).sort();
  const median = sorted[(sorted.length - 1) >> 1] ?? 0;
  for (const [ua, requests] of tally.counts) {
    if (requests > median) continue;
    tally.counts.delete(ua);
    tally.other += requests;
  }
  if (tally.days === null) return;
  for (const perDay of tally.days.values()) for (const ua of perDay.keys()) if (!tally.counts.has(ua)) perDay.delete(ua);
}

/**
 * A copy of `text` that holds none of the string it was sliced from: a map key that is
 * a slice of a megabyte block would keep the whole block alive.
 */
function own(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
}

function add(counts: Map<string, number>, ua: string, requests: number): void {
  const before = counts.get(ua);
  if (before === undefined) counts.set(own(ua), requests);
  else counts.set(ua, before + requests);
}

/** A user agent cut to what `evaluate` reads: the key it is counted under. */
const capped = (ua: string) => (ua.length > MAX_UA_LENGTH ? ua.slice(0, MAX_UA_LENGTH) : ua);

/** Adds `requests` requests of `ua` (cut to what `evaluate` reads) on `day`. */
export function addRequests(tally: Tally, ua: string, requests: number, day: string | null): void {
  const key = capped(ua);
  tally.requests += requests;
  if (tally.counts.size >= tally.maxDistinct && !tally.counts.has(key)) foldRarest(tally);
  add(tally.counts, key, requests);
  if (tally.days === null) return;
  const dayKey = day ?? '';
  let perDay = tally.days.get(dayKey);
  if (perDay === undefined) tally.days.set(dayKey, (perDay = new Map()));
  add(perDay, key, requests);
}

/** A line over the length cap: read, and skipped. */
export function tallyTooLong(tally: Tally): void {
  tally.lines++;
  tally.skipped++;
  tally.tooLong++;
}

/**
 * The most user-agent texts {@link RawCounts} holds before it adds them to the tally: it
 * would otherwise hold every distinct one of an input, however many.
 */
const MAX_RAW_TEXTS = 20_000;

/** Requests of one user-agent text; an object, so that a line costs one lookup. */
interface Counter {
  requests: number;
}

/**
 * Requests per user agent as the log wrote it (the field's latin1 text: escapes and
 * UTF-8 not yet undone), per day. A line then costs one map lookup of a slice of its
 * block; each distinct text is decoded once, when {@link foldInto} adds it to a tally.
 * Only fields of at most {@link MAX_UA_LENGTH} characters are kept here, so memory
 * stays bounded as in the tally.
 */
export class RawCounts {
  /** day (`''`: none) → field text → requests. */
  private readonly days = new Map<string, Map<string, Counter>>();
  private day: string | null = null;
  private counters = new Map<string, Counter>();
  /** Texts held, over every day. */
  size = 0;

  constructor() {
    this.days.set('', this.counters);
  }

  /** One request of the field `raw` on `day`. */
  add(raw: string, day: string | null): void {
    if (day !== this.day) this.switchDay(day);
    const counter = this.counters.get(raw);
    if (counter === undefined) {
      this.counters.set(own(raw), { requests: 1 });
      this.size++;
    } else counter.requests++;
  }

  /** Adds everything counted to `tally`, each text decoded once, and starts again empty. */
  foldInto(tally: Tally): void {
    for (const [day, counters] of this.days) {
      for (const [raw, counter] of counters) addRequests(tally, userAgentOfField(raw), counter.requests, day === '' ? null : day);
    }
    this.days.clear();
    this.day = null;
    this.counters = new Map();
    this.days.set('', this.counters);
    this.size = 0;
  }

  private switchDay(day: string | null): void {
    this.day = day;
    const key = day ?? '';
    let counters = this.days.get(key);
    if (counters === undefined) this.days.set(key, (counters = new Map()));
    this.counters = counters;
  }
}

/** Where {@link combinedUserAgentAt} leaves the user agent of a line. */
const found: FieldBounds = { start: 0, end: 0 };

/**
 * Adds the lines of a block (complete lines, `\n`-separated, decoded as latin1: one
 * character per byte) of an access log. A combined-format line of the common shape is
 * read in place and its user agent counted in `raw` as written; any other line is
 * sliced out and read by {@link userAgentOf}, which decodes its user agent from UTF-8.
 */
export function tallyLogBlock(text: string, tally: Tally, raw: RawCounts, when: LineDay | undefined): void {
  for (let start = 0; ; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end - start > MAX_LINE_BYTES) tallyTooLong(tally);
    else {
      tally.lines++;
      if (combinedUserAgentAt(text, start, end, found) && found.end - found.start <= MAX_UA_LENGTH) {
        raw.add(text.slice(found.start, found.end), when ? dayOfCombinedLine(text, when.cache, start, end) : null);
        if (raw.size >= MAX_RAW_TEXTS) raw.foldInto(tally);
      } else {
        // A latin1 block: fields are decoded from UTF-8 (a no-op on ASCII).
        const ua = userAgentOf(start === 0 && end === text.length ? text : text.slice(start, end), when, true);
        if (ua === null) tally.skipped++;
        else addRequests(tally, ua, 1, when ? when.day : null);
      }
    }
    if (end === text.length) return;
    start = end + 1;
  }
}
