/**
 * The server's fast path: for a user agent in one of the common shapes (FAST_PATHS,
 * generated from src/shapes/browser-shapes.ts), the agent rule that the full parse would
 * reach and the OS it would report, read without ua-parser-js, so that the verdict comes
 * out identical — a test checks that over every fixture and the whole `user-agents` dataset.
 */
import { WINDOWS_NT } from '../os/windows-versions';
import { iosVersion } from '../os/ios-version';
import { FAST_PATHS } from './paths.generated';
import type { FastPath } from './types';

type Os = { name: string; version: string | null };

/**
 * Windows NT versions → the names the full parse reports: WINDOWS_NT read backwards, the
 * first name of each version (`10.0` is 10: a user agent cannot tell 11), and XP x64's 5.2,
 * which ua-parser-js calls XP too.
 */
const WINDOWS_NAMES: Readonly<Record<string, string>> = /* @__PURE__ */ (() => {
  const names: Record<string, string> = Object.create(null);
  // for-in, not for-of: the main entry is ES5, and for-of over an array needs Symbol.iterator.
  for (const name in WINDOWS_NT) names[WINDOWS_NT[name]!] ??= name;
  names['5.2'] = 'XP';
  return names;
})();

/** The OS as the full parse reports it: Windows by name, the others' `10_15_7` as `10.15.7`, none when the token states no version. */
function readOs(path: FastPath, match: RegExpExecArray): Os {
  for (let i = 0; i < path.systems.length; i++) {
    const name = path.systems[i]![0];
    const version = match[path.systems[i]![1]];
    if (version === undefined) continue;
    return { name, version: name === 'Windows' ? WINDOWS_NAMES[version]! : version ? version.replace(/_/g, '.') : null };
  }
  return { name: '', version: null };
}

/** What a fast path read: the rule to apply, the raw version, the OS, and the free text to check for a TV's (and, when `tool`, a tool's) tokens. */
export interface FastMatch {
  rule: string;
  version: string;
  os: Os;
  free: string;
  tool: boolean;
}

/** The first fast path whose pattern matches, with the match; null when none does. */
export function matchPattern(ua: string): { path: FastPath; match: RegExpExecArray } | null {
  const platform = ua.charAt(13);
  for (let i = 0; i < FAST_PATHS.length; i++) {
    const path = FAST_PATHS[i]!;
    if (path.platforms.indexOf(platform) === -1) continue;
    const match = path.pattern.exec(ua);
    if (match) return { path, match };
  }
  return null;
}

/**
 * The fast path this user agent takes, or null for the full parse.
 *
 * @example
 * ```ts
 * matchFastPath('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36');
 * // { rule: 'Chromium-based browser', version: '150', os: { name: 'Linux', version: null }, free: '', tool: false }
 * ```
 */
export function matchFastPath(ua: string): FastMatch | null {
  const found = matchPattern(ua);
  if (!found) return null;
  const { path, match } = found;
  const os = readOs(path, match);
  const version = match[path.version];
  return {
    rule: path.rule,
    version: path.iosVersion ? iosVersion(os.version!, version) || '' : (version || '').replace(/_/g, '.'),
    os,
    free: path.free ? match[path.free] || '' : '',
    tool: !!path.tool,
  };
}
