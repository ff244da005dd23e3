import type { UaFacts } from './facts';

/**
 * Where a version number comes from: the first capture group of the rule's `ua`
 * pattern (`match`), ua-parser-js's browser or OS version, the iOS version (the OS
 * token, or `Version/` where the OS token is frozen: ios-version.ts), the first
 * capture of another pattern on the user agent, or `all` (Opera Mini's only
 * browserslist version, for a token that states none).
 */
export type VersionSource = 'match' | 'browser' | 'os' | 'ios' | 'all' | RegExp;

/**
 * One rule mapping a user agent to a browserslist agent. All conditions given
 * must hold; the first rule that matches wins, so order matters and the most
 * specific rules come first. Patterns use bounded quantifiers only.
 */
export interface AgentRule {
  /** What the rule recognises, shown in the verdict's reason. */
  name: string;
  /** Tested against ua-parser-js's browser name. */
  browser?: RegExp;
  /** Tested against ua-parser-js's engine name. */
  engine?: RegExp;
  /** Tested against ua-parser-js's OS name. */
  os?: RegExp;
  /** Tested against ua-parser-js's OS name; the rule is skipped when it matches. */
  notOs?: RegExp;
  /** Tested against the (capped) user agent; its first group is the `match` version source. */
  ua?: RegExp;
  /** Tested against the user agent; the rule is skipped when it matches. */
  notUa?: RegExp;
  /** Only for an iPad requesting the desktop site (more than one touch point on a Macintosh). */
  touch?: true;
  /** The browserslist agent. */
  agent: string;
  /** Version sources, tried in order. */
  version: VersionSource[];
  /** Numeric parts kept: 1 for agents versioned by major, 2 for `16.5`-style agents. */
  keep: 1 | 2;
  /** Maps a raw major (e.g. a Trident version) to the agent's version. */
  versionMap?: Readonly<Record<string, string>>;
  /** Engine line for the capability check: the browser also passes when this agent's minimum is met by its engine version. */
  engineLine?: 'chrome' | 'firefox';
}

/** Safari's (and many WebKit shells') own version token. */
export const VERSION_TOKEN = /Version\/(\d+(?:\.\d+)?)/;

/** The engine version behind each engine line: the real `Chrome/` or `Firefox/` token, never Gecko's `rv:`. */
export const ENGINE_TOKENS: Readonly<Record<'chrome' | 'firefox', RegExp>> = {
  chrome: /(?:Chrome|Chromium|CrMo)\/(\d+)/,
  firefox: /Firefox\/(\d+)/,
};

/**
 * Sources: the browsers' own user-agent formats as they send them (test/fixtures holds
 * real examples, one per situation), browserslist's agent list from caniuse-lite,
 * Chromium's reduced user agent (https://www.chromium.org/updates/ua-reduction/), and
 * the frozen iOS version since iOS 26 (the OS token says 18_6 or 18_7; Version/ is real).
 */
