/**
 * Agents that caniuse-lite lists with only their newest version, because they
 * update themselves and their usage is folded into one entry. A query that keeps
 * such an agent would otherwise reject a visitor one release behind, so the
 * compiled minimum is widened to the desktop line the browser shares its engine
 * and version numbers with, and never above the release before the newest.
 *
 * Source: caniuse-lite `agents` data (and_chr, and_ff and android each list one
 * current version; android's older entries 2.1–4.4.4 are the pre-Chromium browser).
 */
export const STALE_AGENTS: ReadonlyArray<{ agent: string; desktop: string; firstStale: string }> = [
  { agent: 'and_chr', desktop: 'chrome', firstStale: '0' },
  { agent: 'and_ff', desktop: 'firefox', firstStale: '0' },
  // Only the Chromium-based WebView entry is stale; 4.4.4 and below are real versions.
  { agent: 'android', desktop: 'chrome', firstStale: '5' },
];
