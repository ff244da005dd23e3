import { CHROME_ANDROID, CHROME_DESKTOP, CHROME_MAC_WEBKIT, CHROME_OS, EDGE, FIREFOX, FIREFOX_ANDROID, IOS, MAC_SAFARI, OPERA, SAMSUNG, type FastPattern } from './patterns';

/**
 * Why the first stage is sound, for the build and the tests (never shipped): for each
 * version group of its shapes (first-stage-source.ts), in order, the fast paths that
 * user agents whose first version is this group take (so the full rules apply that
 * path's agent rule and read the same token), and the fast path whose rule bounds it.
 *
 * `strictOnly`: Edge's or Opera's own version, which needs no bound when not strict:
 * the `Chrome/` group before it already meets the chrome minimum, and the engine check
 * accepts that. `touch`: with more than one touch point a Mac is an iPad in desktop
 * mode, which the full rules judge as iOS; the larger of the two minimums bounds it.
 */
export interface GroupBounds {
  narrows: FastPattern[];
  bound: FastPattern | { strictOnly: FastPattern } | { touch: FastPattern; otherwise: FastPattern };
}

const CHROMIUM_DESKTOP = [CHROME_DESKTOP, CHROME_OS, EDGE, OPERA];

export const FIRST_STAGE_BOUNDS: readonly GroupBounds[] = [
  { narrows: [FIREFOX], bound: FIREFOX },
  { narrows: CHROMIUM_DESKTOP, bound: CHROME_DESKTOP },
  { narrows: [EDGE], bound: { strictOnly: EDGE } },
  { narrows: [OPERA], bound: { strictOnly: OPERA } },
  { narrows: [CHROME_MAC_WEBKIT], bound: CHROME_MAC_WEBKIT },
  { narrows: [MAC_SAFARI], bound: { touch: IOS, otherwise: MAC_SAFARI } },
  { narrows: [CHROME_ANDROID], bound: CHROME_ANDROID },
  { narrows: [SAMSUNG], bound: SAMSUNG },
  { narrows: [FIREFOX_ANDROID], bound: FIREFOX_ANDROID },
  { narrows: [IOS], bound: IOS },
  { narrows: [IOS], bound: IOS },
];
