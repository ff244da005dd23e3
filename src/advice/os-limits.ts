/**
 * The last major version of Chrome, Firefox and Edge that old operating systems can run.
 *
 * The notice uses this table so that it only recommends a browser the visitor can actually
 * install. Every fact has a public source in `sources`, with a short comment saying which fact
 * it backs. Vendor pages (Google, Microsoft, Mozilla, Chromium) are cited where one was found.
 * Most of the other sources are news reports or bug threads that quote the vendor.
 *
 * How to read a row:
 * - Versions are compared numerically part by part, with missing parts counted as 0.
 *   macOS, Android and iOS ship point releases (10.14.6, 7.1.2, 16.7.10), so `to` ends in
 *   `.99`. That way every point release stays inside the range.
 * - WINDOWS ROWS USE NT VERSION NUMBERS. ua-parser-js reports names ('XP', 'Vista', '7', '8',
 *   '8.1', '10'), and the library maps them before lookup: XP = 5.1 (XP x64 = 5.2),
 *   Vista = 6.0, 7 = 6.1, 8 = 6.2, 8.1 = 6.3, 10 and 11 = 10.0.
 * - MAC OS: Safari and Chromium user agents are frozen at '10.15.7' on every macOS 11+, so
 *   ua-parser reports 10.15.7 there. The rows for macOS 11 and 12 are only reached when a
 *   user agent reports a real version.
 * - A browser missing from `last` has current versions for the range, and `null` means it was
 *   never available there. A few rows leave a browser out only because its last version
 *   could not be verified: those say `'unknown'` (and UNVERIFIED in a comment), so that
 *   the browser is never recommended there.
 *
 * Sorted by OS in the order Windows, Mac OS, Android, iOS, then by version.
 */

/** Browser ids the notice can recommend. */
export type RecommendableBrowser = 'chrome' | 'firefox' | 'edge';

/**
 * One range of versions of one operating system and the last major version of each
 * browser that still runs there. A browser missing from `last` has current versions
 * for this range; `null` means it was never available on it.
 */
export interface OsLimit {
  /** OS name exactly as ua-parser-js 1.x reports it: 'Windows', 'Mac OS', 'Android', 'iOS'. */
  os: 'Windows' | 'Mac OS' | 'Android' | 'iOS';
  /** Lowest OS version in the range (inclusive), dotted numbers, e.g. '10.12'. */
  from: string;
  /** Highest OS version in the range (inclusive). */
  to: string;
  /** Human name of the range, e.g. 'Windows 7 and 8.1', 'macOS 10.13–10.14'. */
  label: string;
  /** Last major version per browser; `null`: never available; `'unknown'`: not verified, so never recommended. */
  last: Partial<Record<RecommendableBrowser, number | null | 'unknown'>>;
  /** Where each fact comes from: URLs (official release notes / support pages preferred), one per fact. */
  sources: string[];
}

const EDGE_SUPPORTED_OS = 'https://learn.microsoft.com/en-us/deployedge/microsoft-edge-supported-operating-systems';
const CHROME_2016_PLATFORMS = 'https://chrome.googleblog.com/2015/11/updates-to-chrome-platform-support.html';
const CHROME_ENTERPRISE_NOTES = 'https://support.google.com/chrome/a/answer/7679408';
const FIREFOX_ANDROID_8 = 'https://blog.mozilla.org/futurereleases/?p=2729';

