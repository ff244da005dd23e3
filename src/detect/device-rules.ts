/**
 * Devices whose browser comes with the device and cannot be swapped: TVs, set-top boxes,
 * game consoles, cars, e-readers and watches. A notice could only nag their owners, so
 * they are judged `unknown` and never notified, whatever browser version they claim —
 * and client hints (a TV's Chromium sends them) never turn that into a notice.
 *
 * One row per class of device, recognised by the platform tokens such devices send, in
 * any case (`Smart TV`, `SmartTv`, `SMART-TV`, `smarttv` all occur). These rules read the
 * whole user agent, the Android device model included: a TV box's model is what says it
 * is one. Each pattern is an alternation of literal tokens with bounded gaps (linear
 * time) and ES5 syntax: the script tag's second stage carries them.
 *
 * Measured, not guessed: every TV, set-top box, console and watch of the public corpora
 * (test/conformance: uap-core's OS fixtures were set aside before these rules were written,
 * and their figure is in docs/conformance.md) must match a row, and no browser of the
 * `user-agents` dataset or of the oracles' browser rows may match one unless it is such a
 * device.
 */
export interface DeviceRule {
  /** The class of device, shown in the verdict's reason. */
  name: string;
  pattern: RegExp;
}

export const DEVICE_RULES: readonly DeviceRule[] = [
  // Set-top boxes and streaming sticks, before TVs (a "TV Box" is a box): Chromecast (CrKey), Apple TV, Roku, Fire TV (its
  // models start AFT), Xiaomi's Mi Box, Android TV boxes that say "box".
  { name: 'set-top box', pattern: /crkey\/|apple ?tv|appletv|\broku|\baft[a-z]{1,4}\b|mibox|tv ?box|\bstb\b/i },
  // TV platforms and the word TV itself as its own word (`LG Google TV`, `Opera TV`,
  // `TV Bro/1.0`, a `TV` field), smart-TV spellings, HbbTV, a product named …TV with a version
  // (`WebTV/2.6`, `GoogleTV/162853`), and the TV browsers and middleware that name themselves
  // (NetCast, NETTV, NetRange, Inettv, Opera TV Store's OMI).
  { name: 'TV', pattern: /smart[- _]?tv|\btv\b|google ?tv|web0s|webos[.; ]{0,2}tv|netcast|nettv|netrange|inettv|hbbtv|tv\/\d|\bomi\/|bravia|viera|aquos|philipstv|large screen|mitv|tizen[ /][\d.]{1,8}[;)] ?(?:tv|smart)|; ?tv;/i },
  // Game consoles (Xbox also as `XBOX_ONE_ED`, the console's Edge).
  { name: 'game console', pattern: /playstation|xbox(?![a-z])|nintendo|\bwii\b|\bpsp\b|ouya/i },
  // Cars: Tesla's browser (QtCarBrowser, `Tesla/`).
  { name: 'car', pattern: /qtcarbrowser|\btesla\//i },
  // Palm's and HP's webOS phones and tablets (2009–2011): no other browser ever ran there.
  { name: 'webOS phone or tablet', pattern: /webos\/\d|hpwos/i },
  // E-readers (Kindle's own browser, not a Fire tablet's Silk) and watches.
  { name: 'e-reader or watch', pattern: /\bkindle\/|\bkobo|watch ?os|\bwatch\d/i },
];

/** All device classes as one pattern, for the common case (no match). */
export const ANY_DEVICE = new RegExp(DEVICE_RULES.map((rule) => '(?:' + rule.pattern.source + ')').join('|'), 'i');
