/**
 * The last major version of Chrome, Firefox and Edge that old operating systems can run.
 *
 * The notice uses this table so that it only recommends a browser the visitor can actually
 * install. Every fact has a public source in a `Source (fact): URL` comment in its row (comments,
 * so that the script-tag build does not carry the URLs). Vendor pages (Google, Microsoft, Mozilla, Chromium) are cited where one was found.
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
  /** Last major version per browser; `null`: never available; `'unknown'`: not verified, so never recommended. */
  last: Partial<Record<RecommendableBrowser, number | null | 'unknown'>>;
}

export const OS_LIMITS: readonly OsLimit[] = [
  // ---------------------------------------------------------------- Windows (NT numbers)
  {
    // Windows XP and Vista
    os: 'Windows', from: '5.1', to: '6.0',
    last: { chrome: 49, firefox: 52, edge: null },
    // Source (chrome: Google ends XP/Vista support in April 2016): https://chrome.googleblog.com/2015/11/updates-to-chrome-platform-support.html
    // Source (chrome: 50 dropped them, so 49 is last): https://news.softpedia.com/news/google-chrome-no-longer-supports-windows-xp-vista-old-os-x-versions-502940.shtml
    // Source (firefox: 52 (ESR) is last): http://news.softpedia.com/news/firefox-52-launches-as-the-last-version-for-windows-xp-and-windows-vista-513701.shtml
    // Source (edge: oldest Windows ever listed is 7 / Server 2008 R2): https://learn.microsoft.com/en-us/deployedge/microsoft-edge-supported-operating-systems
  },
  {
    // Windows 7, 8 and 8.1
    os: 'Windows', from: '6.1', to: '6.3',
    last: { chrome: 109, firefox: 115, edge: 109 },
    // Source (chrome: 110 (Feb 2023) needs Windows 10): https://www.androidpolice.com/chrome-windows-7-support/
    // Source (chrome: quotes Google's notice): https://meterpreter.org/chrome-110-will-officially-end-support-for-windows-7-and-windows-8-1/
    // Source (chrome: 109 kept getting fixes for Server 2012 only; still 109): https://chromereleases.googleblog.com/2023/02/stable-channel-desktop-update_97.html
    // Source (edge: support for 7/8/8.1/Server 2012 (R2) "ended in Edge version 109"): https://learn.microsoft.com/en-us/deployedge/microsoft-edge-supported-operating-systems
    // Source (edge: Microsoft's announcement that 109 is last): https://github.com/MicrosoftEdge/WebView2Feedback/issues/3050
    // Source (firefox: quotes 115 release notes): https://news.sophos.com/en-us/2023/07/05/firefox-115-is-out-says-farewell-to-older-windows-and-mac-users/
    // Source (firefox: 116+ will not install; 115 ESR support was extended): https://www.howtogeek.com/firefox-esr-windows-7-windows-8-2024/
  },
  // ---------------------------------------------------------------- Mac OS
  {
    // Mac OS X 10.6–10.8
    os: 'Mac OS', from: '10.6', to: '10.8.99',
    // Firefox: 45 ESR is the line Mozilla kept patching here (to mid-2017). Releases 46–48
    // probably ran too, but no source found says which release was last.
    last: { chrome: 49, firefox: 45, edge: null },
    // Source (chrome: 10.6–10.8 support ends April 2016): https://chrome.googleblog.com/2015/11/updates-to-chrome-platform-support.html
    // Source (chrome: 50 dropped them, so 49 is last): https://www.digitaltrends.com/computing/chrome-drops-support-for-legacy-oss/
    // Source (firefox: support for 10.6–10.8 ends; ESR 45 is the last supported version): https://moshbox.jp/?p=8344
    // Source (edge: Edge for macOS started at Sierra 10.12): https://github.com/MicrosoftDocs/EdgeEnterprise/issues/50
  },
  {
    // OS X 10.9 Mavericks
    os: 'Mac OS', from: '10.9', to: '10.9.99',
    last: { chrome: 65, firefox: 78, edge: null },
    // Source (chrome: "no further updates after M65" (Google forum post)): https://support.google.com/chrome/forum/AAAAP1KN0B0LTwFIxbaNjY/
    // Source (chrome: quotes that forum post in full): https://github.com/electron/electron/issues/13125
    // Source (firefox: 79 needs 10.12, so 78 ESR): https://www.macgadget.de/News/2020/06/29/Web-Browser-Firefox-Neue-Versionen-setzen-ab-Juli-mindestens-macOS-Sierra-voraus
    // Source (edge: never below 10.12): https://learn.microsoft.com/en-us/deployedge/microsoft-edge-supported-operating-systems
  },
  {
    // OS X 10.10 Yosemite
    os: 'Mac OS', from: '10.10', to: '10.10.99',
    // Chrome 87 comes from secondary sources only; no Google page was found for this step.
    last: { chrome: 87, firefox: 78, edge: null },
    // Source (chrome: 88 ended 10.10 support): https://github.com/demetris/omni-carousel/blob/37560fb7153924c4bb2a185f2a506d35de65fcd9/browsers-and-devices.md
    // Source (chrome: frozen on 10.10 by March 2021): https://github.com/ShreyanJain9/ShreyanJain9.github.io/blob/14e51f39cdc9db3128d5930b3d76d4529ab8e155/posts/2021-03-09-chrome-stops-updates-for-os-x-1010.md
    // Source (firefox: 78 ESR for 10.9–10.11): https://www.techregister.co.uk/mozilla-takes-first-step-in-pulling-firefox-plug-on-macos-mavericks-yosemite-and-el-capitan/
    // Source (edge: never below 10.12): https://learn.microsoft.com/en-us/deployedge/microsoft-edge-supported-operating-systems
  },
  {
    // OS X 10.11 El Capitan
    os: 'Mac OS', from: '10.11', to: '10.11.99',
    last: { chrome: 103, firefox: 78, edge: null },
    // Source (chrome: "Chrome 104 no longer supports OS X 10.11 and macOS 10.12"): https://support.google.com/chrome/a/answer/7679408#noSuppOsX104
    // Source (chrome: quotes that note): https://github.com/Homebrew/homebrew-cask/pull/129438
    // Source (firefox: 78 ESR): https://www.macgadget.de/News/2020/06/29/Web-Browser-Firefox-Neue-Versionen-setzen-ab-Juli-mindestens-macOS-Sierra-voraus
    // Source (edge: never below 10.12): https://learn.microsoft.com/en-us/deployedge/microsoft-edge-supported-operating-systems
  },
  {
    // macOS 10.12 Sierra
    os: 'Mac OS', from: '10.12', to: '10.12.99',
    // edge: UNVERIFIED. Edge no longer ran on 10.12 by Sept 2022 (see issue below), but the
    // last version that did run was not found. This gap does NOT mean "current".
    last: { chrome: 103, firefox: 115, edge: 'unknown' },
    // Source (chrome: 104 dropped 10.11 and 10.12): https://support.google.com/chrome/a/answer/7679408#noSuppOsX104
    // Source (chrome: 104 needs 10.13): https://itmagazine.ch/artikel/77742/Kein_Chrome_104_fuer_aeltere_MacOS-Versionen.html
    // Source (firefox: 115 last for 10.12–10.14 (Mozilla support)): https://support.mozilla.org/de/kb/firefox-nutzer-macos-1012-1013-1014-umstellung-esr
    // Source (edge: did not run below 10.13 in Sept 2022 (version unknown)): https://github.com/MicrosoftDocs/Edge-Enterprise/issues/414
  },
  {
    // macOS 10.13–10.14
    os: 'Mac OS', from: '10.13', to: '10.14.99',
    last: { chrome: 116, firefox: 115, edge: 116 },
    // Source (chrome: 116 last, 117 needs 10.15): https://www.macgadget.de/News/2023/05/31/Google-Chrome-Unterstuetzung-fuer-macOS-High-Sierra-und-macOS-Mojave-endet-im
    // Source (chrome: Chromium 117 needs 10.15): https://github.com/brave/brave-browser/issues/32019
    // Source (firefox: 115 last): https://support.mozilla.org/de/kb/firefox-nutzer-macos-1012-1013-1014-umstellung-esr
    // Source (edge: 117+ needs 10.15 (Microsoft then fixed its page)): https://github.com/MicrosoftDocs/Edge-Enterprise/issues/584
  },
  {
    // macOS 10.15 Catalina
    os: 'Mac OS', from: '10.15', to: '10.15.99',
    // Chrome/Edge user agents on macOS 11+ also report 10.15.7 and land here (see header).
    last: { chrome: 128, edge: 128 },
    // Source (chrome: "M128 is the last milestone supporting macOS 10.15"): https://chromium.googlesource.com/chromium/src/+/5fe6977d30e2d68d519ac979ee901bac92fb2e10/chrome/browser/obsolete_system/obsolete_system_mac.cc
    // Source (chrome: 129 dropped 10.15): https://github.com/electron/electron/pull/44320
    // Source (edge: "macOS 11 and later starting with Microsoft Edge 129"; 127–128 keep working on Catalina): https://learn.microsoft.com/en-us/deployedge/microsoft-edge-supported-operating-systems
  },
  {
    // macOS 11 Big Sur
    os: 'Mac OS', from: '11.0', to: '11.99',
    // edge: UNVERIFIED. Microsoft still listed macOS 11 as supported in Nov 2024. No newer
    // statement was found, so this gap does NOT mean "current".
    last: { chrome: 138, edge: 'unknown' },
    // Source (chrome: "Chromium 138 will be the last mstone to support macOS 11"): https://chromium.googlesource.com/chromium/src/+/lkgr-android-internal/chrome/browser/obsolete_system/obsolete_system_mac.cc
    // Source (chrome: quotes Google, 139+ needs macOS 12): https://iphoneaddict.fr/post/news-412160-google-chrome-abandonner-support-macos-big
  },
  {
    // macOS 12 Monterey
    os: 'Mac OS', from: '12.0', to: '12.99',
    // edge: Microsoft listed "macOS 11 and later" in Nov 2024; it may have dropped 12 since.
    last: { chrome: 150 },
    // Source (chrome: 150 last on macOS 12, 151 needs macOS 13): https://chromestatus.com/feature/5077742779498496
    // Source (chrome: cites Google's help page): https://www.findarticles.com/chrome-to-end-support-for-macos-monterey-on-older-macs/
  },
  // ---------------------------------------------------------------- Android
  {
    // Android 4.1–4.3 Jelly Bean
    os: 'Android', from: '4.1', to: '4.3.99',
    // edge: null because Microsoft's requirement page has listed Android 4.4 as the minimum since 2020.
    last: { chrome: 71, firefox: 68, edge: null },
    // Source (chrome: "Chrome 72 is only available on Android 4.4 or above" (Google)): https://github.com/GoogleChrome/android-browser-helper/issues/33
    // Source (firefox: 68 is the last old-style (Fennec) Firefox for Android): https://github.com/mdn/browser-compat-data/pull/4007
    // Source (firefox: its successor needs Android 5.0): https://github.com/mozilla-mobile/fenix/issues/2100
    // Source (edge: Android 4.4 minimum): https://learn.microsoft.com/en-us/deployedge/microsoft-edge-supported-operating-systems
  },
  {
    // Android 4.4 KitKat
    os: 'Android', from: '4.4', to: '4.4.99',
    // edge: UNVERIFIED. Ran on 4.4 per Microsoft until at least 2022, but it now needs 8.0 and
    // the last version for 4.4 was not found. This gap does NOT mean "current".
    last: { chrome: 81, firefox: 68, edge: 'unknown' },
    // Source (chrome: KitKat dropped in M82): https://groups.google.com/a/chromium.org/g/chromium-dev/c/ypAS49lvN1M/m/LC0OFek5EAAJ
    // Source (chrome: M82 was cancelled, so 81 is last): https://github.com/webrtc/webrtc-org/blob/gh-pages/release-notes/index.md
    // Source (chrome: "Android 4.4.x devices can update Chrome version to 81"): https://github.com/beercss/beercss/issues/260
    // Source (firefox: 68 is the last Fennec): https://github.com/mdn/browser-compat-data/pull/4007
  },
  {
    // Android 5 Lollipop
    os: 'Android', from: '5.0', to: '5.99',
    // edge: UNVERIFIED (needs Android 8.0 now; last version for 5.x not found). Not "current".
    last: { chrome: 95, firefox: 143, edge: 'unknown' },
    // Source (chrome: Lollipop dropped, minimum now 6.0): https://groups.google.com/a/chromium.org/g/chromium-dev/c/2MwR9KqwY9I/m/zpJ-fksqBwAJ
    // Source (chrome: "Last supported version was v95"): https://github.com/bromite/bromite/issues/1630
    // Source (firefox: 143 is the last for Android 7 and older): https://blog.mozilla.org/futurereleases/?p=2729
  },
  {
    // Android 6 Marshmallow
    os: 'Android', from: '6.0', to: '6.99',
    // edge: UNVERIFIED (needs Android 8.0 now; last version for 6.x not found). Not "current".
    last: { chrome: 106, firefox: 143, edge: 'unknown' },
    // Source (chrome: 106 last, 107 needs 7.0): https://www.tuttoandroid.net/news/2022/10/27/google-chrome-fine-supporto-android-6-marshmallow-967448/
    // Source (firefox: 143 last): https://blog.mozilla.org/futurereleases/?p=2729
  },
  {
    // Android 7 Nougat
    os: 'Android', from: '7.0', to: '7.99',
    // edge: UNVERIFIED (needs Android 8.0 now; last version for 7.x not found). Not "current".
    last: { chrome: 119, firefox: 143, edge: 'unknown' },
    // Source (chrome: "The last version of Chrome that supports Android Nougat is Chrome 119"): https://support.google.com/chrome/a/answer/7679408
    // Source (chrome: quotes those release notes): https://www.91mobiles.com/hub/google-chrome-end-support-android-nougat/
    // Source (firefox: 143 last, 144 (Oct 2025) needs 8.0): https://blog.mozilla.org/futurereleases/?p=2729
  },
  {
    // Android 8–9
    os: 'Android', from: '8.0', to: '9.99',
    last: { chrome: 138 },
    // Source (chrome: 138 last, 139 (Aug 2025) needs 10): https://mezha.media/en/news/chrome-android-8-end-of-support-302901
    // Source (chrome: Google confirmed in June 2025): https://gadgetbond.com/google-chrome-139-android-10-minimum-requirement
    // Source (edge: Android 8.0 or later is supported): https://learn.microsoft.com/en-us/deployedge/microsoft-edge-supported-operating-systems
  },
  // ---------------------------------------------------------------- iOS (all engines are WebKit)
  {
    // iOS 16
    os: 'iOS', from: '16.0', to: '16.99',
    // firefox, edge: UNVERIFIED. Microsoft listed iOS 16+ in Nov 2024 but supports only the two
    // newest iOS versions; Firefox's minimum was not found. These gaps do NOT mean "current".
    last: { chrome: 137, firefox: 'unknown', edge: 'unknown' },
    // Source (chrome: 138 needs iOS 17 (reported from the beta by MacRumors)): https://techbitnow.com/?p=6670
    // Source (chrome: 138 runs only on iOS 17): https://tg24.sky.it/tecnologia/2025/08/05/google-chrome-stop-android
  },
];
