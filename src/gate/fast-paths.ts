/**
 * The server's fast path: for a user agent in one of the common shapes
 * (patterns.ts), the agent rule that the full parse would reach and the OS it would
 * report, read without ua-parser-js, so that the verdict comes out identical — a
 * test checks that over every fixture and the whole `user-agents` dataset.
 */
import { iosVersion } from '../detect/ios-version';
import { FAST_PATTERNS, matchPattern, patternVersion } from './patterns';

type Os = { name: string; version: string | null };

/** Windows NT versions → the names the full parse reports. */
const WINDOWS_NAMES: Readonly<Record<string, string>> = {
  '10.0': '10', '6.3': '8.1', '6.2': '8', '6.1': '7', '6.0': 'Vista', '5.1': 'XP', '5.2': 'XP',
};

function desktopOs(match: RegExpExecArray): Os {
  if (match[1] !== undefined) return { name: 'Windows', version: WINDOWS_NAMES[match[1]]! };
  if (match[2] !== undefined) return { name: 'Mac OS', version: match[2].replace(/_/g, '.') };
  return { name: 'Linux', version: null };
}

const android = (match: RegExpExecArray): Os => ({ name: 'Android', version: match[1]! });

/**
 * Per pattern, in the same order: the agent rule the full parse applies, the OS it
 * reports, and where the rule reads its version in its own way, that version.
 */
export const FAST_PATHS: ReadonlyArray<{ rule: string; os: (match: RegExpExecArray) => Os; version?: (match: RegExpExecArray) => string }> = [
  { rule: 'Chromium-based browser', os: desktopOs },
  { rule: 'Chromium-based browser on Android', os: android },
  { rule: 'Chromium-based browser', os: (match) => ({ name: 'Chromium OS', version: match[1]! }) },
  { rule: 'Samsung Internet', os: android },
  { rule: 'Edge', os: desktopOs },
  { rule: 'Firefox', os: desktopOs },
  { rule: 'Firefox for Android', os: android },
  {
    rule: 'browser on iOS',
    os: (match) => ({ name: 'iOS', version: match[1]!.replace(/_/g, '.') }),
    version: (match) => iosVersion(match[1]!.replace(/_/g, '.'), match[2]) || '',
  },
  { rule: 'Safari', os: (match) => ({ name: 'Mac OS', version: match[1]!.replace(/_/g, '.') }) },
  { rule: 'Opera', os: desktopOs },
  { rule: 'Chromium-based browser', os: (match) => ({ name: 'Mac OS', version: match[1]!.replace(/_/g, '.') }) },
];

/** What a fast path read: the rule to apply, the raw version, the OS, and the free text to check for a TV's (and, when `tool`, a tool's) tokens. */
export interface FastMatch {
  rule: string;
  version: string;
  os: Os;
  free: string;
  tool: boolean;
}

/** The fast path this user agent takes, or null for the full parse. */
export function matchFastPath(ua: string): FastMatch | null {
  const found = matchPattern(ua);
  if (!found) return null;
  const entry = FAST_PATTERNS[found.index]!;
  const path = FAST_PATHS[found.index]!;
  return {
    rule: path.rule,
    version: path.version ? path.version(found.match) : patternVersion(entry, found.match),
    os: path.os(found.match),
    free: entry.free ? found.match[entry.free] || '' : '',
    tool: !!entry.tool,
  };
}
