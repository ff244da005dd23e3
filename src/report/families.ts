import type { Status, Verdict } from '../detect/verdict';
import { percentOf } from './format';

/**
 * The whole tables of the report: every browser version judged, and the browser
 * families (browserslist agents) the trends per period are told in. The top lists of
 * aggregate.ts are the first rows of these, by status.
 */

/** One browser version with its status and its most frequent user agent; `percent` is of the requests judged. */
export interface BrowserVersionShare {
  agent: string;
  version: string;
  status: Status;
  requests: number;
  percent: number;
  example: string;
}

/** One browser family's requests in one period; `percent` is of the period's requests. */
export interface FamilyShare {
  family: string;
  requests: number;
  percent: number;
}

/**
 * The family a verdict counts under in trends: its browserslist agent (`chrome`,
 * `ios_saf`), or `bot` and `unknown` as the verdict's status says (no browserslist agent
 * is named so): a bot that names a browser is still a bot, and the families add up to
 * the rows of {@link everyVersion} and the status table's bots and unknown.
 * @example familyOf(evaluate(ua, options)) // 'firefox'
 */
export function familyOf(verdict: Pick<Verdict, 'status' | 'agent'>): string {
  if (verdict.status === 'bot' || verdict.status === 'unknown') return verdict.status;
  return verdict.agent ?? 'unknown';
}

/** Most requests first; ties by agent, then version in number order, then status: the same logs give the same table. */
function compareVersions(a: BrowserVersionShare, b: BrowserVersionShare): number {
  return (
    b.requests - a.requests ||
    (a.agent < b.agent ? -1 : a.agent > b.agent ? 1 : 0) ||
    a.version.localeCompare(b.version, 'en', { numeric: true }) ||
    (a.status < b.status ? -1 : a.status > b.status ? 1 : 0)
  );
}

/**
 * Every browser version among `counts` with its status under `judge`, most requests
 * first, `percent` of the requests judged (as in the top lists). Bots and user agents
 * without a browser and version (`unknown`) are left out: the status table counts them. A version judged two ways (`insecure` on one system,
 * `supported` on another) is a row per status.
 * @example everyVersion(tally.counts, judgeOnce(policy, false))[0] // { agent: 'chrome', version: '140', status: 'supported', … }
 */
export function everyVersion(counts: Map<string, number>, judge: (ua: string) => Verdict): BrowserVersionShare[] {
  let total = 0;
  const rows = new Map<string, BrowserVersionShare & { exampleRequests: number }>();
  for (const [ua, requests] of counts) {
    total += requests;
    const verdict = judge(ua);
    if (verdict.status === 'bot' || verdict.status === 'unknown' || verdict.agent === null) continue;
    const version = verdict.version ?? '?';
    const key = `${verdict.status} ${verdict.agent} ${version}`;
    const row = rows.get(key);
    if (!row) rows.set(key, { agent: verdict.agent, version, status: verdict.status, requests, percent: 0, example: ua, exampleRequests: requests });
    else {
      row.requests += requests;
      if (requests > row.exampleRequests || (requests === row.exampleRequests && ua < row.example)) {
        row.example = ua;
        row.exampleRequests = requests;
      }
    }
  }
  return [...rows.values()]
    .map(({ agent, version, status, requests, example }) => ({ agent, version, status, requests, percent: percentOf(requests, total), example }))
    .sort(compareVersions);
}
