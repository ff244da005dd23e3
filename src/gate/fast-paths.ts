/**
 * The shapes that most real traffic has, read without ua-parser-js: current Chrome,
 * Edge, Firefox and Safari with nothing but their own tokens. Each entry names the
 * agent rule (in detect/agent-rules.ts) that the full parse would reach, and says
 * where the version and OS are, so that the verdict comes out identical — a test
 * checks that over every fixture and the whole `user-agents` dataset. Anything
 * else, or anything with an extra token, is left to the full parse.
 *
 * The same table is the script tag's first stage: a browser that matches a path
 * and meets the policy's minimum is done, without loading anything more.
 * Patterns are anchored, linear, and see at most 512 characters.
 */
export interface FastPath {
  /** The agent rule the full parse would apply (its name, agent, precision and engine line). */
  rule: string;
  /** First letters of the platforms it accepts (after `Mozilla/5.0 (`): a cheap filter before the pattern. */
  platforms: string;
  pattern: RegExp;
  /** The raw version and the OS, from the match. */
  read: (match: RegExpExecArray) => { version: string; os: FastMatch['os'] };
  /**
   * Capture group of the only free text in the pattern (a device model), which the
   * caller checks for bot tokens; everything else is fixed text that cannot spell one.
   */
  free?: number;
}

// Platform tokens, spelled the way the full parse reads them into the same OS name and version.
const WINDOWS = 'Windows NT (10\\.0|6\\.[0-3]|5\\.[12])(?:; (?:Win64; x64|WOW64))?';
const MAC_UNDERSCORED = 'Macintosh; Intel Mac OS X (1\\d_\\d{1,2}(?:_\\d{1,2})?)';
const LINUX = 'X11; Linux x86_64()';
const ANDROID = 'Linux; Android (\\d{1,2}(?:\\.\\d{1,2}){0,2})(?:; ([\\w .\\-/]{1,40}))?';
const CHROME = ' AppleWebKit\\/537\\.36 \\(KHTML, like Gecko\\) Chrome\\/(\\d{1,4})\\.\\d{1,5}\\.\\d{1,5}\\.\\d{1,5}';

