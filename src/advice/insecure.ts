import { hasOwn } from '../has-own';
import type { Policy } from '../policy/types';
import { compareVersions } from '../version';
import { findOsLimit, type AdviceInput } from './advise';
import type { BrowserId } from '../locales/types';
import { OS_LIMITS } from './os-limits';
import { OWN_BROWSER } from './own-browser';

/**
 * Whether the visitor's browser, however well it meets the policy, gets no security fixes on
 * its system on `day` ('YYYY-MM-DD'): it is Firefox, Chrome or Edge at or below the last
 * version for that system (os-limits.ts), and that version's fixes have ended. Chrome 109 on
 * Windows 7 after 10 January 2023 is such a browser. A version above the last (a fork that
 * keeps patching an old system) or a system the table does not limit is never called so, and
 * neither is a date the table does not know (an empty `day`).
 *
 * @example
 * ```ts
 * const chrome109OnWindows7 = { status: 'supported', agent: 'chrome', version: '109', os: { name: 'Windows', version: '7' } };
 * lostFixes(chrome109OnWindows7, '2026-11-30'); // true
 * lostFixes(chrome109OnWindows7, '2022-06-01'); // false
 * ```
 */
export function lostFixes(input: AdviceInput, day: string): boolean {
  const own = input.agent && hasOwn(OWN_BROWSER, input.agent) ? OWN_BROWSER[input.agent]! : null;
  const limit = own && own.link && day ? findOsLimit(input.os.name, input.os.version) : null;
  if (!limit || limit === 'older') return false;
  const last = limit.last[own!.link!];
  return !!last && last !== 'unknown' && parseInt(input.version || '', 10) <= last[0] && last[1] <= day;
}

/** The browserslist agents each browser of the table is judged by. */
const AGENTS_OF: Readonly<Record<BrowserId, readonly string[]>> = {
  firefox: ['firefox', 'and_ff'],
  chrome: ['chrome', 'and_chr'],
  edge: ['edge'],
};

/**
 * The policy for the first stage's gate of a site built with `--insecure`: every version that
 * is the last on some system in the table (and so may be without fixes there, on some day) is
 * below its minimum, so that such a browser loads the second stage, which judges its system and
 * day. Costs the second stage's download for those versions only; current ones are above them all.
 *
 * @example
 * ```ts
 * insecureGatePolicy(compilePolicy('chrome >= 109')).agents.chrome; // '151': 150 is the last on macOS 12
 * ```
 */
export function insecureGatePolicy(policy: Policy): Policy {
  const agents: Record<string, string> = {};
  for (const agent in policy.agents) if (hasOwn(policy.agents, agent)) agents[agent] = policy.agents[agent]!;
  for (let i = 0; i < OS_LIMITS.length; i++) {
    const last = OS_LIMITS[i]!.last;
    for (const browser in AGENTS_OF) {
      const frozen = last[browser as BrowserId];
      if (!frozen || frozen === 'unknown') continue;
      const above = String(frozen[0] + 1);
      const list = AGENTS_OF[browser as BrowserId];
      for (let j = 0; j < list.length; j++) {
        const minimum = agents[list[j]!];
        if (minimum !== undefined && minimum !== 'all' && compareVersions(minimum, above) < 0) agents[list[j]!] = above;
      }
    }
  }
  return { ...policy, agents };
}
