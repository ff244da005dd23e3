/**
 * User agents whose tokens contradict each other: no browser sends them, so the user agent
 * was made up, emulated or mangled, and which browser it really is cannot be known. They
 * are judged `unknown` and never notified: a notice is only for a browser positively
 * identified, and a forged user agent may only ever cost its sender the notice.
 *
 * One row per contradiction, with why no browser sends it. Read without the Android
 * device model (model-field.ts), like the agent rules. ES5 patterns, linear.
 */
export interface Contradiction {
  /** What contradicts what, shown in the verdict's reason. */
  name: string;
  pattern: RegExp;
}

export const CONTRADICTIONS: readonly Contradiction[] = [
  // Every browser on iOS and iPadOS uses the system WebKit (AppleWebKit/60x); 537.36 is the
  // number Blink froze. Desktop Chrome's device emulation and made-up lists of "real" user
  // agents send both (`iPhone OS 11_0 … AppleWebKit/537.36 … Chrome/40.0.1567.1276`).
  { name: 'An iPhone or iPad platform with the Blink engine’s AppleWebKit/537.36', pattern: /\((?:iPhone|iPad|iPod)[;)][^)]{0,200}\) ?AppleWebKit\/537\.36/i },
];

