import type { BrowserId } from '../locales/types';

/**
 * The last major version of Chrome, Firefox and Edge that old operating systems can run,
 * and the day that version's security fixes ended there.
 *
 * The notice uses this table so that it only recommends a browser the visitor can actually
 * install, and only while it is safe to use. Every fact has a public source in a `Source (fact): URL` comment in its row (comments,
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
 *   ua-parser reports 10.15.7 there. The rows for macOS 11 and 12 are reached when a user
 *   agent reports a real version, and for Safari, whose version tells the range of macOS it
 *   runs on (safari-macos.ts): its advice must hold on every row of that range.
 * - `last` holds, per browser, `[last major version, fixes until]`: the second is the day
 *   security fixes for that version ENDED on this OS (the first day without them), as an
 *   ISO date ('2023-01-10'). Where a source gives only a month or a year, the date says only
 *   that ('2020') and counts from the start of that month or year: the earliest the source
 *   allows, never the latest (dates compare as text, so '2020' comes before every day of 2020).
 * - A browser missing from `last` has current versions for the range (with fixes), and `null`
 *   means it was never available there. A few rows leave a browser out only because its last
 *   version could not be verified: those say `'unknown'` (and UNVERIFIED in a comment), so
 *   that the browser is never recommended there.
 * - For Chrome and Edge, a frozen version's fixes end the day the next major version ships
 *   (the vendors ship fixes in new versions only, and say "no further updates" for the
 *   dropped system from then on). Release dates: https://chromiumdash.appspot.com/schedule
 *   and https://chromereleases.googleblog.com/ (Chrome),
 *   https://learn.microsoft.com/en-us/deployedge/microsoft-edge-relnote-stable-channel (Edge),
 *   https://whattrainisitnow.com/calendar/ (Firefox and its ESR lines).
 * - Where sources disagree on an end, both are recorded and the EARLIER one is in `last`,
 *   so that the notice never sends anyone to a browser that may already be without fixes.
 *
 * Sorted by OS in the order Windows, Mac OS, Android, then by version. iOS has no rows (see
 * its comment at the end).
 */


/**
 * One range of versions of one operating system, the last major version of each browser
 * that still runs there, and when its security fixes ended. A browser missing from `last`
 * has current versions for this range; `null` means it was never available on it.
 */
export interface OsLimit {
  /** OS name exactly as ua-parser-js 1.x reports it: 'Windows', 'Mac OS', 'Android'. */
  os: 'Windows' | 'Mac OS' | 'Android';
  /** Lowest OS version in the range (inclusive), dotted numbers, e.g. '10.12'. */
  from: string;
  /** Highest OS version in the range (inclusive). */
  to: string;
  /**
   * Per browser `[last major version, the day its security fixes ended here]`; `null`: never
   * available; `'unknown'`: not verified, so never recommended.
   */
  last: Partial<Record<BrowserId, readonly [number, string] | null | 'unknown'>>;
}

