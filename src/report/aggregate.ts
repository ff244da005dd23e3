import { isNotified, type Status, type Verdict } from '../verdict';
import { evaluate } from '../node';
import type { Policy } from '../policy/types';
import { percentOf } from './format';
import { familyOf } from './families';
import { isPartial, periodStart, type PeriodUnit } from './periods';
import type { Tally } from './tally';
import { whatCounted } from './what-counted';
import { addToRow, wholeTables } from './whole-tables';
import type { Breakdown, Comparison, NoticeAction, Period, Report, Share, UserAgentShare, VersionShare } from './report-types';

// The report's shape is in report-types.ts; its readers import it from here, beside what builds it.
export type { Breakdown, Comparison, NoticeAction, Period, Report, Share, UserAgentShare, VersionShare } from './report-types';

/** Every status in the order reports show them; `insecure` only in reports made with `--insecure`. */
export const STATUSES: readonly Status[] = ['supported', 'outdated', 'unsupported', 'insecure', 'unknown', 'bot'];
/** The actions of notified requests (`none` is everyone else). */
export const ACTIONS: readonly NoticeAction[] = ['update', 'switch', 'update-os'];
/** How many browser versions the top lists hold. */
export const TOP = 10;

function share(requests: number, whole: number): Share {
  return { requests, percent: percentOf(requests, whole) };
}

/** Requests of one browser version, and its most frequent user agent so far. */
interface VersionTally {
  agent: string;
  version: string;
  requests: number;
  example: string;
  exampleRequests: number;
}

function addVersion(versions: Map<string, VersionTally>, verdict: Verdict, ua: string, requests: number): void {
  const agent = verdict.agent ?? '?';
  const version = verdict.version ?? '?';
  const key = `${agent} ${version}`;
  const entry = versions.get(key);
  if (!entry) versions.set(key, { agent, version, requests, example: ua, exampleRequests: requests });
  else addToRow(entry, ua, requests);
}

/** Most requests first; ties in a fixed order, so that the same logs give the same report. */
function byRequests<T extends { requests: number }>(tieBreak: (a: T, b: T) => number): (a: T, b: T) => number {
  return (a, b) => b.requests - a.requests || tieBreak(a, b);
}

function topVersions(versions: Map<string, VersionTally>, whole: number): VersionShare[] {
  return [...versions.values()]
    .sort(byRequests((a, b) => (a.agent < b.agent ? -1 : a.agent > b.agent ? 1 : a.version.localeCompare(b.version, 'en', { numeric: true }))))
    .slice(0, TOP)
    .map(({ agent, version, requests, example }) => ({ agent, version, requests, percent: percentOf(requests, whole), example }));
}

function topUserAgents(unknown: UserAgentShare[], whole: number): UserAgentShare[] {
  return unknown
    .sort(byRequests((a, b) => (a.userAgent < b.userAgent ? -1 : a.userAgent > b.userAgent ? 1 : 0)))
    .slice(0, TOP)
    .map((entry) => ({ ...entry, percent: percentOf(entry.requests, whole) }));
}

/** Judges each distinct user agent once per policy. */
export type Judge = (ua: string) => Verdict;

/**
 * A judge that remembers its verdicts, so that each distinct user agent is judged once.
 * @example const judge = judgeOnce(compilePolicy('defaults'), false); judge(ua).status
 */
export function judgeOnce(policy: Policy, strict: boolean, insecure = false): Judge {
  const verdicts = new Map<string, Verdict>();
  return (ua) => {
    let verdict = verdicts.get(ua);
    if (verdict === undefined) verdicts.set(ua, (verdict = evaluate(ua, { browsers: policy, strict, insecure })));
    return verdict;
  };
}

/** The statuses a report shows: all but `insecure`, which only reports judged with `insecure` have. */
export function shownStatuses(breakdown: Pick<Breakdown, 'status'>): Status[] {
  return STATUSES.filter((status) => breakdown.status[status] !== undefined);
}

/** Each status's share of `total`, `insecure` only when judged so. */
function statusShares(byStatus: Record<Status, number>, total: number, insecure: boolean): Partial<Record<Status, Share>> {
  const status: Partial<Record<Status, Share>> = {};
  for (const name of STATUSES) if (insecure || name !== 'insecure') status[name] = share(byStatus[name], total);
  return status;
}

/** A period before its families are put in the report's order: requests per family. */
type PeriodCounts = Omit<Period, 'families'> & { byFamily: Map<string, number> };

/** Shares per status and action of a set of requests, without top lists (one period). */
function periodOf(start: string, counts: Iterable<[string, number]>, judge: Judge, insecure: boolean, partial: boolean): PeriodCounts {
  const byStatus: Record<Status, number> = { supported: 0, outdated: 0, unsupported: 0, insecure: 0, unknown: 0, bot: 0 };
  const byAction: Record<NoticeAction, number> = { update: 0, switch: 0, 'update-os': 0 };
  const byFamily = new Map<string, number>();
  let total = 0;
  for (const [ua, requests] of counts) {
    const verdict = judge(ua);
    total += requests;
    byStatus[verdict.status] += requests;
    const family = familyOf(verdict);
    byFamily.set(family, (byFamily.get(family) ?? 0) + requests);
    if (isNotified(verdict.status) && verdict.action !== 'none') byAction[verdict.action] += requests;
  }
  const notified = byStatus.outdated + byStatus.unsupported + byStatus.insecure;
  const status = statusShares(byStatus, total, insecure);
  const actions = {} as Record<NoticeAction, Share>;
  for (const name of ACTIONS) actions[name] = share(byAction[name], notified);
  return { start, requests: total, status, notified: share(notified, total), actions, partial, byFamily };
}

