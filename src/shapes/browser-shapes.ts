/**
 * The shapes of current browsers' user agents: the one table that the first stage (the
 * script tag's and the lazy import's check, src/first-stage/) and the server's fast path
 * (src/fast-path/) are generated from. Edit it here, then run `npm run generate`;
 * test/core/generated.test.ts fails until the generated files match it. Build and tests
 * only: nothing here ships as it is.
 *
 * Two readings of the same browsers:
 * - the server's pattern (`platforms` and `tokens`): as wide as the full rules allow, so
 *   that most traffic skips ua-parser-js, with the verdict still exactly the full rules';
 * - the first stage's shapes (FIRST_STAGE below): only the frozen, current forms, in
 *   plain text, so that whatever the first stage calls current the full rules call
 *   supported. Several browsers share one shape there, which makes it smaller.
 *
 * Sources for the facts: the browsers' own user agents as they send them (test/fixtures holds
 * real examples, one per situation); Chromium's user-agent reduction, which froze the
 * platform and the minor, build and patch at 0 (https://www.chromium.org/updates/ua-reduction/);
 * Safari and Chrome on macOS freeze the system at 10_15_7, Firefox at 10.15 (Niels Leenheer,
 * "Trouble happens when you update a version number", 2024, from macOS 14.5:
 * https://nielsleenheer.com/articles/2024/trouble-happens-when-you-update-a-version-number/); iOS's `Mobile/15E148`, frozen
 * since iOS 11 (https://developer.apple.com/forums/thread/88143); the OS token frozen at
 * 18_6 / 18_7 since iOS 26 (src/os/ios-version.ts); browserslist's agents from caniuse-lite.
 */

/**
 * What the server's fast path reads after `Mozilla/5.0 (`, as regular-expression source.
 * A named group holds what the fast path reports: the system's version (named after the
 * system, `(?<linux>)` when the token states none) or the Android device model
 * (`model`). Each must start with a plain letter: the fast path compares the user
 * agent's 14th character with it before it runs a pattern.
 */
export const SERVER_PLATFORMS = {
  windows: 'Windows NT (?<windows>10\\.0|6\\.[0-3]|5\\.[12])(?:; (?:Win64; x64|WOW64))?',
  macos: 'Macintosh; Intel Mac OS X (?<macos>1\\d_\\d+(?:_\\d+)?)',
  // Firefox writes the Mac's version with dots.
  'macos (Firefox)': 'Macintosh; Intel Mac OS X (?<macos>1\\d\\.\\d+)',
  linux: 'X11; Linux x86_64(?<linux>)',
  chromeos: 'X11; CrOS (?:x86_64|aarch64|armv7l) (?<chromeos>\\d+(?:\\.\\d+){0,3})',
  // The device model is free text: what a model holds (letters, digits, space, `.`, `_`,
  // `-`), never a token (`Trident/7.0`), and the build it may be followed by (model-field.ts).
  android: 'Linux; Android (?<android>\\d+(?:\\.\\d+){0,2})(?:; (?<model>[\\w .\\-]+?(?: Build\\/[\\w.\\-]+)?))?',
  'android (Firefox)': 'Android (?<android>\\d{1,2}(?:\\.\\d{1,2}){0,2}); (?:Mobile|Tablet)',
  // iPhone and iPad: `iP` first, as the fast path's first-letter check reads it.
  ios: 'iP(?:hone; CPU iPhone|ad; CPU) OS (?<ios>\\d+_\\d+(?:_\\d+)?) like Mac OS X',
} as const;

/** What the fast path reports for each system a platform's named group holds (as ua-parser-js names it). */
export const SYSTEM_NAMES = { windows: 'Windows', macos: 'Mac OS', linux: 'Linux', chromeos: 'Chromium OS', android: 'Android', ios: 'iOS' } as const;

export type ServerPlatform = keyof typeof SERVER_PLATFORMS;