export const OS_LIMITS: readonly OsLimit[] = [
  // ---------------------------------------------------------------- Windows (NT numbers)
  {
    // Windows XP and Vista
    os: 'Windows', from: '5.1', to: '6.0',
    last: { chrome: [49, '2016-04-13'], firefox: [52, '2018-06-26'], edge: null },
    // Source (chrome fixes: end with Chrome 50, 13 April 2016): https://chrome.googleblog.com/2015/11/updates-to-chrome-platform-support.html
    // Source (firefox fixes: Mozilla named June 2018 the end): http://computer.expressbpd.com/news/firefox-to-end-support-on-windows-xp-and-vista-by-june-2018/22523/
    // Source (firefox fixes: the last was ESR 52.9, 26 June 2018): https://aphnetworks.com/news/19599-firefox-calls-it-quits-antiquated-windows-xp-vista
    // Source (chrome: Google ends XP/Vista support in April 2016): https://chrome.googleblog.com/2015/11/updates-to-chrome-platform-support.html
    // Source (chrome: 50 dropped them, so 49 is last): https://news.softpedia.com/news/google-chrome-no-longer-supports-windows-xp-vista-old-os-x-versions-502940.shtml
    // Source (firefox: 52 (ESR) is last): http://news.softpedia.com/news/firefox-52-launches-as-the-last-version-for-windows-xp-and-windows-vista-513701.shtml
    // Source (edge: oldest Windows ever listed is 7 / Server 2008 R2): https://learn.microsoft.com/en-us/deployedge/microsoft-edge-supported-operating-systems
  },
  {
    // Windows 7, 8 and 8.1
    os: 'Windows', from: '6.1', to: '6.3',
    last: { chrome: [109, '2023-01-10'], firefox: [115, '2026-02-24'], edge: [109, '2023-01-12'] },
    // chrome: Google aligned the end with Windows' own (10 January 2023); its support page names
    // Chrome 110's release (7 February 2023). edge: Microsoft ended support with 109 (12 January
    // 2023), then shipped one more fix (109.0.1518.140, 15 September 2023) and Server 2012 fixes
    // to October 2023. firefox: Mozilla's support page gives the final ESR 115 release as
    // 24 February 2026; another report gives 15 September 2026 (fixes for these systems to
    // August 2026). The earlier date of each is used.
    // Source (chrome fixes: end aligned with Windows' end, 10 January 2023): https://scimyst.com/?p=123766
    // Source (chrome fixes: "no further updates" from 7 February 2023): https://tweakers.net/nieuws/202656/google-stopt-ondersteuning-chrome-op-windows-7-en-windows-81-in-februari-2023.html
    // Source (edge fixes: support ends 12 January 2023): https://techtimes.com/articles/284693/20221209/microsoft-edge-end-windows-7-8-8-1-support-january-2023.htm
    // Source (edge fixes: one later backport, 15 September 2023): https://ilsoftware.it/microsoft-rilascia-un-aggiornamento-per-edge-su-windows-7-e-8
    // Source (firefox fixes: final ESR 115 release 24 February 2026, per Mozilla's support page): https://www.opennet.ru/opennews/art.shtml?num=64835
    // Source (firefox fixes: ESR 115 end 15 September 2026, legacy systems to August 2026): https://pupuweb.com/how-long-will-firefox-keep-supporting-windows-7-and-8-1
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
    last: { chrome: [49, '2016-04-13'], firefox: [45, '2017-06-13'], edge: null },
    // firefox: ESR 45 ended with ESR 52.2 (13 June 2017); the source says "mid-2017".
    // Source (chrome fixes: end with Chrome 50, 13 April 2016): https://chrome.googleblog.com/2015/11/updates-to-chrome-platform-support.html
    // Source (chrome: 10.6–10.8 support ends April 2016): https://chrome.googleblog.com/2015/11/updates-to-chrome-platform-support.html
    // Source (chrome: 50 dropped them, so 49 is last): https://www.digitaltrends.com/computing/chrome-drops-support-for-legacy-oss/
    // Source (firefox: support for 10.6–10.8 ends; ESR 45 is the last supported version): https://moshbox.jp/?p=8344
    // Source (edge: Edge for macOS started at Sierra 10.12): https://github.com/MicrosoftDocs/EdgeEnterprise/issues/50
  },
  {
    // OS X 10.9 Mavericks
    os: 'Mac OS', from: '10.9', to: '10.9.99',
    last: { chrome: [65, '2018-04-17'], firefox: [78, '2021-11-02'], edge: null },
    // chrome: Chrome 66 shipped 17 April 2018. firefox: ESR 78 ended with ESR 91.3 (2 November 2021).
    // Source (chrome: "no further updates after M65" (Google forum post)): https://support.google.com/chrome/forum/AAAAP1KN0B0LTwFIxbaNjY/
    // Source (chrome: quotes that forum post in full): https://github.com/electron/electron/issues/13125
    // Source (firefox: 79 needs 10.12, so 78 ESR): https://www.macgadget.de/News/2020/06/29/Web-Browser-Firefox-Neue-Versionen-setzen-ab-Juli-mindestens-macOS-Sierra-voraus
    // Source (edge: never below 10.12): https://learn.microsoft.com/en-us/deployedge/microsoft-edge-supported-operating-systems
  },
  {
    // OS X 10.10 Yosemite
    os: 'Mac OS', from: '10.10', to: '10.10.99',
    // Chrome 87 comes from secondary sources only; no Google page was found for this step.
    last: { chrome: [87, '2021-01-19'], firefox: [78, '2021-11-02'], edge: null },
    // chrome: Chrome 88 shipped 19 January 2021. firefox: ESR 78 ended 2 November 2021.
    // Source (chrome: 88 ended 10.10 support): https://github.com/demetris/omni-carousel/blob/37560fb7153924c4bb2a185f2a506d35de65fcd9/browsers-and-devices.md
    // Source (chrome: frozen on 10.10 by March 2021): https://github.com/ShreyanJain9/ShreyanJain9.github.io/blob/14e51f39cdc9db3128d5930b3d76d4529ab8e155/posts/2021-03-09-chrome-stops-updates-for-os-x-1010.md
    // Source (firefox: 78 ESR for 10.9–10.11): https://www.techregister.co.uk/mozilla-takes-first-step-in-pulling-firefox-plug-on-macos-mavericks-yosemite-and-el-capitan/
    // Source (edge: never below 10.12): https://learn.microsoft.com/en-us/deployedge/microsoft-edge-supported-operating-systems
  },
  {
    // OS X 10.11 El Capitan
    os: 'Mac OS', from: '10.11', to: '10.11.99',
    last: { chrome: [103, '2022-08-02'], firefox: [78, '2021-11-02'], edge: null },
    // chrome: Chrome 104 shipped 2 August 2022. firefox: ESR 78 ended 2 November 2021.
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
    last: { chrome: [103, '2022-08-02'], firefox: [115, '2026-02-24'], edge: 'unknown' },
    // firefox: 24 February 2026 or 15 September 2026, as on Windows 7; the earlier is used.
    // Source (chrome: 104 dropped 10.11 and 10.12): https://support.google.com/chrome/a/answer/7679408#noSuppOsX104
    // Source (chrome: 104 needs 10.13): https://itmagazine.ch/artikel/77742/Kein_Chrome_104_fuer_aeltere_MacOS-Versionen.html
    // Source (firefox: 115 last for 10.12–10.14 (Mozilla support)): https://support.mozilla.org/de/kb/firefox-nutzer-macos-1012-1013-1014-umstellung-esr
    // Source (edge: did not run below 10.13 in Sept 2022 (version unknown)): https://github.com/MicrosoftDocs/Edge-Enterprise/issues/414
  },
  {
    // macOS 10.13–10.14
    os: 'Mac OS', from: '10.13', to: '10.14.99',
    last: { chrome: [116, '2023-09-12'], firefox: [115, '2026-02-24'], edge: [116, '2023-09-15'] },
    // chrome: Chrome 117 shipped 12 September 2023; edge: Edge 117 on 15 September 2023.
    // firefox: 24 February 2026 or 15 September 2026, as on Windows 7; the earlier is used.
    // Source (chrome: 116 last, 117 needs 10.15): https://www.macgadget.de/News/2023/05/31/Google-Chrome-Unterstuetzung-fuer-macOS-High-Sierra-und-macOS-Mojave-endet-im
    // Source (chrome: Chromium 117 needs 10.15): https://github.com/brave/brave-browser/issues/32019
    // Source (firefox: 115 last): https://support.mozilla.org/de/kb/firefox-nutzer-macos-1012-1013-1014-umstellung-esr
    // Source (edge: 117+ needs 10.15 (Microsoft then fixed its page)): https://github.com/MicrosoftDocs/Edge-Enterprise/issues/584
  },
  {
    // macOS 10.15 Catalina
    os: 'Mac OS', from: '10.15', to: '10.15.99',
    // Chrome/Edge user agents on macOS 11+ also report 10.15.7 and land here (see header).
    last: { chrome: [128, '2024-09-17'], edge: [128, '2024-09-19'] },
    // chrome: Chrome 129 shipped 17 September 2024; edge: Edge 129 on 19 September 2024.
    // Source (chrome: "M128 is the last milestone supporting macOS 10.15"): https://chromium.googlesource.com/chromium/src/+/5fe6977d30e2d68d519ac979ee901bac92fb2e10/chrome/browser/obsolete_system/obsolete_system_mac.cc
    // Source (chrome: 129 dropped 10.15): https://github.com/electron/electron/pull/44320
    // Source (edge: "macOS 11 and later starting with Microsoft Edge 129"; 127–128 keep working on Catalina): https://learn.microsoft.com/en-us/deployedge/microsoft-edge-supported-operating-systems
  },
  {
    // macOS 11 Big Sur
    os: 'Mac OS', from: '11.0', to: '11.99',
    // edge: UNVERIFIED. Microsoft still listed macOS 11 as supported in Nov 2024. No newer
    // statement was found, so this gap does NOT mean "current".
    last: { chrome: [138, '2025-08-05'], edge: 'unknown' },
    // chrome: Chrome 139 shipped 5 August 2025.
    // Source (chrome: "Chromium 138 will be the last mstone to support macOS 11"): https://chromium.googlesource.com/chromium/src/+/lkgr-android-internal/chrome/browser/obsolete_system/obsolete_system_mac.cc
    // Source (chrome: quotes Google, 139+ needs macOS 12): https://iphoneaddict.fr/post/news-412160-google-chrome-abandonner-support-macos-big
  },
  {
    // macOS 12 Monterey
    os: 'Mac OS', from: '12.0', to: '12.99',
    // edge: UNVERIFIED. Microsoft listed "macOS 11 and later" in Nov 2024, before Chromium 151
    // (on which Edge is built) dropped macOS 12; no newer statement was found. Not "current".
    last: { chrome: [150, '2026-07-28'], edge: 'unknown' },
    // chrome: Chrome 151 was scheduled for 28 July 2026; Google: no more fixes on macOS 12 from then.
    // Source (chrome fixes: Chrome 151 on 28 July 2026): https://www.nacion.com/tecnologia/chrome-retira-el-soporte-para-esta-version-de/HSFD2VSBYZF4XGYSCDDMUR322Y/story/
    // Source (chrome: 150 last on macOS 12, 151 needs macOS 13): https://chromestatus.com/feature/5077742779498496
    // Source (chrome: cites Google's help page): https://www.findarticles.com/chrome-to-end-support-for-macos-monterey-on-older-macs/
  },
  // ---------------------------------------------------------------- Android
  {
    // Android 4.1–4.3 Jelly Bean
    os: 'Android', from: '4.1', to: '4.3.99',
    // edge: null because Microsoft's requirement page has listed Android 4.4 as the minimum since 2020.
    last: { chrome: [71, '2019-01-29'], firefox: [68, '2020'], edge: null },
    // chrome: Chrome 72 shipped 29 January 2019. firefox: Mozilla planned the end of Firefox 68
    // for Android "in 2020", with no day found: counted from the start of 2020.
    // Source (firefox fixes: end of life in 2020): https://www.androidpolice.com/2019/04/26/mozilla-outlines-plan-to-replace-firefox-for-android-with-fenix/
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
    last: { chrome: [81, '2020-05-19'], firefox: [68, '2020'], edge: 'unknown' },
    // chrome: the next release was Chrome 83, 19 May 2020 (82 was skipped). firefox: as on 4.1–4.3.
    // Source (chrome fixes: 82 skipped, 83 in mid-May 2020): https://www.slashgear.com/chrome-browser-releases-will-continue-after-all-with-adjusted-schedule-27614617/
    // Source (chrome: KitKat dropped in M82): https://groups.google.com/a/chromium.org/g/chromium-dev/c/ypAS49lvN1M/m/LC0OFek5EAAJ
    // Source (chrome: M82 was cancelled, so 81 is last): https://github.com/webrtc/webrtc-org/blob/gh-pages/release-notes/index.md
    // Source (chrome: "Android 4.4.x devices can update Chrome version to 81"): https://github.com/beercss/beercss/issues/260
    // Source (firefox: 68 is the last Fennec): https://github.com/mdn/browser-compat-data/pull/4007
  },
  {
    // Android 5 Lollipop
    os: 'Android', from: '5.0', to: '5.99',
    // edge: UNVERIFIED (needs Android 8.0 now; last version for 5.x not found). Not "current".
    last: { chrome: [95, '2021-11-15'], firefox: [143, '2025-10-14'], edge: 'unknown' },
    // chrome: Chrome 96 shipped 15 November 2021. firefox: "no longer receive updates once
    // Firefox 144 is released" (14 October 2025).
    // Source (chrome: Lollipop dropped, minimum now 6.0): https://groups.google.com/a/chromium.org/g/chromium-dev/c/2MwR9KqwY9I/m/zpJ-fksqBwAJ
    // Source (chrome: "Last supported version was v95"): https://github.com/bromite/bromite/issues/1630
    // Source (firefox: 143 is the last for Android 7 and older): https://blog.mozilla.org/futurereleases/?p=2729
  },
  {
    // Android 6 Marshmallow
    os: 'Android', from: '6.0', to: '6.99',
    // edge: UNVERIFIED (needs Android 8.0 now; last version for 6.x not found). Not "current".
    last: { chrome: [106, '2022-10-25'], firefox: [143, '2025-10-14'], edge: 'unknown' },
    // chrome: Chrome 107 shipped 25 October 2022. firefox: Firefox 144, 14 October 2025.
    // Source (chrome: 106 last, 107 needs 7.0): https://www.tuttoandroid.net/news/2022/10/27/google-chrome-fine-supporto-android-6-marshmallow-967448/
    // Source (firefox: 143 last): https://blog.mozilla.org/futurereleases/?p=2729
  },
  {
    // Android 7 Nougat
    os: 'Android', from: '7.0', to: '7.99',
    // edge: UNVERIFIED (needs Android 8.0 now; last version for 7.x not found). Not "current".
    last: { chrome: [119, '2023-12-05'], firefox: [143, '2025-10-14'], edge: 'unknown' },
    // chrome: Chrome 120 shipped 5 December 2023. firefox: Firefox 144, 14 October 2025.
    // Source (chrome: "The last version of Chrome that supports Android Nougat is Chrome 119"): https://support.google.com/chrome/a/answer/7679408
    // Source (chrome: quotes those release notes): https://www.91mobiles.com/hub/google-chrome-end-support-android-nougat/
    // Source (firefox: 143 last, 144 (Oct 2025) needs 8.0): https://blog.mozilla.org/futurereleases/?p=2729
  },
  {
    // Android 8–9
    os: 'Android', from: '8.0', to: '9.99',
    // edge: UNVERIFIED. Microsoft's page (2024) said Android 8.0 or later, before Chromium 139
    // (on which Edge is built) needed Android 10; no newer statement was found. Not "current".
    last: { chrome: [138, '2025-08-05'], edge: 'unknown' },
    // chrome: "no longer receive security patches" once Chrome 139 shipped, 5 August 2025.
    // Source (chrome: 138 last, 139 (Aug 2025) needs 10): https://mezha.media/en/news/chrome-android-8-end-of-support-302901
    // Source (chrome: Google confirmed in June 2025; no more security patches): https://gadgetbond.com/google-chrome-139-android-10-minimum-requirement
    // Source (edge: Android 8.0 or later, as of 2024): https://learn.microsoft.com/en-us/deployedge/microsoft-edge-supported-operating-systems
  },
  // ---------------------------------------------------------------- iOS
  // No rows: on iOS and iPadOS every browser is WebKit, so the notice always asks for a
  // system update there and never reads this table (kept out of the script tag's bytes).
  // For the record, iOS 16: Chrome 137 is the last (138 needs iOS 17; its fixes for 16 ended
  // when 138 shipped, 24 June 2025); Firefox's and Edge's last versions were not found.
  // Source (chrome: 138 needs iOS 17 (reported from the beta by MacRumors)): https://techbitnow.com/?p=6670
  // Source (chrome: 138 runs only on iOS 17): https://tg24.sky.it/tecnologia/2025/08/05/google-chrome-stop-android
];