/** Each period's families as shares, every family of the report in each, most requests over all periods first. */
function withFamilies(periods: PeriodCounts[]): Period[] {
  const totals = new Map<string, number>();
  for (const period of periods) for (const [family, requests] of period.byFamily) totals.set(family, (totals.get(family) ?? 0) + requests);
  const order = [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([family]) => family);
  return periods.map(({ byFamily, ...period }) => ({
    ...period,
    families: order.map((family) => ({ family, ...share(byFamily.get(family) ?? 0, period.requests) })),
  }));
}

/** Days grouped into periods of `unit`, oldest first; requests without a day are left out. */
function periodsOf(days: Map<string, Map<string, number>>, unit: PeriodUnit, judge: Judge, insecure: boolean): Period[] {
  const span = spanOf(days);
  const grouped = new Map<string, Array<Map<string, number>>>();
  for (const [day, counts] of days) {
    if (day === '') continue;
    const start = periodStart(day, unit);
    const list = grouped.get(start);
    if (list) list.push(counts);
    else grouped.set(start, [counts]);
  }
  const periods = [...grouped.keys()]
    .sort()
    .map((start) => periodOf(start, grouped.get(start)!.flatMap((counts) => [...counts]), judge, insecure, span !== null && isPartial(start, unit, span)));
  return withFamilies(periods);
}

/** The first and last day with requests, when days were read. */
function spanOf(days: Map<string, Map<string, number>> | null): Report['span'] {
  if (!days) return null;
  const dated = [...days.keys()].filter((day) => day !== '').sort();
  return dated.length ? { first: dated[0]!, last: dated[dated.length - 1]! } : null;
}

/** Judges each distinct user agent once, and weighs its verdict by its requests. */
export function breakdown(counts: Map<string, number>, policy: Policy, strict: boolean, judge: Judge = judgeOnce(policy, strict), insecure = false): Breakdown {
  const byStatus: Record<Status, number> = { supported: 0, outdated: 0, unsupported: 0, insecure: 0, unknown: 0, bot: 0 };
  const byAction: Record<NoticeAction, number> = { update: 0, switch: 0, 'update-os': 0 };
  const versions: Record<'outdated' | 'unsupported', Map<string, VersionTally>> = { outdated: new Map(), unsupported: new Map() };
  const unknown: UserAgentShare[] = [];
  let total = 0;
  for (const [ua, requests] of counts) {
    const verdict = judge(ua);
    total += requests;
    byStatus[verdict.status] += requests;
    if (verdict.status === 'unknown') unknown.push({ userAgent: ua, requests, percent: 0 });
    if (!isNotified(verdict.status)) continue;
    if (verdict.action !== 'none') byAction[verdict.action] += requests;
    if (verdict.status !== 'insecure') addVersion(versions[verdict.status as 'outdated' | 'unsupported'], verdict, ua, requests);
  }
  const notified = byStatus.outdated + byStatus.unsupported + byStatus.insecure;
  const status = statusShares(byStatus, total, insecure);
  const actions = {} as Record<NoticeAction, Share>;
  for (const name of ACTIONS) actions[name] = share(byAction[name], notified);
  return {
    policy: { query: policy.query, caniuse: policy.caniuse },
    status,
    notified: share(notified, total),
    actions,
    topOutdated: topVersions(versions.outdated, total),
    topUnsupported: topVersions(versions.unsupported, total),
    topUnknown: topUserAgents(unknown, total),
  };
}

export interface ReportOptions {
  inputs: string[];
  policy: Policy;
  compare?: Policy;
  strict?: boolean;
  /** Also judge browsers the policy accepts but that get no security fixes on their system (status `insecure`, a row of its own). */
  insecure?: boolean;
  /** Periods of the report (`--by`); the tally must have kept days. */
  by?: PeriodUnit;
  /** When the report is made (default: now). */
  now?: Date;
  /** The tally is of counted exports (`--counts`): their rows are counted as their query counted. */
  countedExport?: boolean;
  /** The judge of `policy` to use, e.g. one whose verdicts are used again elsewhere (see {@link judgeOnce}). */
  judge?: Judge;
}

/** The report on what was read, under the policy and, optionally, a second one. */
export function buildReport(tally: Tally, options: ReportOptions): Report {
  const strict = options.strict === true;
  const insecure = options.insecure === true;
  const judge = options.judge ?? judgeOnce(options.policy, strict, insecure);
  const main = breakdown(tally.counts, options.policy, strict, judge, insecure);
  const requests = tally.requests;
  const by = options.by && tally.days ? options.by : null;
  const periods = by && tally.days ? periodsOf(tally.days, by, judge, insecure) : null;
  let compare: Comparison | null = null;
  if (options.compare) {
    const other = breakdown(tally.counts, options.compare, strict, judgeOnce(options.compare, strict, insecure), insecure);
    const difference = other.notified.requests - main.notified.requests;
    compare = {
      ...other,
      difference: share(difference, requests),
    };
  }
  return {
    inputs: options.inputs,
    generated: (options.now ?? new Date()).toISOString(),
    span: spanOf(tally.days),
    lines: tally.lines,
    requests,
    ...whatCounted(tally, options.countedExport === true),
    distinctUserAgents: tally.counts.size,
    otherUserAgents: share(tally.other, requests),
    maxDistinctUserAgents: tally.maxDistinct,
    skipped: tally.skipped,
    tooLong: tally.tooLong,
    by,
    periods,
    undated: tally.days?.get('')?.size ? [...tally.days.get('')!.values()].reduce((a, b) => a + b, 0) : 0,
    ...main,
    compare,
    ...wholeTables(tally.counts, tally.visitors, judge, requests),
  };
}
