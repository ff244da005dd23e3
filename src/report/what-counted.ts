import { LEFT_OUT_REASONS, type LeftOutReason } from './page-views';
import type { Tally } from './tally';

/**
 * What a report's `requests` count: page views (the default, see page-views.ts), every
 * request (`--all-requests`), or the rows of a counted export as its query counted them
 * (`--counts`: the recipes count page views, but the report cannot check).
 */
export type Counted = 'page views' | 'requests' | 'as counted';

/** Requests left out as no page views: in all, and per reason. */
export type LeftOut = { total: number } & Record<LeftOutReason, number>;

/** The visitor estimate: distinct (client address, user agent) pairs per day, summed over the days. */
export interface VisitorEstimate {
  /** The estimate; null when no request counted gave a client address (JSON lines, a user agent alone, counted exports). */
  estimate: number | null;
  /** The requests counted whose line gave a client address: those the estimate is of. */
  ofRequests: number;
  /**
   * False when more pairs were seen than the report holds (a million, in memory only):
   * the estimate is then a lower bound, and `unchecked` requests were not looked up.
   */
  complete: boolean;
  unchecked: number;
}

/** What was counted, and what was left out, as the report says it. */
export interface WhatCounted {
  counted: Counted;
  leftOut: LeftOut;
  /**
   * When counting page views: requests counted as given, as their line records no request
   * to check (JSON lines, a user agent alone). 0 otherwise.
   */
  countedAsGiven: number;
  visitors: VisitorEstimate;
}

/**
 * What `tally` counted: page views or requests, the requests left out per reason, and
 * the visitor estimate. `countedExport` says the input was counted exports.
 * @example whatCounted(tally, false).leftOut.assets
 */
export function whatCounted(tally: Tally, countedExport: boolean): WhatCounted {
  const leftOut = { total: 0 } as LeftOut;
  LEFT_OUT_REASONS.forEach((reason, index) => {
    leftOut[reason] = tally.leftOut[index] ?? 0;
    leftOut.total += leftOut[reason];
  });
  const counted: Counted = countedExport ? 'as counted' : tally.pageViewsOnly ? 'page views' : 'requests';
  let visitors = tally.otherVisitors;
  for (const count of tally.visitors.values()) visitors += count;
  return {
    counted,
    leftOut,
    countedAsGiven: counted === 'page views' ? tally.requests - tally.checked : 0,
    visitors: {
      estimate: tally.addressed > 0 ? visitors : null,
      ofRequests: tally.addressed,
      complete: tally.pairs.unchecked === 0,
      unchecked: tally.pairs.unchecked,
    },
  };
}
