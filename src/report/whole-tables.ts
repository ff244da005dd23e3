import type { Status, Verdict } from '../verdict';
import { percentOf } from './format';

/** One browser (a browserslist agent, or null for the user agents judged without one): every version together. */
export interface BrowserRow {
  agent: string | null;
  requests: number;
  /** Share of all requests counted, in percent rounded to one decimal. */
  percent: number;
  /** Visitors (estimate) of its requests: see `Report.visitors`. */
  visitors: number;
}

/** One browser version as the policy judged it. */
export interface VersionRow extends BrowserRow {
  version: string | null;
  status: Status;
  /** Its most frequent user agent. */
  example: string;
}

/** Every browser and every version of the requests counted, most requests first. */
export interface WholeTables {
  browsers: BrowserRow[];
  versions: VersionRow[];
}

/** A row while it is added up, with the requests of its most frequent user agent so far. */
interface Growing extends VersionRow {
  exampleRequests: number;
}

/**
 * Adds a user agent's requests to a row that already has some, keeping as its example the
 * user agent with the most requests (ties: the first in code-point order, so that the same
 * logs give the same example). The top lists (aggregate.ts) and the whole tables share it.
 * @example addToRow(row, 'Mozilla/5.0 (Windows NT 6.1; Trident/7.0; rv:11.0) like Gecko', 12)
 */
export function addToRow(row: { requests: number; example: string; exampleRequests: number }, ua: string, requests: number): void {
  row.requests += requests;
  if (requests > row.exampleRequests || (requests === row.exampleRequests && ua < row.example)) {
    row.example = ua;
    row.exampleRequests = requests;
  }
}

/** Sorts most requests first; ties by agent, then version (numerically), then status, so that the same logs give the same order. */
function byRequests(a: { requests: number; agent: string | null; version?: string | null; status?: string }, b: typeof a): number {
  const agentA = a.agent ?? '\uffff';
  const agentB = b.agent ?? '\uffff';
  return (
    b.requests - a.requests ||
    (agentA < agentB ? -1 : agentA > agentB ? 1 : 0) ||
    (a.version ?? '').localeCompare(b.version ?? '', 'en', { numeric: true }) ||
    (a.status ?? '').localeCompare(b.status ?? '')
  );
}

/**
 * Every browser (family) and every browser version (with its status) among the user
 * agents counted, with requests, their share of `whole`, and visitors. A version whose
 * user agents got different statuses (`insecure` on an old system, `supported` elsewhere)
 * is a row per status.
 * @example wholeTables(tally.counts, tally.visitors, judge, tally.requests).versions[0]
 */
export function wholeTables(counts: Map<string, number>, visitors: Map<string, number>, judge: (ua: string) => Verdict, whole: number): WholeTables {
  const versions = new Map<string, Growing>();
  const browsers = new Map<string | null, BrowserRow>();
  for (const [ua, requests] of counts) {
    const { agent, version, status } = judge(ua);
    const seen = visitors.get(ua) ?? 0;
    const key = `${agent ?? ''}\n${version ?? ''}\n${status}`;
    const row = versions.get(key);
    if (row === undefined) versions.set(key, { agent, version, status, requests, percent: 0, visitors: seen, example: ua, exampleRequests: requests });
    else {
      row.visitors += seen;
      addToRow(row, ua, requests);
    }
    const browser = browsers.get(agent);
    if (browser === undefined) browsers.set(agent, { agent, requests, percent: 0, visitors: seen });
    else {
      browser.requests += requests;
      browser.visitors += seen;
    }
  }
  return {
    browsers: [...browsers.values()].sort(byRequests).map((row) => ({ ...row, percent: percentOf(row.requests, whole) })),
    versions: [...versions.values()]
      .sort(byRequests)
      .map(({ agent, version, status, requests, visitors: seen, example }) => ({ agent, version, status, requests, percent: percentOf(requests, whole), visitors: seen, example })),
  };
}
