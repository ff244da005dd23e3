/**
 * The shapes that most real traffic has: current Chrome, Edge, Firefox, Samsung
 * Internet and Safari with nothing but their own tokens. Anchored, with no nested or
 * overlapping quantifiers, so linear; read on at most 512 characters. Two things are
 * built on them: the server's fast path (fast-paths.ts), and the narrower shapes of the
 * script tag's first stage (first-stage-shapes.ts, first-stage-bounds.ts).
 */
export interface FastPattern {
  /** First letters of the platforms it accepts (after `Mozilla/5.0 (`): a cheap filter before the pattern. */
  platforms: string;
  pattern: RegExp;
  /** Capture groups that hold the version, first one present wins (`_` reads as `.`). */
  version: number[];
  /**
   * Capture group of the only free text in the pattern, to be checked for a TV's tokens
   * (device-rules.ts); everything else is fixed text that cannot spell one.
   */
  free?: number;
  /**
   * The free text is a product's own words (Opera's edition), checked for a tool's tokens
   * too; an Android device model is not (model-field.ts: phones are named "M bot 54").
   */
  tool?: true;
}

// Desktop platforms capture Windows NT in group 1, the Mac version in group 2, Linux as an empty group 3.
const DESKTOP = '(?:Windows NT (10\\.0|6\\.[0-3]|5\\.[12])(?:; (?:Win64; x64|WOW64))?|Macintosh; Intel Mac OS X (1\\d_\\d+(?:_\\d+)?)|X11; Linux x86_64())';
// Android captures its version in group 1 and the device model, if any, in group 2: what
// a model holds (letters, digits, space, `.`, `_`, `-`), never a token (`Trident/7.0`), and
// the build it may be followed by.
const ANDROID = 'Linux; Android (\\d+(?:\\.\\d+){0,2})(?:; ([\\w .\\-]+?(?: Build\\/[\\w.\\-]+)?))?';
export const WEBKIT = ' AppleWebKit\\/537\\.36 \\(KHTML, like Gecko\\) ';
const CHROME = 'Chrome\\/(\\d+)\\.\\d+\\.\\d+\\.\\d+';

