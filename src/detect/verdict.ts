import type { Action } from '../advice/advise';
import type { RecommendableBrowser } from '../advice/os-limits';

/** How a user agent stands against the site's policy. */
export type Status = 'supported' | 'outdated' | 'unsupported' | 'unknown' | 'bot';

/**
 * The result of {@link evaluate}. Only `outdated` and `unsupported` visitors are
 * ever notified.
 */
export interface Verdict {
  /** `supported`, `outdated` (below the policy's minimum), `unsupported` (not in the policy), `unknown` or `bot`. */
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
  recommend: RecommendableBrowser[];
}
