/**
 * The first stage's whole decision: does the site's gate (thresholds.ts) match this
 * user agent? The gate is fast-path shapes, narrowed, with their version groups bounded
 * by thresholds from the same rules the full evaluation applies, and a test over real
 * traffic checks that whatever this accepts, `evaluate` calls supported.
 *
 * The shapes' only free text is an Android device model. A crawler or TV that names
 * itself there with a word that is not below (say `BRAVIA`) passes the first stage
 * where the full rules would call it a bot or unknown; either way it sees no notice.
 * Touch needs no check: a Mac with touch may be an iPad in desktop mode, but only
 * Safari's user agent says so, and the gate has no Safari-on-macOS shape.
 */
export function gateAccepts(ua: string, gate: RegExp): boolean {
  const capped = ua.slice(0, 512);
  // Crawler words: any user agent with one of them is left to the second stage, which
  // checks every bot rule. Real browsers never send these.
  return gate.test(capped) && !/bot|crawl|spider|http|google|yandex|headless|preview/i.test(capped);
}
