import type { Verdict } from '../verdict';

/**
 * The browser families (browserslist agents) the trends per period are told in. The
 * whole tables of every browser and version are whole-tables.ts's.
 */

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
 * the rows of the whole tables (whole-tables.ts) and the status table's bots and unknown.
 * @example familyOf(evaluate(ua, options)) // 'firefox'
 */
export function familyOf(verdict: Pick<Verdict, 'status' | 'agent'>): string {
  if (verdict.status === 'bot' || verdict.status === 'unknown') return verdict.status;
  return verdict.agent ?? 'unknown';
}

