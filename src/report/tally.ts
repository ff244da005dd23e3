import { MAX_UA_LENGTH } from '../detect/facts';
import { hasHighBytes, MAX_LINE_BYTES } from './line-blocks';
import { userAgentOf, type LineDay } from './parse-line';

/**
 * What the logs hold: requests per distinct user agent (and per day, when asked), and
 * the lines that were read and skipped. Memory grows with the number of distinct user
 * agents (each cut to the 512 characters `evaluate` reads) times days, never with the
 * size of the logs.
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
}

/** An empty tally; `withDays` keeps requests per day too. */
export function emptyTally(withDays = false): Tally {
  return { counts: new Map(), days: withDays ? new Map() : null, lines: 0, requests: 0, skipped: 0, tooLong: 0 };
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

/** Adds `requests` requests of `ua` (cut to what `evaluate` reads) on `day`. */
export function addRequests(tally: Tally, ua: string, requests: number, day: string | null): void {
  const key = ua.length > MAX_UA_LENGTH ? ua.slice(0, MAX_UA_LENGTH) : ua;
  tally.requests += requests;
  add(tally.counts, key, requests);
  if (tally.days === null) return;
  const dayKey = day ?? '';
  let perDay = tally.days.get(dayKey);
  if (perDay === undefined) tally.days.set(dayKey, (perDay = new Map()));
  add(perDay, key, requests);
}

/** Adds everything in `from` to `into`. */
export function mergeTally(into: Tally, from: Tally): void {
  into.lines += from.lines;
  into.requests += from.requests;
  into.skipped += from.skipped;
  into.tooLong += from.tooLong;
  for (const [ua, requests] of from.counts) add(into.counts, ua, requests);
  if (into.days === null || from.days === null) return;
  for (const [day, counts] of from.days) {
    const mine = into.days.get(day);
    if (mine === undefined) into.days.set(day, counts);
    else for (const [ua, requests] of counts) add(mine, ua, requests);
  }
}

/** A line over the length cap: read, and skipped. */
export function tallyTooLong(tally: Tally): void {
  tally.lines++;
  tally.skipped++;
  tally.tooLong++;
}

/**
 * Adds the lines of a block (complete lines, `\n`-separated, decoded as latin1: one
 * character per byte) of an access log. Each line is sliced out of the block, and only
 * its user-agent field out of the line, then decoded from UTF-8.
 */
export function tallyLogBlock(text: string, tally: Tally, when: LineDay | undefined): void {
  // A block of ASCII only (most are: servers escape other bytes) needs no decoding per field.
  const latin1 = hasHighBytes(text);
  for (let start = 0; ; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end - start > MAX_LINE_BYTES) tallyTooLong(tally);
    else {
      tally.lines++;
      const ua = userAgentOf(start === 0 && end === text.length ? text : text.slice(start, end), when, latin1);
      if (ua === null) tally.skipped++;
      else addRequests(tally, ua, 1, when ? when.day : null);
    }
    if (end === text.length) return;
    start = end + 1;
  }
}
