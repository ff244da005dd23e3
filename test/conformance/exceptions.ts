/**
 * Every place where old-browser-notice deliberately differs from an independent parser,
 * with the reason. A row is a pattern (oracle, browser name, user agent, what we say),
 * never one user agent picked to make a number go up. The conformance test fails on any
 * difference that no row explains, and on any row that explains nothing.
 */
import { ANY_DEVICE } from '../../src/detect/device-rules';
import { CONTRADICTIONS } from '../../src/detect/contradictions';

export interface Exception {
  /** What differs: the agent (or, for a crawler, the status), or only the version. */
  differs: 'agent' | 'version';
  oracle?: 'uap-core' | 'bowser';
  /** The oracle's browser name. */
  family?: RegExp;
  ua?: RegExp;
  /** Our agent, or our status where we name no agent. */
  ours?: string;
  reason: string;
}

export const EXCEPTIONS: readonly Exception[] = [
  // Which browser: the engine decides, and a browser that cannot be changed is left alone.
  {
    differs: 'agent',
    ours: 'ios_saf',
    ua: /\((?:iPhone|iPad|iPod)[;)]/,
    reason: 'Every browser on iOS and iPadOS runs the system WebKit (Brave, Whale, QQ, Opera Mini for iOS…): ios_saf at the iOS version.',
  },
  {
    differs: 'agent',
    ours: 'unknown',
    ua: ANY_DEVICE,
    reason: 'TVs, set-top boxes, game consoles, cars and e-readers (src/detect/device-rules.ts): their browser comes with the device and cannot be changed, so they are never notified.',
  },
  {
    differs: 'agent',
    ours: 'unknown',
    ua: CONTRADICTIONS[0]!.pattern,
    reason: 'An iPhone platform with Blink’s AppleWebKit/537.36 (`iPhone OS 4_3_2 … AppleWebKit/537.36 … Chrome/114 … Vivaldi/114`): no iOS browser sends both, so the tokens contradict each other and it is never notified (src/detect/contradictions.ts).',
  },
  {
    differs: 'agent',
    family: /^(?:IE|Internet Explorer)$/,
    ua: /Windows CE/,
    ours: 'ie_mob',
    reason: 'Internet Explorer on Windows CE (Pocket PC, Smartphone) is browserslist’s ie_mob, not desktop ie.',
  },
  {
    differs: 'agent',
    family: /Baidu/,
    ua: /Trident\//,
    ours: 'ie',
    reason: 'Baidu Browser on Windows is a shell around Internet Explorer: judged by its Trident engine.',
  },
  {
    differs: 'agent',
    family: /QQ Browser/,
    reason: 'QQ Browser without a `Chrome/` token runs the system engine (the Android browser at the OS version, IE Mobile, or no readable version); only its Chromium builds are and_qq.',
  },
  {
    differs: 'agent',
    family: /^Firefox Mobile$/,
    ua: /\((?:Mobile|Tablet);/,
    ours: 'firefox',
    reason: 'Firefox OS is not Android (and_ff is Firefox for Android): judged as firefox by its Gecko version.',
  },
  {
    differs: 'agent',
    ua: /Ubuntu [\d.]{1,8} like Android/,
    ours: 'chrome',
    reason: 'Ubuntu Touch says “like Android”; it is not Android, and its Chromium is judged as chrome.',
  },
  {
    differs: 'agent',
    family: /Firefox|LibreWolf/,
    ua: /^(?![\s\S]*Firefox\/\d)/,
    ours: 'unknown',
    reason: 'Gecko browsers without a `Firefox/N` token (LibreWolf, Iceweasel, `Firefox-4.0/4.0b8pre`): Gecko’s `rv:` is frozen at 109 for Firefox 110–119, so it is never read as the version; unknown, never notified.',
  },
  {
    differs: 'agent',
    family: /^Firefox$/,
    ua: /^(?![\s\S]*rv:[\d.a-z]{1,12}\) Gecko\/)[\s\S]*Firefox\/(?:0\.|1\.0)|MSIE[\s\S]*Firefox\/(?:0\.|1\.0)|Firefox\/(?:0\.|1\.0)[\s\S]*MSIE/,
    reason: 'Firefox 0.x–1.0 (2004–2005) user agents without Gecko’s `rv:…) Gecko/`, often hand-written or claiming MSIE: judged as what they claim, or unknown.',
  },
  {
    differs: 'agent',
    family: /^IE$/,
    ua: /SlimBrowser|Blazer|Custom Browser/,
    ours: 'unknown',
    reason: 'Shells that ua-parser-js names by their own name (SlimBrowser, Palm’s Blazer, a toolbar’s “Custom Browser”) without a Trident token: no engine version to judge, never notified.',
  },
  {
    differs: 'agent',
    family: /^Safari$/,
    ua: /CFNetwork\//,
    reason: 'CFNetwork requests are background fetches by macOS apps, not page views: no version to judge, never notified.',
  },
  // Crawlers: what a user agent says of itself wins over the browser it imitates.
  {
    differs: 'agent',
    ua: /Google Web Preview/,
    ours: 'bot',
    reason: 'Google’s page-preview fetcher imitates Chrome: a crawler, never notified.',
  },
  {
    differs: 'agent',
    oracle: 'uap-core',
    family: /^(?:IE|Firefox|Opera)$/,
    ua: /MSIE [3-6]\.|Firefox\/(?:0\.|1\.0)|Opera[ /][5-7]\./,
    ours: 'bot',
    reason: 'IE 3–6, Firefox 0.x–1.0 and Opera 5–7 (2000–2006) whose user agent a proxy, toolbar, feed reader or owner extended with a web or e-mail address or a crawler’s word (`http://www.isp.de`, `Feedreader`, `UrlMonitor`, `User Agent`): read as tools, as crawlers of that age sent the same. None is a visitor to notify today.',
  },
  // Not a user agent a browser sent.
  {
    differs: 'agent',
    ua: /^[\w.]{1,12}\+\(|^(?!Mozilla\/[45]\.0 \(|Opera\/|Mozilla\/4\.0 \()/,
    reason: 'Not a header a browser sent: URL-encoded log text (`Mozilla/5.0+(iPhone;+…`), an app’s HTTP client (`Android: Client/…`) or a hand-written string with no platform (`Mozilla Firefox/5.0`, `Gecko/20050225 Firefox/1.0.1`).',
  },
  {
    differs: 'agent',
    ua: /CPU like Mac OS X|PPC Mac OS X 10_5_2; [\w-]{2,5}\) AppleWebKit\/526\+/,
    ours: 'unknown',
    reason: 'iPhone OS 1 states no version, and Safari 3 betas for PowerPC name no browser: unknown, never notified.',
  },
  {
    differs: 'agent',
    family: /^Safari$/,
    ua: /Win16/,
    ours: 'unknown',
    reason: 'Safari never ran on 16-bit Windows: a hand-written user agent.',
  },

  // Which version.
  {
    differs: 'version',
    family: /Yandex|Whale|Brave|Vivaldi|Coc Coc|Electron|Microsoft Edge/,
    reason: 'Browsers on Chrome’s engine without a caniuse agent of their own (and Edge on Android) are judged by their `Chrome/` version, not their own.',
  },
  {
    differs: 'version',
    oracle: 'uap-core',
    ours: 'ios_saf',
    reason: 'uap-core gives the app’s version (`Version/`, `FxiOS/`, `CriOS/`, `AppleNews/… Version/2.0.1`); we give the iOS version, which is the WebKit that runs: the OS token, or `Version/` where the token is frozen (iOS 26).',
  },
  {
    differs: 'version',
    ours: 'ios_saf',
    ua: /\(Macintosh;[\s\S]*(?:CriOS|FxiOS|EdgiOS)\//,
    reason: 'An iPad in desktop mode with Chrome, Firefox or Edge sends a fixed `Version/`: no readable iPadOS version, never notified.',
  },
  {
    differs: 'version',
    family: /^(?:Internet Explorer|IE)$/,
    ua: /Trident\//,
    reason: 'The Trident version is the engine: Internet Explorer in compatibility view sends an older `MSIE`, and `MSIE 10.6; Trident/5.0` is IE 9.',
  },
  {
    differs: 'version',
    family: /^Android Browser$/,
    reason: 'The Android browser before Chromium is versioned by the OS (browserslist’s android 2.3, 4.4); bowser reads its `Version/4.0`.',
  },
  {
    differs: 'version',
    family: /^UC Browser$/,
    reason: 'bowser reads the WebView’s `Version/4.0`; we read `UCBrowser/`.',
  },
  {
    differs: 'version',
    family: /BlackBerry/,
    ua: /RIM Tablet OS 1\./,
    reason: 'The PlayBook’s first OS sends `Version/0.0.1`: we read what it sends (uap-core reads the OS version).',
  },
];
