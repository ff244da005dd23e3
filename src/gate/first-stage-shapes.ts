import { CHROME_ANDROID, CHROME_DESKTOP, CHROME_OS, EDGE, IOS, WEBKIT, type FastPattern } from './patterns';

/**
 * A shape for the script tag's first stage, built from the fast-path shapes: any user
 * agent it matches, one of the shapes it `narrows` matches too, and its version group
 * reads the same token as the `threshold` shape, whose threshold bounds it.
 */
export interface FirstStageShape extends FastPattern {
  narrows: FastPattern[];
  threshold: FastPattern;
}

// What current browsers send since Chromium's user-agent reduction froze the platform
// (https://www.chromium.org/updates/ua-reduction/): no old Windows versions, no WOW64,
// and no capture group but the version, the only thing the first stage reads.
const FROZEN_DESKTOP = '(?:Windows NT 10\\.0; Win64; x64|Macintosh; Intel Mac OS X 1\\d_\\d+(?:_\\d+)?|X11; (?:Linux x86_64|CrOS x86_64 \\d+(?:\\.\\d+){0,3}))';
const ANY_ANDROID = 'Linux; Android \\d+(?:\\.\\d+){0,2}(?:; [\\w .\\-/]+)?';
const CHROME_TOKEN = 'Chrome\\/(\\d+)\\.\\d+\\.\\d+\\.\\d+';

/**
 * The shapes the script tag's first stage recognises: the most common ones (over 95 %
 * of the traffic a `defaults` policy supports), so that its regular expression stays
 * small. The rest load the second stage, which judges them fully. Safari on macOS is
 * left to the second stage: a Mac with touch may be an iPad, and leaving Safari out is
 * what lets the first stage skip that check.
 *
 * Not strict, Edge rides on Chrome's shape: the engine check calls any Chromium-based
 * browser supported whose `Chrome/` token meets the policy's chrome version, so Edge's
 * own token needs no bound. Strict, Edge goes to the second stage.
 */
export function firstStageShapes(strict: boolean): FirstStageShape[] {
  const edge = strict ? '' : '(?: Edg\\/[\\d.]+)?';
  return [
    {
      platforms: 'WMX',
      pattern: new RegExp(`^Mozilla\\/5\\.0 \\(${FROZEN_DESKTOP}\\)${WEBKIT}${CHROME_TOKEN} Safari\\/537\\.36${edge}$`),
      version: [1],
      narrows: strict ? [CHROME_DESKTOP, CHROME_OS] : [CHROME_DESKTOP, CHROME_OS, EDGE],
      threshold: CHROME_DESKTOP,
    },
    {
      platforms: 'L',
      pattern: new RegExp(`^Mozilla\\/5\\.0 \\(${ANY_ANDROID}\\)${WEBKIT}${CHROME_TOKEN} (?:Mobile )?Safari\\/537\\.36$`),
      version: [1],
      narrows: [CHROME_ANDROID],
      threshold: CHROME_ANDROID,
    },
    { ...IOS, narrows: [IOS], threshold: IOS },
  ];
}