export const AGENT_RULES: readonly AgentRule[] = [
  // Opera Mini renders on Opera's servers, whatever device it runs on (even an old iPhone).
  // Its token does not always start with the version (`Opera Mini/SymbianOS/22.478`,
  // `Opera Mini/att/4.2…`, `Opera Mini/(Windows; …)`): browserslist knows it as `all` anyway.
  { name: 'Opera Mini', ua: /Opera Mini(?:\/(\d+(?:\.\d+)?))?/, agent: 'op_mini', version: ['match', 'all'], keep: 2 },
  // Opera Mobile before Chromium (Presto) on Symbian, Maemo, Windows Mobile and Android,
  // before the iOS rules: ua-parser-js takes some of its platforms for iOS.
  { name: 'Opera Mobile (Presto)', ua: /Opera Mobi|Opera Tablet/, agent: 'op_mob', version: [VERSION_TOKEN, /Opera (\d+(?:\.\d+)?)/, 'browser'], keep: 1 },

  // iOS and iPadOS: every browser uses the system WebKit, so all of them are ios_saf at
  // the iOS version: the OS token, except where it is frozen (18_6/18_7 since iOS 26),
  // where Version/ or an in-app browser's own suffix says more.
  { name: 'Facebook app on iOS', os: /^iOS$/, ua: /FBSV\/(\d+(?:\.\d+)?)/, agent: 'ios_saf', version: ['match', 'os'], keep: 2 },
  { name: 'Instagram app on iOS', os: /^iOS$/, ua: /Instagram [\d.]{1,30} \([^;)]{0,40}; iOS (\d+_\d+)/, agent: 'ios_saf', version: ['match', 'os'], keep: 2 },
  // Every iOS browser sends AppleWebKit; an app's own HTTP client does not
  // (`Downcast/2.9.13 (iPhone; iOS 9.2.1; Scale/2.00)`, `AppleCoreMedia/1.0.0 (iPad; …)`): not a
  // browser, nothing to judge. Blink's `AppleWebKit/537.36` with an iPhone platform never gets
  // here: the tokens contradict (contradictions.ts).
  { name: 'browser on iOS', os: /^iOS$/, ua: /AppleWebKit\//i, agent: 'ios_saf', version: ['ios'], keep: 2 },
  // Only iPadOS sends an iOS browser token with a Macintosh user agent (desktop mode).
  // Chrome's desktop-mode UA carries a fixed Version/11.1.1 (Chromium ios/web/common/user_agent.mm),
  // so no version can be read: such visitors are never notified.
  { name: 'browser on iPad in desktop mode', os: /^Mac OS$/, ua: /CriOS\/|FxiOS\/|EdgiOS\//, agent: 'ios_saf', version: [], keep: 2 },
  { name: 'Safari on iPad in desktop mode', os: /^Mac OS$/, browser: /^Safari$/, touch: true, agent: 'ios_saf', version: ['browser'], keep: 2 },

  // Browsers with an agent of their own in caniuse-lite; Chromium-based ones also get the engine check.
  { name: 'Samsung Internet', browser: /^Samsung Internet$/, agent: 'samsung', version: ['browser'], keep: 2, engineLine: 'chrome' },
  { name: 'Opera for Android', os: /^Android$/, ua: /OPR\/(\d+)/, agent: 'op_mob', version: ['match'], keep: 1, engineLine: 'chrome' },
  { name: 'Opera', ua: /OPR\/(\d+)/, agent: 'opera', version: ['match'], keep: 1, engineLine: 'chrome' },
  { name: 'Opera (Presto)', browser: /^Opera$/, agent: 'opera', version: ['browser'], keep: 1 },
  // UC's own format, from its Java and early Android builds (`UCWEB/2.0 (MIDP-2.0; U; Adr 9; ru;
  // Redmi_Note_8) U2/1.0.0 UCBrowser/11.1.2.1113 U2/1.0.0 Mobile`): UC's U2/U3 engine, no Chromium.
  { name: 'UC Browser', ua: /^UCWEB\/[\d.]{1,8} \([^)]{0,200}\).{0,80}?UCBrowser\/(\d+(?:\.\d+)?)/, agent: 'and_uc', version: ['match'], keep: 2 },
  { name: 'UC Browser for Android', os: /^Android$/, ua: /UCBrowser\/(\d+(?:\.\d+)?)/, agent: 'and_uc', version: ['match'], keep: 2, engineLine: 'chrome' },
  // QQ Browser's Chromium builds (X5) put Chrome/ before their own token; older ones
  // (`MQQBrowser/20` on Android 1.6) are the system WebKit and are judged as the Android browser.
  { name: 'QQ Browser for Android', os: /^Android$/, ua: /Chrome\/[\d.]{1,20} MQQBrowser\/(\d+(?:\.\d+)?)/, agent: 'and_qq', version: ['match'], keep: 2, engineLine: 'chrome' },
  { name: 'Baidu Browser', ua: /(?:baidubrowser|bdbrowser(?:_i18n)?)\/(\d+(?:\.\d+)?)/i, agent: 'baidu', version: ['match'], keep: 2, engineLine: 'chrome' },
  // KaiOS carries a Firefox/48 token, but is its own agent.
  { name: 'KaiOS', ua: /KAIOS\/(\d+(?:\.\d+)?)/i, agent: 'kaios', version: ['match'], keep: 2 },
  // Legacy Edge's Chrome/70 token is a compatibility lie: no engine check for EdgeHTML.
  { name: 'Edge (EdgeHTML)', ua: /Edge\/(\d+)/, agent: 'edge', version: ['match'], keep: 1 },
  // Edge for Android (EdgA/) has no agent of its own: it falls through to Chromium on Android.
  { name: 'Edge', ua: /Edg\/(\d+)/, agent: 'edge', version: ['match'], keep: 1, engineLine: 'chrome' },
  // Trident/7.0 is IE 11 even in compatibility view, where MSIE says 7.0.
  // Internet Explorer on Windows CE and Windows Phone is ie_mob, whichever token it sends.
  { name: 'Internet Explorer Mobile', browser: /^IEMobile$|^IE$/, ua: /IEMobile|Windows CE|Windows Phone/, agent: 'ie_mob', version: ['browser'], keep: 1 },
  { name: 'Internet Explorer', ua: /Trident\/(\d+)/, notOs: /^Windows Phone/, agent: 'ie', version: ['match'], keep: 1, versionMap: { '3': '7', '4': '8', '5': '9', '6': '10', '7': '11', '8': '11' } },
  { name: 'Internet Explorer', browser: /^IE$/, notOs: /^Windows Phone/, agent: 'ie', version: ['browser'], keep: 1 },
  { name: 'Internet Explorer Mobile', browser: /^IEMobile$|^IE$/, agent: 'ie_mob', version: ['browser'], keep: 1 },
  // The BlackBerry PlayBook (`RIM Tablet OS`) runs the same WebKit browser as BlackBerry 7.
  { name: 'BlackBerry browser', ua: /BlackBerry|BB10|RIM Tablet OS/, agent: 'bb', version: [VERSION_TOKEN, /BlackBerry\w{0,12}\/(\d+(?:\.\d+)?)/, 'browser'], keep: 2 },

  // Android WebView (in-app browsers too): browserslist's android agent above 4.4.4 is the Chromium version.
  // `; wv)` since Android 5; the KitKat WebView only says `Version/4.0 … Chrome/`.
  { name: 'Android WebView', os: /^Android$/, ua: /(?:; wv\).{0,200}?|Version\/4\.0 (?:[^ ]{1,40} ){0,3})Chrome\/(\d+)/, agent: 'android', version: ['match'], keep: 1, engineLine: 'chrome' },
  { name: 'Firefox for Android', os: /^Android$/, engine: /^Gecko$/, ua: ENGINE_TOKENS.firefox, agent: 'and_ff', version: ['match'], keep: 1, engineLine: 'firefox' },
  // Firefox ESR and Gecko forks that send a Firefox/ token (LibreWolf, Waterfox, Tor Browser).
  { name: 'Firefox', engine: /^Gecko$/, ua: ENGINE_TOKENS.firefox, agent: 'firefox', version: ['match'], keep: 1, engineLine: 'firefox' },
  // Chrome and everything built on Chromium (Yandex, Vivaldi, Brave, Electron, Edge for Android…).
  { name: 'Chromium-based browser on Android', os: /^Android$/, ua: ENGINE_TOKENS.chrome, agent: 'and_chr', version: ['match'], keep: 1, engineLine: 'chrome' },
  { name: 'Chromium-based browser', ua: ENGINE_TOKENS.chrome, agent: 'chrome', version: ['match'], keep: 1, engineLine: 'chrome' },
  // The Android browser before Chromium (Android 4.3 and older) is versioned by the OS; some
  // builds send a malformed `AppleWebKit534.30` or `AppleWebkit/534.30`, which ua-parser-js
  // does not read as WebKit: any casing counts.
  { name: 'Android browser', os: /^Android$/, ua: /AppleWebKit/i, agent: 'android', version: ['os'], keep: 2 },
  { name: 'Safari', browser: /^Safari$/, notOs: /^Android$/, agent: 'safari', version: ['browser'], keep: 2 },
  // Other browsers built on Safari's WebKit on macOS that keep its Version/ token (DuckDuckGo
  // for Mac: `… Version/18.3 Safari/605.1.15 Ddg/17.1`) have Safari's engine at that version.
  { name: 'WebKit browser on macOS', os: /^Mac OS$/, engine: /^WebKit$/, ua: /Version\/(\d+(?:\.\d+)?)[\d.]{0,12} Safari\//, agent: 'safari', version: ['match'], keep: 2 },
];

/** The first rule that matches, and the `match` capture of its `ua` pattern. */
export function findAgentRule(facts: UaFacts): { rule: AgentRule; captured: string | undefined } | null {
  for (let i = 0; i < AGENT_RULES.length; i++) {
    const rule = AGENT_RULES[i]!;
    if (rule.browser && !rule.browser.test(facts.browser)) continue;
    if (rule.engine && !rule.engine.test(facts.engine)) continue;
    if (rule.os && !rule.os.test(facts.os)) continue;
    if (rule.notOs && rule.notOs.test(facts.os)) continue;
    if (rule.notUa && rule.notUa.test(facts.ua)) continue;
    if (rule.touch && !facts.touch) continue;
    let captured: string | undefined;
    if (rule.ua) {
      const match = rule.ua.exec(facts.ua);
      if (!match) continue;
      captured = match[1];
    }
    return { rule, captured };
  }
  return null;
}

const BY_NAME: Record<string, AgentRule> = {};
for (let i = AGENT_RULES.length - 1; i >= 0; i--) BY_NAME[AGENT_RULES[i]!.name] = AGENT_RULES[i]!;

/** The (first) rule with this name: fast paths refer to rules by name. A typo throws, and the tests catch it. */
export function ruleNamed(name: string): AgentRule {
  const rule = BY_NAME[name];
  if (!rule) throw new Error('No agent rule named ' + name);
  return rule;
}
