/**
 * Log lines → a tally: each line read in place where it has the common shape of the
 * combined format, else by {@link userAgentOf}; a request that is no page view counted
 * as left out, and each request counted looked up among the day's visitor pairs.
 */
import { MAX_UA_LENGTH } from '../detect/limits';
import { MAX_LINE_BYTES } from './line-blocks';
import { PAGE_VIEW, pageViewAt } from './page-views';
import { combinedUserAgentAt, lineRequest, userAgentOf, userAgentOfField, type FieldBounds, type LineDay } from './parse-line';
import { dayOfCombinedLine } from './periods';
import { addRequests, addVisitors, capped, own, tallyTooLong, type Tally } from './tally';
import { textHash, visitorKey } from './visitors';

/**
 * The most user-agent texts {@link RawCounts} holds before it adds them to the tally: it
 * would otherwise hold every distinct one of an input, however many.
 */
const MAX_RAW_TEXTS = 20_000;

/** Requests of one user-agent text; an object, so that a line costs one lookup. */
export interface Counter {
  requests: number;
  /** New visitor pairs among them. */
  visitors: number;
  /** The user agent, decoded and cut as the tally counts it. */
  ua: string;
  /** Its {@link textHash}, for the visitor pairs. */
  hash: number;
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

  /** One request of the field `raw` on `day`: its counter. */
  add(raw: string, day: string | null): Counter {
    if (day !== this.day) this.switchDay(day);
    let counter = this.counters.get(raw);
    if (counter === undefined) {
      // Decoded from the copy: a user agent without escapes is the same string, and a
      // slice of the block would keep the whole block alive.
      const text = own(raw);
      const ua = capped(userAgentOfField(text));
      this.counters.set(text, (counter = { requests: 1, visitors: 0, ua, hash: textHash(ua) }));
      this.size++;
    } else counter.requests++;
    return counter;
  }

  /** Adds everything counted to `tally`, each text decoded once, and starts again empty. */
  foldInto(tally: Tally): void {
    for (const [day, counters] of this.days) {
      for (const counter of counters.values()) {
        addRequests(tally, counter.ua, counter.requests, day === '' ? null : day);
        addVisitors(tally, counter.ua, counter.visitors);
      }
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

/** Where {@link combinedUserAgentAt} leaves the user agent and the request of a line. */
const found: FieldBounds = { start: 0, end: 0, ...lineRequest() };
/** Where {@link userAgentOf} leaves the request of a line. */
const request = lineRequest();

/**
 * Whether a request of a line with the request field `text[start, end)` is counted: when
 * every request is, or when it is a page view. Else it is counted as left out, under its
 * reason.
 */
function counts(tally: Tally, text: string, start: number, end: number, status: number): boolean {
  if (!tally.pageViewsOnly) return true;
  const answer = pageViewAt(text, start, end, status);
  if (answer === PAGE_VIEW) {
    tally.checked++;
    return true;
  }
  tally.leftOut[answer]!++;
  return false;
}

/**
 * One line read by {@link userAgentOf} (any shape): counted, left out, or skipped. What
 * {@link tallyLogBlock} does with a line it cannot read in place, and, line by line,
 * what it must give for any line.
 * @example tallyLine(line, tally, lineDay())
 */
export function tallyLine(line: string, tally: Tally, when: LineDay | undefined): void {
  tally.lines++;
  // A latin1 block: fields are decoded from UTF-8 (a no-op on ASCII).
  const ua = userAgentOf(line, when, true, request);
  if (ua === null) {
    tally.skipped++;
    return;
  }
  const day = when ? when.day : null;
  if (request.requestStart === -1) {
    // JSON lines other than Caddy's and lines of a user agent alone record no request: counted as given.
    addRequests(tally, ua, 1, day);
    return;
  }
  const text = request.source ?? line;
  if (!counts(tally, text, request.requestStart, request.requestEnd, request.status)) return;
  const key = capped(ua);
  addRequests(tally, key, 1, day);
  // A combined line always has an address; a Caddy line may not.
  if (request.addressEnd === request.addressStart) return;
  tally.addressed++;
  if (tally.pairs.isNew(visitorKey(textHash(key), text, request.addressStart, request.addressEnd), day)) addVisitors(tally, key, 1);
}

/**
 * Adds the lines of a block (complete lines, `\n`-separated, decoded as latin1: one
 * character per byte) of an access log. A combined-format line of the common shape is
 * read in place and its user agent counted in `raw` as written; any other line is
 * sliced out and read by {@link userAgentOf}, which decodes its user agent from UTF-8.
 * Either way, a request that is no page view is only counted as left out (unless the
 * tally counts every request), and the client address and user agent of each request
 * counted are looked up among the day's visitor pairs.
 */
export function tallyLogBlock(text: string, tally: Tally, raw: RawCounts, when: LineDay | undefined): void {
  for (let start = 0; ; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end - start > MAX_LINE_BYTES) tallyTooLong(tally);
    else {
      if (combinedUserAgentAt(text, start, end, found) && found.end - found.start <= MAX_UA_LENGTH) {
        tally.lines++;
        if (counts(tally, text, found.requestStart, found.requestEnd, found.status)) {
          const day = when ? dayOfCombinedLine(text, when.cache, start, end) : null;
          const counter = raw.add(text.slice(found.start, found.end), day);
          tally.addressed++;
          if (tally.pairs.isNew(visitorKey(counter.hash, text, found.addressStart, found.addressEnd), day)) counter.visitors++;
          if (raw.size >= MAX_RAW_TEXTS) raw.foldInto(tally);
        }
      } else tallyLine(start === 0 && end === text.length ? text : text.slice(start, end), tally, when);
    }
    if (end === text.length) return;
    start = end + 1;
  }
}
