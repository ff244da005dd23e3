import type { BrowserId } from './locales/types';

/** What the notice asks the visitor to do (the advice, advice/advise.ts, chooses it). */
export type Action = 'update' | 'switch' | 'update-os' | 'none';

/**
 * How a user agent stands against the site's policy. `insecure` only with the `insecure`
 * option: the policy accepts it, but its last version on the visitor's system gets no
 * security fixes any more.
 */
export type Status = 'supported' | 'outdated' | 'unsupported' | 'insecure' | 'unknown' | 'bot';

/**
 * Whether a status is one the notice is shown for: `outdated`, `unsupported`, `insecure`.
 * @example isNotified(verdict.status)
 */
export function isNotified(status: string): boolean {
  return status === 'outdated' || status === 'unsupported' || status === 'insecure';
}

/**
 * The result of {@link evaluate}. Only `outdated`, `unsupported` and (with the `insecure`
 * option) `insecure` visitors are ever notified.
 */
export interface Verdict {
  /** `supported`, `outdated` (below the policy's minimum), `unsupported` (not in the policy), `insecure` (see {@link Status}), `unknown` or `bot`. */
  status: Status;
  /** browserslist agent name (`chrome`, `ios_saf`, …), or null when none applies. */
  agent: string | null;
  /** The browser's version as the agent counts it (`157`, `16.5`; `all` for an Opera Mini that states none), or null. */
  version: string | null;
  /** The operating system as far as the user agent tells it. */
  os: { name: string | null; version: string | null };
  /** The policy's minimum for `agent` (`all` for Opera Mini), or null when the policy has none. */
  minimum: string | null;
  /** One English sentence explaining the status, for logs and preview mode. */
  reason: string;
  /**
   * What to ask of the visitor: `update` their browser, `switch` to another, `update-os`
   * (no browser that meets the policy and still gets security fixes runs on this system,
   * or iOS where every browser is WebKit), or `none`.
   */
  action: Action;
  /**
   * Browsers worth installing on this device, best first: their newest version for it meets
   * the policy and still gets security fixes on the day judged (`now`).
   */
  recommend: BrowserId[];
}

/**
 * A verdict before judging: no browser, no advice, the status and reason given. Every
 * verdict starts here, so its fields are always the same, in the same order.
 *
 * @example newVerdict('unknown', 'The user agent is empty.')
 */
export function newVerdict(status: Status, reason: string, os?: Verdict['os']): Verdict {
  return {
    status,
    agent: null,
    version: null,
    os: os || { name: null, version: null },
    minimum: null,
    reason,
    action: 'none',
    recommend: [],
  };
}