export const FAST_PATHS: readonly FastPath[] = [
  {
    rule: 'Chromium-based browser', platforms: 'WMX',
    pattern: new RegExp(`^Mozilla\\/5\\.0 \\((?:${WINDOWS}|${MAC_UNDERSCORED}|${LINUX})\\)${CHROME} Safari\\/537\\.36$`),
    read: (m) => ({ version: m[4]!, os: desktopOs(m) }),
  },
  {
    rule: 'Chromium-based browser on Android', platforms: 'L',
    pattern: new RegExp(`^Mozilla\\/5\\.0 \\(${ANDROID}\\)${CHROME} (?:Mobile )?Safari\\/537\\.36$`),
    read: (m) => ({ version: m[3]!, os: { name: 'Android', version: m[1]! } }),
    free: 2,
  },
  {
    rule: 'Chromium-based browser', platforms: 'X',
    pattern: new RegExp(`^Mozilla\\/5\\.0 \\(X11; CrOS (?:x86_64|aarch64|armv7l) (\\d{1,6}(?:\\.\\d{1,4}){0,3})\\)${CHROME} Safari\\/537\\.36$`),
    read: (m) => ({ version: m[2]!, os: { name: 'Chromium OS', version: m[1]! } }),
  },
  {
    rule: 'Samsung Internet', platforms: 'L',
    pattern: new RegExp(`^Mozilla\\/5\\.0 \\(${ANDROID}\\) AppleWebKit\\/537\\.36 \\(KHTML, like Gecko\\) SamsungBrowser\\/(\\d{1,3}\\.\\d{1,3}) Chrome\\/\\d{1,4}\\.\\d{1,5}\\.\\d{1,5}\\.\\d{1,5} (?:Mobile )?Safari\\/537\\.36$`),
    read: (m) => ({ version: m[3]!, os: { name: 'Android', version: m[1]! } }),
    free: 2,
  },
  {
    rule: 'Edge', platforms: 'WMX',
    pattern: new RegExp(`^Mozilla\\/5\\.0 \\((?:${WINDOWS}|${MAC_UNDERSCORED}|${LINUX})\\)${CHROME} Safari\\/537\\.36 Edg\\/(\\d{1,4})[\\d.]{0,20}$`),
    read: (m) => ({ version: m[5]!, os: desktopOs(m) }),
  },
  {
    rule: 'Firefox', platforms: 'WMX',
    pattern: /^Mozilla\/5\.0 \((?:Windows NT (10\.0|6\.[0-3]|5\.[12])(?:; (?:Win64; x64|WOW64))?|Macintosh; Intel Mac OS X (1\d\.\d{1,2})|X11; Linux x86_64()); rv:[\d.]{1,10}\) Gecko\/20100101 Firefox\/(\d{1,4})\.\d{1,3}$/,
    read: (m) => ({ version: m[4]!, os: desktopOs(m) }),
  },
  {
    rule: 'Firefox for Android', platforms: 'A',
    pattern: /^Mozilla\/5\.0 \(Android (\d{1,2}(?:\.\d{1,2}){0,2}); (?:Mobile|Tablet); rv:[\d.]{1,10}\) Gecko\/[\d.]{1,10} Firefox\/(\d{1,4})\.\d{1,3}$/,
    read: (m) => ({ version: m[2]!, os: { name: 'Android', version: m[1]! } }),
  },
  {
    rule: 'browser on iOS', platforms: 'i',
    pattern: /^Mozilla\/5\.0 \((?:iPhone; CPU iPhone|iPad; CPU) OS (\d{1,2}_\d{1,2}(?:_\d{1,2})?) like Mac OS X\) AppleWebKit\/605\.1\.15 \(KHTML, like Gecko\) (?:(?:CriOS|FxiOS|EdgiOS|GSA)\/[\d.]{1,20} )?(?:Version\/(\d{1,2}\.\d{1,2})(?:\.\d{1,2})? )?Mobile\/[0-9A-Z]{1,10} Safari\/60[45]\.1(?:\.15)?$/,
    // Version/ when Safari sends it, else the OS token: as the full parse reads it.
    read: (m) => {
      const os = { name: 'iOS', version: m[1]!.replace(/_/g, '.') };
      return { version: m[2] || os.version, os };
    },
  },
  {
    rule: 'Safari', platforms: 'M',
    pattern: new RegExp(`^Mozilla\\/5\\.0 \\(${MAC_UNDERSCORED}\\) AppleWebKit\\/605\\.1\\.15 \\(KHTML, like Gecko\\) Version\\/(\\d{1,2}\\.\\d{1,2}(?:\\.\\d{1,2})?) Safari\\/605\\.1\\.15$`),
    read: (m) => ({ version: m[2]!, os: { name: 'Mac OS', version: m[1]!.replace(/_/g, '.') } }),
  },
];

/** Windows NT versions → the names the full parse reports. */
const WINDOWS_NAMES: Readonly<Record<string, string>> = {
  '10.0': '10', '6.3': '8.1', '6.2': '8', '6.1': '7', '6.0': 'Vista', '5.1': 'XP', '5.2': 'XP',
};

/** What a fast path read: the rule to apply, the raw version, the OS, and any free text. */
export interface FastMatch {
  rule: string;
  free: string;
  version: string;
  os: { name: string; version: string | null };
}

/** Desktop patterns capture Windows NT in group 1, the Mac version in group 2, Linux as an empty group 3. */
function desktopOs(match: RegExpExecArray): FastMatch['os'] {
  if (match[1] !== undefined) return { name: 'Windows', version: WINDOWS_NAMES[match[1]]! };
  if (match[2] !== undefined) return { name: 'Mac OS', version: match[2].replace(/_/g, '.') };
  return { name: 'Linux', version: null };
}

/** The fast path this user agent takes, or null for the full parse. */
export function matchFastPath(ua: string): FastMatch | null {
  const platform = ua.charAt(13);
  for (let i = 0; i < FAST_PATHS.length; i++) {
    const path = FAST_PATHS[i]!;
    if (path.platforms.indexOf(platform) === -1) continue;
    const match = path.pattern.exec(ua);
    if (!match) continue;
    const read = path.read(match);
    return { rule: path.rule, version: read.version, os: read.os, free: path.free ? match[path.free] || '' : '' };
  }
  return null;
}
