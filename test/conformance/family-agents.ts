import type { OracleRow } from './oracles';

/**
 * What an oracle's browser name means in browserslist terms: an agent, `chromium`
 * (a browser on Chrome's engine: `and_chr` on Android, `chrome` elsewhere), or `robot`
 * (a crawler or tool: never notified, so `bot` or `unknown` agrees). Only names whose
 * meaning is unambiguous are here; every other row is counted as unmapped.
 */
type Meaning = string;

/** uap-core families. "Edge Mobile", "UC Browser" and other names that span platforms are left out. */
const UAP_FAMILIES: Readonly<Record<string, Meaning>> = {
  Chrome: 'chrome',
  'Chrome Mobile': 'and_chr',
  'Chrome Mobile WebView': 'android',
  'Chrome Mobile iOS': 'ios_saf',
  Chromium: 'chromium',
  'Yandex Browser': 'chromium',
  Vivaldi: 'chromium',
  Brave: 'chromium',
  Whale: 'chromium',
  'Coc Coc': 'chromium',
  Iron: 'chromium',
  Firefox: 'firefox',
  'Firefox Beta': 'firefox',
  'Firefox Mobile': 'and_ff',
  'Firefox iOS': 'ios_saf',
  'Mobile Safari': 'ios_saf',
  'Mobile Safari UI/WKWebView': 'ios_saf',
  Safari: 'safari',
  Edge: 'edge',
  IE: 'ie',
  'IE Mobile': 'ie_mob',
  Opera: 'opera',
  'Opera Mini': 'op_mini',
  'Opera Mobile': 'op_mob',
  'Samsung Internet': 'samsung',
  'QQ Browser Mobile': 'and_qq',
  'Baidu Browser': 'baidu',
  Android: 'android',
  'BlackBerry WebKit': 'bb',
  HeadlessChrome: 'robot',
  'WebPageTest.org bot': 'robot',
  PingdomBot: 'robot',
  Slurp: 'robot',
  'Yahoo! Slurp': 'robot',
  curl: 'robot',
  Wget: 'robot',
  'Python-urllib': 'robot',
  'libwww-perl': 'robot',
  Java: 'robot',
};

/** uap-core names a crawler by what it calls itself; these words say so. */
const UAP_ROBOT_FAMILY = /bot\b|bot$|spider|crawler/i;

/** bowser names, read with the OS bowser reports. */
function bowserMeaning(row: OracleRow): Meaning | null {
  if (row.bot) return 'robot';
  // Every browser on iOS is the system WebKit.
  if (row.os === 'iOS') return 'ios_saf';
  const android = row.os === 'Android';
  switch (row.family) {
    case 'Chrome':
      return android ? 'and_chr' : row.os === 'Windows' || row.os === 'macOS' || row.os === 'Linux' || row.os === 'Chrome OS' ? 'chrome' : null;
    case 'Chromium':
    case 'Yandex Browser':
    case 'Vivaldi':
    case 'Electron':
      return 'chromium';
    case 'Firefox':
      return android ? 'and_ff' : row.os ? 'firefox' : null;
    case 'LibreWolf':
      return 'firefox';
    case 'Safari':
      return row.os === 'macOS' ? 'safari' : null;
    case 'Microsoft Edge':
      return android ? 'and_chr' : row.os === 'Windows' || row.os === 'macOS' ? 'edge' : null;
    case 'Internet Explorer':
      return row.os === 'Windows Phone' ? 'ie_mob' : row.os === 'Windows' ? 'ie' : null;
    case 'Opera':
      return android ? 'op_mob' : row.os === 'Windows' || row.os === 'macOS' || row.os === 'Linux' ? 'opera' : null;
    case 'Samsung Internet for Android':
      return 'samsung';
    case 'Android Browser':
      return 'android';
    case 'BlackBerry':
      return 'bb';
    case 'UC Browser':
      return android ? 'and_uc' : null;
    case 'QQ Browser':
      return android ? 'and_qq' : null;
    default:
      return null;
  }
}

/** The meaning of an oracle row, or null when its browser name is not mapped. */
export function meaningOf(row: OracleRow): Meaning | null {
  if (row.oracle === 'bowser') return bowserMeaning(row);
  if (Object.prototype.hasOwnProperty.call(UAP_FAMILIES, row.family)) return UAP_FAMILIES[row.family]!;
  return UAP_ROBOT_FAMILY.test(row.family) ? 'robot' : null;
}

/** The agent a meaning stands for on this user agent (`chromium` depends on the platform). */
export function expectedAgent(meaning: Meaning, ua: string): string | null {
  if (meaning === 'robot') return null;
  if (meaning === 'chromium') return /Android/.test(ua) ? 'and_chr' : 'chrome';
  return meaning;
}
