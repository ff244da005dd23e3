// Crawler words: the first stage leaves any user agent with one of them to the
// second, which checks every bot rule. Real browsers never send these.
const BOTLIKE = /bot|crawl|spider|http|google|yandex|headless|preview/i;

/**
 * The first stage's whole decision: does the site's gate (gate-regex.ts) match this
 * user agent? Sound by construction — the gate is the fast-path shapes with their
 * version groups bounded by thresholds from the same rules the full evaluation
 * applies — and checked by a test over real traffic: whatever this accepts,
 * `evaluate` calls supported.
 *
 * @param touch more than one touch point: a "Mac" may be an iPad, left to the full rules.
 */
export function gateAccepts(ua: string, gate: RegExp, touch: boolean): boolean {
  const capped = ua.slice(0, 512);
  return gate.test(capped) && !BOTLIKE.test(capped) && !(touch && /Macintosh/.test(capped));
}
