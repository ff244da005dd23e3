import { MAX_UA_LENGTH } from '../detect/limits';
import { LEFT_OUT_REASONS } from './page-views';
import { MAX_VISITOR_KEYS, VisitorKeys } from './visitors';

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
export function own(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
}

function add(counts: Map<string, number>, ua: string, requests: number): void {
  const before = counts.get(ua);
  if (before === undefined) counts.set(own(ua), requests);
  else counts.set(ua, before + requests);
}

/** A user agent cut to what `evaluate` reads: the key it is counted under. */
export const capped = (ua: string) => (ua.length > MAX_UA_LENGTH ? ua.slice(0, MAX_UA_LENGTH) : ua);

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
export function addVisitors(tally: Tally, ua: string, visitors: number): void {
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
