/**
 * The report's shape, as `--format json` prints it and every renderer reads it;
 * aggregate.ts builds it.
 */
import type { Action } from '../advice/advise';
import type { Status } from '../verdict';
import type { FamilyShare } from './families';
import type { PeriodUnit } from './periods';
import type { WhatCounted } from './what-counted';
import type { WholeTables } from './whole-tables';

/** The actions of notified requests (`none` is everyone else). */
export type NoticeAction = Exclude<Action, 'none'>;

/** A number of requests and its share of a whole, in percent rounded to one decimal. */
export interface Share {
  requests: number;
  percent: number;
}

/** One browser version in a top list; `percent` is its share of all requests. */
export interface VersionShare extends Share {
  agent: string;
  version: string;
  /** Its most frequent user agent. */
  example: string;
}

/** One user agent in a top list; `percent` is its share of all requests. */
export interface UserAgentShare extends Share {
  userAgent: string;
}

/** The requests as one policy judges them. */
export interface Breakdown {
  policy: { query: string; caniuse: string | null };
  /** Per status, as a share of all requests (`insecure` only when judged with `insecure`). */
  status: Partial<Record<Status, Share>>;
  /** Outdated, unsupported (and insecure) together: the requests that would see the notice. */
  notified: Share;
  /** Per action, as a share of the notified requests. */
  actions: Record<NoticeAction, Share>;
  topOutdated: VersionShare[];
  topUnsupported: VersionShare[];
  /** The most frequent user agents judged `unknown`: what the rules may be missing. */
  topUnknown: UserAgentShare[];
}

/** A second policy beside the first: what moving to it changes. */
export interface Comparison extends Breakdown {
  /** Notified under this policy minus notified under the first; percent of all requests. */
  difference: Share;
}

/** The requests of one period (`--by`), as the first policy judges them. */
export interface Period {
  /** Its first day, `YYYY-MM-DD`: the day, the Monday of the ISO week, or the first of the month. */
  start: string;
  requests: number;
  /** Per status, as a share of the period's requests. */
  status: Partial<Record<Status, Share>>;
  notified: Share;
  /** Per action, as a share of the period's notified requests. */
  actions: Record<NoticeAction, Share>;
  /**
   * Whether the logs cover only part of it: the first week or month begins before the
   * first day read, or the last ends after the last one (days never are). Its numbers are
   * of the days read, and are not comparable with a whole period's.
   */
  partial: boolean;
  /**
   * Per browser family (browserslist agent, or `bot` and `unknown`), as a share of the
   * period's requests: every family of the report in every period, in the same order
   * (most requests over all periods first), 0 where it had none.
   */
  families: FamilyShare[];
}

/**
 * The whole report, as `--format json` prints it. `requests`, and every share of
 * requests, are of what `counted` names: page views by default.
 */
export interface Report extends WhatCounted, WholeTables {
  /** The files read, `-` for standard input. */
  inputs: string[];
  /** When the report was made (ISO 8601, UTC). */
  generated: string;
  /** The first and the last day of the requests read, when their dates were read. */
  span: { first: string; last: string } | null;
  /** Lines read, skipped ones included (rows, for counted exports). */
  lines: number;
  /** Requests counted (see `counted`): page views of lines with a user agent, or every such request, or the sum of a counted export's counts. */
  requests: number;
  /** Distinct user agents judged: at most `maxDistinctUserAgents`. */
  distinctUserAgents: number;
  /**
   * Requests of the rarest user agents, folded together beyond `maxDistinctUserAgents`
   * distinct ones so that memory stays bounded (a log of forged agents): counted in
   * `requests`, not judged, in no status, top list or period. `percent` is of all requests.
   */
  otherUserAgents: Share;
  /** The most distinct user agents the report keeps and judges. */
  maxDistinctUserAgents: number;
  /** Empty, malformed, without a user agent, or over the length cap. */
  skipped: number;
  /** Of the skipped lines, those longer than the cap (64 KiB). */
  tooLong: number;
  /** With `--by`: `day`, `week` or `month`, else null. */
  by: PeriodUnit | null;
  /** With `--by`: the periods, oldest first, with requests; else null. They add up to `requests` less `undated` and `otherUserAgents`. */
  periods: Period[] | null;
  /** With `--by`: requests whose line or row had no readable date, in no period. */
  undated: number;
  policy: Breakdown['policy'];
  status: Breakdown['status'];
  notified: Share;
  actions: Breakdown['actions'];
  topOutdated: VersionShare[];
  topUnsupported: VersionShare[];
  topUnknown: UserAgentShare[];
  /** With `--compare`, else null. */
  compare: Comparison | null;
}