/** One browser's shape. */
export interface BrowserShape {
  /** The agent rule the full rules apply to it (src/detect/agent-rules.ts), which the fast path applies too. */
  rule: string;
  /** Its browserslist agent: the rule's (a test checks). */
  agent: string;
  /**
   * Its version is its engine's own token (`Chrome/`, `Firefox/`), which the engine
   * check reads too: not strict, that engine's minimum lets it through (a test checks
   * this against the rule's `engineLine`).
   */
  engine?: 'chrome' | 'firefox';
  /** The systems it runs on, as the server's pattern reads them (SERVER_PLATFORMS). */
  platforms: readonly ServerPlatform[];
  /**
   * Its tokens after the platform, to the end, as regular-expression source; the named
   * group `version` is the version the full rules read, `edition` free text checked for
   * a tool's tokens (a product's own words). Anchored, no nested or overlapping
   * quantifiers: linear (test/core/redos.test.ts).
   */
  tokens: string;
  /** Its version is the iOS version: the OS token, or `version` where that is frozen (ios-version.ts). */
  iosVersion?: true;
  /**
   * The version groups its user agents carry in the first stage's shapes (FIRST_STAGE):
   * the first stage reads it there, and each group's bound follows from the browser it is
   * named after (`ios:Version` is bounded by `ios`). None: the first stage leaves it to
   * the second.
   */
  firstStage?: readonly string[];
  /**
   * The first stage bounds its own version only when strict: not strict, the shape's
   * `Chrome/` group already meets the chrome minimum, and the engine check accepts that.
   */
  strictOnly?: true;
  /**
   * With more than one touch point it is this browser (a Mac that is an iPad in desktop
   * mode, which the full rules judge as iOS): the first stage wants the larger minimum.
   * A key of BROWSER_SHAPES (`npm run generate` checks).
   */
  touch?: string;
}

// Safari's and Chrome's engine tokens as current versions send them.
const BLINK = '\\) AppleWebKit\\/537\\.36 \\(KHTML, like Gecko\\) ';
const CHROME = 'Chrome\\/(?<version>\\d+)\\.\\d+\\.\\d+\\.\\d+';
const SAFARI_WEBKIT = '\\) AppleWebKit\\/605\\.1\\.15 \\(KHTML, like Gecko\\) ';
const DESKTOP = ['windows', 'macos', 'linux'] as const;
// ua-parser-js knows Gecko only by an `rv:` of at most 9 characters (the full rules need
// Gecko): a longer one goes to the full rules, which say unknown.
const GECKO_RV = '; rv:[\\d.]{1,9}\\) Gecko\\/';

/**
 * Every browser the fast path knows, most traffic first (the order the server tries
 * them; they are disjoint, so it is only a matter of speed).
 */
