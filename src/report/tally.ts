import { MAX_UA_LENGTH } from '../detect/limits';
import { MAX_LINE_BYTES } from './line-blocks';
import { LEFT_OUT_REASONS, PAGE_VIEW, pageViewAt } from './page-views';
import { combinedUserAgentAt, lineRequest, userAgentOf, userAgentOfField, type FieldBounds, type LineDay } from './parse-line';
import { dayOfCombinedLine } from './periods';
import { MAX_VISITOR_KEYS, textHash, visitorKey, VisitorKeys } from './visitors';

/**
 * The most distinct user agents a tally keeps (each cut to the 512 characters `evaluate`
 * reads). Real logs hold tens of thousands; a log full of forged ones holds millions, and
 * kept them all until Node ran out of memory (470,000 in a 256 MB heap). Beyond this, the
 * rarest are folded into "other user agents" (see {@link foldRarest}).
 */
export const MAX_DISTINCT_USER_AGENTS = 100_000;

/**
 * What the logs hold: requests per distinct user agent (and per day, when asked), and
 * the lines that were read and skipped. By default only page views are counted (see
 * page-views.ts), and the other requests are counted per reason they were left out.
 * Memory grows with the number of distinct user agents kept (at most
 * {@link MAX_DISTINCT_USER_AGENTS}) times days, and with the visitor pairs held (at most
 * {@link MAX_VISITOR_KEYS}), never with the size of the logs.
 */
export interface Tally {
  /** user agent → requests counted (page views, or every request with `--all-requests`). */
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
  /** Whether only page views are counted (the default), not every request (`--all-requests`). */
  pageViewsOnly: boolean;
  /** Requests not counted as they are no page views, per reason (in the order of `LEFT_OUT_REASONS`). */
  leftOut: number[];
  /**
   * Of the requests counted, those whose line recorded a request that was checked to be a
   * page view. The others were counted as given: JSON lines and lines of a user agent
   * alone record none, and a counted export's rows are what its query counted.
   */
  checked: number;
  /** user agent → visitors (estimate, see visitors.ts), of the requests counted. */
  visitors: Map<string, number>;
  /** Visitors of the user agents folded into `other`. */
  otherVisitors: number;
  /** Of the requests counted, those whose line gave a client address: what the visitor estimate is of. */
  addressed: number;
  /** The (address, user agent) pairs seen per day, as hashes. */
  pairs: VisitorKeys;
}

/** How a tally counts, beyond days and its cap on user agents. */
export interface TallyOptions {
  /** Count every request, not page views only (`--all-requests`). */
  allRequests?: boolean;
  /** The most visitor pairs held (default {@link MAX_VISITOR_KEYS}). */
  maxVisitorKeys?: number;
}

/**
 * An empty tally; `withDays` keeps requests per day too.
 * @example const tally = emptyTally(false, MAX_DISTINCT_USER_AGENTS, { allRequests: true });
 */
export function emptyTally(withDays = false, maxDistinct = MAX_DISTINCT_USER_AGENTS, options: TallyOptions = {}): Tally {
  return {
    counts: new Map(),
    days: withDays ? new Map() : null,
    lines: 0,
    requests: 0,
    skipped: 0,
    tooLong: 0,
    other: 0,
    maxDistinct,
    pageViewsOnly: options.allRequests !== true,
    leftOut: LEFT_OUT_REASONS.map(() => 0),
    checked: 0,
    visitors: new Map(),
    otherVisitors: 0,
    addressed: 0,
    pairs: new VisitorKeys(options.maxVisitorKeys ?? MAX_VISITOR_KEYS),
  };
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
    tally.otherVisitors += tally.visitors.get(ua) ?? 0;
    tally.visitors.delete(ua);
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

/**
 * Adds `visitors` new visitors of `ua` (as {@link addRequests} counted it: call it
 * first, as it may fold the rarest user agents).
 */
function addVisitors(tally: Tally, ua: string, visitors: number): void {
  if (visitors === 0) return;
  const key = capped(ua);
  if (tally.counts.has(key)) tally.visitors.set(key, (tally.visitors.get(key) ?? 0) + visitors);
  else tally.otherVisitors += visitors;
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
