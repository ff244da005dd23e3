import browserslist from 'browserslist';
import type { Verdict } from '../verdict';
import { compareVersions } from '../version';
import { hasOwn } from '../has-own';

/**
 * browserslist's custom usage data (`browserslist-stats.json`): per agent, per version,
 * the percentage of requests. What `> 0.5% in my stats` reads.
 */
export type CustomStats = Record<string, Record<string, number>>;

/** Percentages keep this many decimals: enough for a threshold like `> 0.01%`. */
const DECIMALS = 4;

/**
 * The version as browserslist lists it for the agent: its own name when listed, else the
 * listed range that holds it (`ios_saf 15.6` → `15.6-15.8`), else as it is.
 */
function listedVersion(agent: string, version: string): string {
  const data = hasOwn(browserslist.data, agent) ? browserslist.data[agent] : undefined;
  if (!data) return version;
  const versions = data.versions.filter((listed): listed is string => typeof listed === 'string');
  if (versions.includes(version)) return version;
  for (const listed of versions) {
    const dash = listed.indexOf('-');
    if (dash === -1) continue;
    if (compareVersions(version, listed.slice(0, dash)) >= 0 && compareVersions(version, listed.slice(dash + 1)) <= 0) return listed;
  }
  return version;
}

/**
 * The share of requests per browserslist agent and version among people: requests whose
 * verdict names an agent and a version and is not `bot` or `unknown`. Shares are of
 * those requests (they add up to 100).
 * @example
 * ```ts
 * const stats = customStats(tally.counts, (ua) => evaluate(ua, { browsers: policy }));
 * browserslist('> 0.5% in my stats', { stats });
 * ```
 */
export function customStats(counts: Map<string, number>, judge: (ua: string) => Verdict): CustomStats {
  const requests = new Map<string, Map<string, number>>();
  let people = 0;
  for (const [ua, count] of counts) {
    const verdict = judge(ua);
    if (verdict.status === 'bot' || verdict.status === 'unknown' || !verdict.agent || !verdict.version) continue;
    const version = listedVersion(verdict.agent, verdict.version);
    let versions = requests.get(verdict.agent);
    if (!versions) requests.set(verdict.agent, (versions = new Map()));
    versions.set(version, (versions.get(version) ?? 0) + count);
    people += count;
  }
  const stats: CustomStats = Object.create(null) as CustomStats;
  const scale = 10 ** DECIMALS;
  for (const agent of [...requests.keys()].sort()) {
    const versions = requests.get(agent)!;
    const shares: Record<string, number> = Object.create(null) as Record<string, number>;
    for (const version of [...versions.keys()].sort((a, b) => compareVersions(a, b))) {
      shares[version] = Math.round((versions.get(version)! / people) * 100 * scale) / scale;
    }
    stats[agent] = shares;
  }
  return stats;
}
