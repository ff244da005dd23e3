import { hasOwn } from '../has-own';

/**
 * Windows versions by the name people (and ua-parser-js) use → the NT version a user agent
 * sends (`Windows NT 6.3`), in which the security-fix table (advice/os-limits.ts) is written.
 * https://learn.microsoft.com/windows/win32/sysinfo/operating-system-version
 */
export const WINDOWS_NT: Readonly<Record<string, string>> = {
  '95': '4.0', '98': '4.1', 'ME': '4.9', 'NT 4.0': '4.0', '2000': '5.0', 'XP': '5.1', 'Vista': '6.0',
  '7': '6.1', '8': '6.2', '8.1': '6.3', '10': '10.0', '11': '10.0',
};

/**
 * The NT version of a Windows name, or null for a name the table lacks.
 * @example windowsNt('8.1') // '6.3'
 */
export function windowsNt(name: string): string | null {
  return hasOwn(WINDOWS_NT, name) ? WINDOWS_NT[name]! : null;
}

/**
 * The Windows name of a client hint's platform version, or null. 13 and up is Windows 11,
 * 1 to 10 is Windows 10, and 0.1, 0.2, 0.3 are 7, 8, 8.1: NT 6.1, 6.2, 6.3, whose minor
 * the hint repeats (https://learn.microsoft.com/microsoft-edge/web-platform/how-to-detect-win11).
 * @example windowsOfHint('0.3') // '8.1'
 * @example windowsOfHint('15.0.0') // '11'
 */
export function windowsOfHint(platformVersion: string): string | null {
  const major = parseInt(platformVersion, 10);
  if (major >= 13) return '11';
  if (major >= 1) return '10';
  const minor = /^0\.([1-3])(?:\.|$)/.exec(platformVersion);
  for (const name in WINDOWS_NT) if (minor && WINDOWS_NT[name] === '6.' + minor[1]) return name;
  return null;
}