// One constant per shape, so that the first stage's shapes can name the ones they narrow (first-stage-bounds.ts).
// The shapes are disjoint: no user agent matches two, so their order does not matter.
export const CHROME_DESKTOP: FastPattern = { platforms: 'WMX', pattern: /* @__PURE__ */ new RegExp(`^Mozilla\\/5\\.0 \\(${DESKTOP}\\)${WEBKIT}${CHROME} Safari\\/537\\.36$`), version: [4] };
export const CHROME_ANDROID: FastPattern = { platforms: 'L', pattern: /* @__PURE__ */ new RegExp(`^Mozilla\\/5\\.0 \\(${ANDROID}\\)${WEBKIT}${CHROME} (?:Mobile )?Safari\\/537\\.36$`), version: [3], free: 2 };
export const CHROME_OS: FastPattern = { platforms: 'X', pattern: /* @__PURE__ */ new RegExp(`^Mozilla\\/5\\.0 \\(X11; CrOS (?:x86_64|aarch64|armv7l) (\\d+(?:\\.\\d+){0,3})\\)${WEBKIT}${CHROME} Safari\\/537\\.36$`), version: [2] };
export const SAMSUNG: FastPattern = { platforms: 'L', pattern: /* @__PURE__ */ new RegExp(`^Mozilla\\/5\\.0 \\(${ANDROID}\\)${WEBKIT}SamsungBrowser\\/(\\d+\\.\\d+) Chrome\\/[\\d.]+ (?:Mobile )?Safari\\/537\\.36$`), version: [3], free: 2 };
export const EDGE: FastPattern = { platforms: 'WMX', pattern: /* @__PURE__ */ new RegExp(`^Mozilla\\/5\\.0 \\(${DESKTOP}\\)${WEBKIT}${CHROME} Safari\\/537\\.36 Edg\\/(\\d+)[\\d.]*$`), version: [5] };
export const OPERA: FastPattern = { platforms: 'WMX', pattern: /* @__PURE__ */ new RegExp(`^Mozilla\\/5\\.0 \\(${DESKTOP}\\)${WEBKIT}${CHROME} Safari\\/537\\.36 OPR\\/(\\d+)[\\d.]*(?: \\(Edition ([\\w -]{1,30})\\))?$`), version: [5], free: 6, tool: true };
// ua-parser-js knows Gecko only by an `rv:` of at most 9 characters (the full rules need
// Gecko): a longer one goes to the full rules, which say unknown.
export const FIREFOX: FastPattern = { platforms: 'WMX', pattern: /^Mozilla\/5\.0 \((?:Windows NT (10\.0|6\.[0-3]|5\.[12])(?:; (?:Win64; x64|WOW64))?|Macintosh; Intel Mac OS X (1\d\.\d+)|X11; Linux x86_64()); rv:[\d.]{1,9}\) Gecko\/20100101 Firefox\/(\d+)\.\d+$/, version: [4] };
export const FIREFOX_ANDROID: FastPattern = { platforms: 'A', pattern: /^Mozilla\/5\.0 \(Android (\d{1,2}(?:\.\d{1,2}){0,2}); (?:Mobile|Tablet); rv:[\d.]{1,9}\) Gecko\/[\d.]+ Firefox\/(\d+)\.\d+$/, version: [2] };
// Any browser on iOS (all WebKit). The server reads the iOS version from both groups
// (ios-version.ts); the first stage's gate requires both to meet the minimum, which
// can only be stricter.
export const IOS: FastPattern = { platforms: 'i', pattern: /^Mozilla\/5\.0 \((?:iPhone; CPU iPhone|iPad; CPU) OS (\d+_\d+(?:_\d+)?) like Mac OS X\) AppleWebKit\/605\.1\.15 \(KHTML, like Gecko\) (?:(?:CriOS|FxiOS|EdgiOS|GSA)\/[\d.]+ )?(?:Version\/(\d+\.\d+)(?:\.\d+)? )?Mobile\/[0-9A-Z]+(?: Safari\/60[45]\.1(?:\.15)?(?: Brave| Ddg\/[\d.]+| OPT\/[\d.]+)?)?$/, version: [2, 1] };
// Some macOS apps send Safari's WebKit tokens with a Chrome/ token; the full rules read them as Chrome.
export const CHROME_MAC_WEBKIT: FastPattern = { platforms: 'M', pattern: /^Mozilla\/5\.0 \(Macintosh; Intel Mac OS X (1\d_\d+(?:_\d+)?)\) AppleWebKit\/605\.1\.15 \(KHTML, like Gecko\) Chrome\/(\d+)\.\d+\.\d+\.\d+ Safari\/605\.1\.15$/, version: [2] };
export const MAC_SAFARI: FastPattern = { platforms: 'M', pattern: /^Mozilla\/5\.0 \(Macintosh; Intel Mac OS X (1\d_\d+(?:_\d+)?)\) AppleWebKit\/605\.1\.15 \(KHTML, like Gecko\) Version\/(\d+\.\d+(?:\.\d+)?) Safari\/605\.1\.15$/, version: [2] };

/** Every shape, in the order the server tries them. */
export const FAST_PATTERNS: readonly FastPattern[] = [CHROME_DESKTOP, CHROME_ANDROID, CHROME_OS, SAMSUNG, EDGE, FIREFOX, FIREFOX_ANDROID, IOS, MAC_SAFARI, OPERA, CHROME_MAC_WEBKIT];

/** The first pattern that matches (its index), with the match; null when none does. */
export function matchPattern(ua: string): { index: number; match: RegExpExecArray } | null {
  const platform = ua.charAt(13);
  for (let i = 0; i < FAST_PATTERNS.length; i++) {
    const entry = FAST_PATTERNS[i]!;
    if (entry.platforms.indexOf(platform) === -1) continue;
    const match = entry.pattern.exec(ua);
    if (match) return { index: i, match };
  }
  return null;
}

/** The version a pattern read, with iOS's `18_6` written `18.6`. */
export function patternVersion(entry: FastPattern, match: RegExpExecArray): string {
  for (let i = 0; i < entry.version.length; i++) {
    const value = match[entry.version[i]!];
    if (value) return value.replace(/_/g, '.');
  }
  return '';
}