export const BROWSER_SHAPES = {
  chrome: {
    rule: 'Chromium-based browser',
    agent: 'chrome',
    engine: 'chrome',
    platforms: DESKTOP,
    tokens: `${BLINK}${CHROME} Safari\\/537\\.36`,
    firstStage: ['chrome'],
  },
  chromeAndroid: {
    rule: 'Chromium-based browser on Android',
    agent: 'and_chr',
    engine: 'chrome',
    platforms: ['android'],
    tokens: `${BLINK}${CHROME} (?:Mobile )?Safari\\/537\\.36`,
    firstStage: ['chromeAndroid'],
  },
  chromeOS: {
    rule: 'Chromium-based browser',
    agent: 'chrome',
    engine: 'chrome',
    platforms: ['chromeos'],
    tokens: `${BLINK}${CHROME} Safari\\/537\\.36`,
    firstStage: ['chrome'],
  },
  samsung: {
    rule: 'Samsung Internet',
    agent: 'samsung',
    platforms: ['android'],
    tokens: `${BLINK}SamsungBrowser\\/(?<version>\\d+\\.\\d+) Chrome\\/[\\d.]+ (?:Mobile )?Safari\\/537\\.36`,
    firstStage: ['samsung'],
  },
  edge: {
    rule: 'Edge',
    agent: 'edge',
    platforms: DESKTOP,
    tokens: `${BLINK}Chrome\\/\\d+\\.\\d+\\.\\d+\\.\\d+ Safari\\/537\\.36 Edg\\/(?<version>\\d+)[\\d.]*`,
    firstStage: ['chrome', 'edge'],
    strictOnly: true,
  },
  firefox: {
    rule: 'Firefox',
    agent: 'firefox',
    engine: 'firefox',
    platforms: ['windows', 'macos (Firefox)', 'linux'],
    tokens: `${GECKO_RV}20100101 Firefox\\/(?<version>\\d+)\\.\\d+`,
    firstStage: ['firefox'],
  },
  firefoxAndroid: {
    rule: 'Firefox for Android',
    agent: 'and_ff',
    engine: 'firefox',
    platforms: ['android (Firefox)'],
    tokens: `${GECKO_RV}[\\d.]+ Firefox\\/(?<version>\\d+)\\.\\d+`,
    firstStage: ['firefoxAndroid'],
  },
  // Any browser on iOS (all WebKit), with the tokens Chrome, Firefox, Edge, Google's app,
  // Brave, DuckDuckGo and Opera add. The first stage requires both its versions to meet
  // the minimum, which can only be stricter than the server's reading.
  ios: {
    rule: 'browser on iOS',
    agent: 'ios_saf',
    platforms: ['ios'],
    tokens: `${SAFARI_WEBKIT}(?:(?:CriOS|FxiOS|EdgiOS|GSA)\\/[\\d.]+ )?(?:Version\\/(?<version>\\d+\\.\\d+)(?:\\.\\d+)? )?Mobile\\/[0-9A-Z]+(?: Safari\\/60[45]\\.1(?:\\.15)?(?: Brave| Ddg\\/[\\d.]+| OPT\\/[\\d.]+)?)?`,
    iosVersion: true,
    firstStage: ['ios', 'ios:Version'],
  },
  safari: {
    rule: 'Safari',
    agent: 'safari',
    platforms: ['macos'],
    tokens: `${SAFARI_WEBKIT}Version\\/(?<version>\\d+\\.\\d+(?:\\.\\d+)?) Safari\\/605\\.1\\.15`,
    firstStage: ['safari'],
    touch: 'ios',
  },
  opera: {
    rule: 'Opera',
    agent: 'opera',
    platforms: DESKTOP,
    tokens: `${BLINK}Chrome\\/\\d+\\.\\d+\\.\\d+\\.\\d+ Safari\\/537\\.36 OPR\\/(?<version>\\d+)[\\d.]*(?: \\(Edition (?<edition>[\\w -]{1,30})\\))?`,
    firstStage: ['chrome', 'opera'],
    strictOnly: true,
  },
  // Some macOS apps send Safari's WebKit tokens with a Chrome/ token; the full rules read them as Chrome.
  chromeOnSafariWebKit: {
    rule: 'Chromium-based browser',
    agent: 'chrome',
    engine: 'chrome',
    platforms: ['macos'],
    tokens: `${SAFARI_WEBKIT}${CHROME} Safari\\/605\\.1\\.15`,
    firstStage: ['chromeOnSafariWebKit'],
  },
} as const satisfies Record<string, BrowserShape>;

export type BrowserKey = keyof typeof BROWSER_SHAPES;

const START = 'Mozilla/5.0 (';
// What current desktop browsers send (see the sources above); Chrome OS keeps its platform version.
const FROZEN_DESKTOP = ['Windows NT 10.0; Win64; x64', 'Macintosh; Intel Mac OS X 10_15_7', 'Macintosh; Intel Mac OS X 10.15', 'X11; Linux x86_64', 'X11; CrOS x86_64 <digits>'];
const BLINK_TEXT = ') AppleWebKit/537.36 (KHTML, like Gecko) ';
const WEBKIT_TEXT = ') AppleWebKit/605.1.15 (KHTML, like Gecko) ';