export const OS_LIMITS: readonly OsLimit[] = [
  // ---------------------------------------------------------------- Windows (NT numbers)
  {
    os: 'Windows', from: '5.1', to: '6.0', label: 'Windows XP and Vista',
    last: { chrome: 49, firefox: 52, edge: null },
    sources: [
      CHROME_2016_PLATFORMS, // chrome: Google ends XP/Vista support in April 2016
      'https://news.softpedia.com/news/google-chrome-no-longer-supports-windows-xp-vista-old-os-x-versions-502940.shtml', // chrome: 50 dropped them, so 49 is last
      'http://news.softpedia.com/news/firefox-52-launches-as-the-last-version-for-windows-xp-and-windows-vista-513701.shtml', // firefox: 52 (ESR) is last
      EDGE_SUPPORTED_OS, // edge: oldest Windows ever listed is 7 / Server 2008 R2
    ],
  },
  {
    os: 'Windows', from: '6.1', to: '6.3', label: 'Windows 7, 8 and 8.1',
    last: { chrome: 109, firefox: 115, edge: 109 },
    sources: [
      'https://www.androidpolice.com/chrome-windows-7-support/', // chrome: 110 (Feb 2023) needs Windows 10
      'https://meterpreter.org/chrome-110-will-officially-end-support-for-windows-7-and-windows-8-1/', // chrome: quotes Google's notice
      'https://chromereleases.googleblog.com/2023/02/stable-channel-desktop-update_97.html', // chrome: 109 kept getting fixes for Server 2012 only; still 109
      EDGE_SUPPORTED_OS, // edge: support for 7/8/8.1/Server 2012 (R2) "ended in Edge version 109"
      'https://github.com/MicrosoftEdge/WebView2Feedback/issues/3050', // edge: Microsoft's announcement that 109 is last
      'https://news.sophos.com/en-us/2023/07/05/firefox-115-is-out-says-farewell-to-older-windows-and-mac-users/', // firefox: quotes 115 release notes
      'https://www.howtogeek.com/firefox-esr-windows-7-windows-8-2024/', // firefox: 116+ will not install; 115 ESR support was extended
    ],
  },
  // ---------------------------------------------------------------- Mac OS
  {
    os: 'Mac OS', from: '10.6', to: '10.8.99', label: 'Mac OS X 10.6–10.8',
    // Firefox: 45 ESR is the line Mozilla kept patching here (to mid-2017). Releases 46–48
    // probably ran too, but no source found says which release was last.
    last: { chrome: 49, firefox: 45, edge: null },
    sources: [
      CHROME_2016_PLATFORMS, // chrome: 10.6–10.8 support ends April 2016
      'https://www.digitaltrends.com/computing/chrome-drops-support-for-legacy-oss/', // chrome: 50 dropped them, so 49 is last
      'https://moshbox.jp/?p=8344', // firefox: support for 10.6–10.8 ends; ESR 45 is the last supported version
      'https://github.com/MicrosoftDocs/EdgeEnterprise/issues/50', // edge: Edge for macOS started at Sierra 10.12
    ],
  },
  {
    os: 'Mac OS', from: '10.9', to: '10.9.99', label: 'OS X 10.9 Mavericks',
    last: { chrome: 65, firefox: 78, edge: null },
    sources: [
      'https://support.google.com/chrome/forum/AAAAP1KN0B0LTwFIxbaNjY/', // chrome: "no further updates after M65" (Google forum post)
      'https://github.com/electron/electron/issues/13125', // chrome: quotes that forum post in full
      'https://www.macgadget.de/News/2020/06/29/Web-Browser-Firefox-Neue-Versionen-setzen-ab-Juli-mindestens-macOS-Sierra-voraus', // firefox: 79 needs 10.12, so 78 ESR
      EDGE_SUPPORTED_OS, // edge: never below 10.12
    ],
  },
  {
    os: 'Mac OS', from: '10.10', to: '10.10.99', label: 'OS X 10.10 Yosemite',
    // Chrome 87 comes from secondary sources only; no Google page was found for this step.
    last: { chrome: 87, firefox: 78, edge: null },
    sources: [
      'https://github.com/demetris/omni-carousel/blob/37560fb7153924c4bb2a185f2a506d35de65fcd9/browsers-and-devices.md', // chrome: 88 ended 10.10 support
      'https://github.com/ShreyanJain9/ShreyanJain9.github.io/blob/14e51f39cdc9db3128d5930b3d76d4529ab8e155/posts/2021-03-09-chrome-stops-updates-for-os-x-1010.md', // chrome: frozen on 10.10 by March 2021
      'https://www.techregister.co.uk/mozilla-takes-first-step-in-pulling-firefox-plug-on-macos-mavericks-yosemite-and-el-capitan/', // firefox: 78 ESR for 10.9–10.11
      EDGE_SUPPORTED_OS, // edge: never below 10.12
    ],
  },
  {
    os: 'Mac OS', from: '10.11', to: '10.11.99', label: 'OS X 10.11 El Capitan',
    last: { chrome: 103, firefox: 78, edge: null },
    sources: [
      `${CHROME_ENTERPRISE_NOTES}#noSuppOsX104`, // chrome: "Chrome 104 no longer supports OS X 10.11 and macOS 10.12"
      'https://github.com/Homebrew/homebrew-cask/pull/129438', // chrome: quotes that note
      'https://www.macgadget.de/News/2020/06/29/Web-Browser-Firefox-Neue-Versionen-setzen-ab-Juli-mindestens-macOS-Sierra-voraus', // firefox: 78 ESR
      EDGE_SUPPORTED_OS, // edge: never below 10.12
    ],
  },
  {
    os: 'Mac OS', from: '10.12', to: '10.12.99', label: 'macOS 10.12 Sierra',
    // edge: UNVERIFIED. Edge no longer ran on 10.12 by Sept 2022 (see issue below), but the
    // last version that did run was not found. This gap does NOT mean "current".
    last: { chrome: 103, firefox: 115, edge: 'unknown' },
    sources: [
      `${CHROME_ENTERPRISE_NOTES}#noSuppOsX104`, // chrome: 104 dropped 10.11 and 10.12
      'https://itmagazine.ch/artikel/77742/Kein_Chrome_104_fuer_aeltere_MacOS-Versionen.html', // chrome: 104 needs 10.13
      'https://support.mozilla.org/de/kb/firefox-nutzer-macos-1012-1013-1014-umstellung-esr', // firefox: 115 last for 10.12–10.14 (Mozilla support)
      'https://github.com/MicrosoftDocs/Edge-Enterprise/issues/414', // edge: did not run below 10.13 in Sept 2022 (version unknown)
    ],
  },
  {
    os: 'Mac OS', from: '10.13', to: '10.14.99', label: 'macOS 10.13–10.14',
    last: { chrome: 116, firefox: 115, edge: 116 },
    sources: [
      'https://www.macgadget.de/News/2023/05/31/Google-Chrome-Unterstuetzung-fuer-macOS-High-Sierra-und-macOS-Mojave-endet-im', // chrome: 116 last, 117 needs 10.15
      'https://github.com/brave/brave-browser/issues/32019', // chrome: Chromium 117 needs 10.15
      'https://support.mozilla.org/de/kb/firefox-nutzer-macos-1012-1013-1014-umstellung-esr', // firefox: 115 last
      'https://github.com/MicrosoftDocs/Edge-Enterprise/issues/584', // edge: 117+ needs 10.15 (Microsoft then fixed its page)
    ],
  },
  {
    os: 'Mac OS', from: '10.15', to: '10.15.99', label: 'macOS 10.15 Catalina',
    // Chrome/Edge user agents on macOS 11+ also report 10.15.7 and land here (see header).
    last: { chrome: 128, edge: 128 },
    sources: [
      'https://chromium.googlesource.com/chromium/src/+/5fe6977d30e2d68d519ac979ee901bac92fb2e10/chrome/browser/obsolete_system/obsolete_system_mac.cc', // chrome: "M128 is the last milestone supporting macOS 10.15"
      'https://github.com/electron/electron/pull/44320', // chrome: 129 dropped 10.15
      EDGE_SUPPORTED_OS, // edge: "macOS 11 and later starting with Microsoft Edge 129"; 127–128 keep working on Catalina
    ],
  },
  {
    os: 'Mac OS', from: '11.0', to: '11.99', label: 'macOS 11 Big Sur',
    // edge: UNVERIFIED. Microsoft still listed macOS 11 as supported in Nov 2024. No newer
    // statement was found, so this gap does NOT mean "current".
    last: { chrome: 138, edge: 'unknown' },
    sources: [
      'https://chromium.googlesource.com/chromium/src/+/lkgr-android-internal/chrome/browser/obsolete_system/obsolete_system_mac.cc', // chrome: "Chromium 138 will be the last mstone to support macOS 11"
      'https://iphoneaddict.fr/post/news-412160-google-chrome-abandonner-support-macos-big', // chrome: quotes Google, 139+ needs macOS 12
    ],
  },
  {
    os: 'Mac OS', from: '12.0', to: '12.99', label: 'macOS 12 Monterey',
    // edge: Microsoft listed "macOS 11 and later" in Nov 2024; it may have dropped 12 since.
    last: { chrome: 150 },
    sources: [
      'https://chromestatus.com/feature/5077742779498496', // chrome: 150 last on macOS 12, 151 needs macOS 13
      'https://www.findarticles.com/chrome-to-end-support-for-macos-monterey-on-older-macs/', // chrome: cites Google's help page
    ],
  },
  // ---------------------------------------------------------------- Android
  {
    os: 'Android', from: '4.1', to: '4.3.99', label: 'Android 4.1–4.3 Jelly Bean',
    // edge: null because Microsoft's requirement page has listed Android 4.4 as the minimum since 2020.
    last: { chrome: 71, firefox: 68, edge: null },
    sources: [
      'https://github.com/GoogleChrome/android-browser-helper/issues/33', // chrome: "Chrome 72 is only available on Android 4.4 or above" (Google)
      'https://github.com/mdn/browser-compat-data/pull/4007', // firefox: 68 is the last old-style (Fennec) Firefox for Android
      'https://github.com/mozilla-mobile/fenix/issues/2100', // firefox: its successor needs Android 5.0
      EDGE_SUPPORTED_OS, // edge: Android 4.4 minimum
    ],
  },
  {
    os: 'Android', from: '4.4', to: '4.4.99', label: 'Android 4.4 KitKat',
    // edge: UNVERIFIED. Ran on 4.4 per Microsoft until at least 2022, but it now needs 8.0 and
    // the last version for 4.4 was not found. This gap does NOT mean "current".
    last: { chrome: 81, firefox: 68, edge: 'unknown' },
    sources: [
      'https://groups.google.com/a/chromium.org/g/chromium-dev/c/ypAS49lvN1M/m/LC0OFek5EAAJ', // chrome: KitKat dropped in M82
      'https://github.com/webrtc/webrtc-org/blob/gh-pages/release-notes/index.md', // chrome: M82 was cancelled, so 81 is last
      'https://github.com/beercss/beercss/issues/260', // chrome: "Android 4.4.x devices can update Chrome version to 81"
      'https://github.com/mdn/browser-compat-data/pull/4007', // firefox: 68 is the last Fennec
    ],
  },
  {
    os: 'Android', from: '5.0', to: '5.99', label: 'Android 5 Lollipop',
    // edge: UNVERIFIED (needs Android 8.0 now; last version for 5.x not found). Not "current".
    last: { chrome: 95, firefox: 143, edge: 'unknown' },
    sources: [
      'https://groups.google.com/a/chromium.org/g/chromium-dev/c/2MwR9KqwY9I/m/zpJ-fksqBwAJ', // chrome: Lollipop dropped, minimum now 6.0
      'https://github.com/bromite/bromite/issues/1630', // chrome: "Last supported version was v95"
      FIREFOX_ANDROID_8, // firefox: 143 is the last for Android 7 and older
    ],
  },
  {
    os: 'Android', from: '6.0', to: '6.99', label: 'Android 6 Marshmallow',
    // edge: UNVERIFIED (needs Android 8.0 now; last version for 6.x not found). Not "current".
    last: { chrome: 106, firefox: 143, edge: 'unknown' },
    sources: [
      'https://www.tuttoandroid.net/news/2022/10/27/google-chrome-fine-supporto-android-6-marshmallow-967448/', // chrome: 106 last, 107 needs 7.0
      FIREFOX_ANDROID_8, // firefox: 143 last
    ],
  },
  {
    os: 'Android', from: '7.0', to: '7.99', label: 'Android 7 Nougat',
    // edge: UNVERIFIED (needs Android 8.0 now; last version for 7.x not found). Not "current".
    last: { chrome: 119, firefox: 143, edge: 'unknown' },
    sources: [
      CHROME_ENTERPRISE_NOTES, // chrome: "The last version of Chrome that supports Android Nougat is Chrome 119"
      'https://www.91mobiles.com/hub/google-chrome-end-support-android-nougat/', // chrome: quotes those release notes
      FIREFOX_ANDROID_8, // firefox: 143 last, 144 (Oct 2025) needs 8.0
    ],
  },
  {
    os: 'Android', from: '8.0', to: '9.99', label: 'Android 8–9',
    last: { chrome: 138 },
    sources: [
      'https://mezha.media/en/news/chrome-android-8-end-of-support-302901', // chrome: 138 last, 139 (Aug 2025) needs 10
      'https://gadgetbond.com/google-chrome-139-android-10-minimum-requirement', // chrome: Google confirmed in June 2025
      EDGE_SUPPORTED_OS, // edge: Android 8.0 or later is supported
    ],
  },
  // ---------------------------------------------------------------- iOS (all engines are WebKit)
  {
    os: 'iOS', from: '16.0', to: '16.99', label: 'iOS 16',
    // firefox, edge: UNVERIFIED. Microsoft listed iOS 16+ in Nov 2024 but supports only the two
    // newest iOS versions; Firefox's minimum was not found. These gaps do NOT mean "current".
    last: { chrome: 137, firefox: 'unknown', edge: 'unknown' },
    sources: [
      'https://techbitnow.com/?p=6670', // chrome: 138 needs iOS 17 (reported from the beta by MacRumors)
      'https://tg24.sky.it/tecnologia/2025/08/05/google-chrome-stop-android', // chrome: 138 runs only on iOS 17
    ],
  },
];
