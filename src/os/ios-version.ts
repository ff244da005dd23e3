import { compareVersions, normalizeVersion } from '../version';

/**
 * The iOS version a user agent states. Before iOS 26 the OS token (`CPU iPhone OS 16_6`)
 * is the WebKit version every browser on iOS runs, while `Version/` lags behind minor
 * releases (Safari on iOS 10.3 sends `Version/10.0`), Edge sends `Version/<major>.0`,
 * and apps send their own numbers (`AppleNews/… Version/2.0.1`). Since iOS 26 the OS token
 * is frozen, and only `Version/` still moves. So the OS token is the version, and
 * `Version/` is read only where the OS token is a frozen one.
 *
 * Sources: WebKit blog, "WebKit Features in Safari 26.0" (September 2025): Safari 26.0 on
 * iOS sends `iPhone OS 18_6`; iOS 26.2 and later send `18_7` (reported by Pixel Envy,
 * pxlnv.com, January 2026, from an iPhone on iOS 26.3).
 */

/** OS tokens that Apple froze, as the full parse and the fast path read them (`18_6` → `18.6`). Add the next freeze here. */
export const FROZEN_IOS_TOKENS: readonly string[] = ['18.6', '18.7'];

/** Whether `osVersion` (`18.6`, `18.6.2`, `18_7_0`) is a frozen OS token: only its major and minor count. */
function isFrozen(osVersion: string): boolean {
  return FROZEN_IOS_TOKENS.indexOf(normalizeVersion(osVersion, 2) || '') !== -1;
}

/**
 * The raw iOS version: the OS token, or `Version/` where the OS token is frozen and
 * `Version/` is the higher of the two (a real iOS 18.6 sends both as 18.6; an app's own
 * `Version/2.0` must not lower it).
 */
export function iosVersion(osVersion: string | undefined, versionToken: string | undefined): string | undefined {
  if (!osVersion) return versionToken;
  if (!versionToken || !isFrozen(osVersion)) return osVersion;
  return compareVersions(versionToken, osVersion.replace(/_/g, '.')) > 0 ? versionToken : osVersion;
}