/**
 * The first stage's shapes: the user agents it recognises, every current browser whose
 * user agent states its version plainly, read left to right. A shape is a list of parts;
 * a part is a list of choices, one of which must follow what the previous parts matched,
 * and the last part must end the user agent. An empty choice makes a part optional. A
 * choice is text, with these placeholders:
 * - `<digits>`: a run of digits, `.` and `_` (a version nobody is judged by);
 * - `<model>`: a device model, a run of letters, digits, space, `.`, `_` and `-`, which
 *   cannot hold a `;` or `)`, so it cannot run past its own field, nor a `/`, so it cannot
 *   hold another product's token (`; K Trident/7.0)`);
 * - `<chrome>`, `<ios:Version>` …: a run of digits, `.` and `_` that is a version the gate
 *   judges, bounded by the browser of that key in BROWSER_SHAPES (what comes after `:`
 *   only tells two groups of one browser apart). The order in which they first appear
 *   here is the order of the gate's bounds.
 *
 * Everything else is text that must be there exactly, so that no token the full rules
 * would read differently (a crawler's name, another browser's) can pass. No user agent
 * matches two shapes (tested), so their order does not matter either.
 */
export const FIRST_STAGE: Readonly<Record<string, readonly (readonly string[])[]>> = {
  'desktop Firefox': [[START], FROZEN_DESKTOP, ['; rv:<digits>) Gecko/20100101 Firefox/<firefox>']],
  'desktop Chrome, with Edge\'s or Opera\'s own version when it is one of them': [
    [START],
    FROZEN_DESKTOP,
    [BLINK_TEXT + 'Chrome/<chrome> Safari/537.36'],
    ['', ' Edg/<edge>', ' OPR/<opera>'],
  ],
  'on Safari\'s WebKit: a Chrome/ token (some macOS apps), or Safari itself': [
    [START],
    FROZEN_DESKTOP,
    [WEBKIT_TEXT + 'Chrome/<chromeOnSafariWebKit> Safari/605.1.15', WEBKIT_TEXT + 'Version/<safari> Safari/605.1.15'],
  ],
  'Android: Chrome or Samsung Internet, with or without a device model': [
    [START + 'Linux; Android <digits>'],
    ['', '; <model>'],
    [BLINK_TEXT],
    ['Chrome/<chromeAndroid> ', 'SamsungBrowser/<samsung> Chrome/<digits> '],
    ['', 'Mobile '],
    ['Safari/537.36'],
  ],
  'Firefox for Android': [[START + 'Android <digits>; '], ['Mobile', 'Tablet'], ['; rv:<digits>) Gecko/<digits> Firefox/<firefoxAndroid>']],
  // The OS version and Safari's Version/ when sent (the gate wants both to meet the minimum).
  // Chrome, Firefox, Edge and Google's app add their token; Brave, DuckDuckGo and Opera one
  // at the end; in-app views send no Safari/.
  'every browser on iPhone and iPad, all WebKit': [
    [START],
    ['iPhone; CPU iPhone', 'iPad; CPU'],
    [' OS <ios> like Mac OS X' + WEBKIT_TEXT],
    ['', 'CriOS/<digits> ', 'FxiOS/<digits> ', 'EdgiOS/<digits> ', 'GSA/<digits> '],
    ['', 'Version/<ios:Version> '],
    // Older builds than the frozen one go to the second stage.
    ['Mobile/15E148'],
    ['', ' Safari/604.1', ' Safari/605.1.15', ' Safari/604.1 Brave', ' Safari/604.1 Ddg/<digits>', ' Safari/604.1 OPT/<digits>'],
  ],
};
