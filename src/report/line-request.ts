/**
 * What a log line records beside its user agent, as {@link userAgentOf} (parse-line.ts)
 * leaves it: the day of the request, and the request itself as places in a text.
 */

/** Where {@link userAgentOf} leaves the day of the line, when asked for it. */
export interface LineDay {
  day: string | null;
  /** The last combined-format date text seen and its day (consecutive lines share it). */
  cache: { raw: string; day: string | null };
}

/** A fresh {@link LineDay}. */
export function lineDay(): LineDay {
  return { day: null, cache: { raw: '', day: null } };
}

/**
 * Where {@link userAgentOf} and {@link combinedUserAgentAt} leave what a combined-format
 * line records of its request, as places in the line (nothing is sliced out): what
 * decides whether the request is a page view (page-views.ts) and who made it (the
 * visitor estimate).
 */
export interface LineRequest {
  /** The request field without its quotes, `[requestStart, requestEnd)`; `requestStart` is -1 when the line has none (not the combined format). */
  requestStart: number;
  requestEnd: number;
  /** The three-digit status after the request, or -1 when there is none to read. */
  status: number;
  /** The client address, the line's first field: `[addressStart, addressEnd)` (empty when the line gives none). */
  addressStart: number;
  addressEnd: number;
  /**
   * The text these places are in: null for the line itself. A JSON line's request is
   * made into text of its own (see {@link caddyRequest}).
   */
  source: string | null;
}

/** A fresh {@link LineRequest}. */
export function lineRequest(): LineRequest {
  return { requestStart: -1, requestEnd: -1, status: -1, addressStart: 0, addressEnd: 0, source: null };
}
