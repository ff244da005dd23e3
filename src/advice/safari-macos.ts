/**
 * Which macOS versions each Safari runs on. Safari's user agent says macOS 10.15.7 on every
 * Mac since macOS 11 (and on 10.15 itself), so the system it names says nothing; its own
 * version does: Apple ships each Safari for the newest macOS and the two before it. Advice for
 * such a Safari must hold on every macOS in its range (the oldest decides, see advise.ts).
 *
 * Source (all rows: Apple's Safari release notes, one page per version, name the macOS
 * versions each Safari is available for): https://developer.apple.com/documentation/safari-release-notes
 * - 14: https://developer.apple.com/documentation/safari-release-notes/safari-14-release-notes
 *   (macOS Big Sur 11, Catalina 10.15, Mojave 10.14.6)
 * - 15: https://developer.apple.com/documentation/safari-release-notes/safari-15-release-notes
 *   (macOS Monterey 12, Big Sur 11, Catalina 10.15)
 * - 16: https://developer.apple.com/documentation/safari-release-notes/safari-16-release-notes
 *   (macOS Ventura 13, Monterey 12, Big Sur 11)
 * - 17: https://developer.apple.com/documentation/safari-release-notes/safari-17-release-notes
 *   (macOS Sonoma 14, Ventura 13, Monterey 12)
 * - 18: https://developer.apple.com/documentation/safari-release-notes/safari-18-release-notes
 *   (macOS Sequoia 15, Sonoma 14, Ventura 13)
 * - 26: https://developer.apple.com/documentation/safari-release-notes/safari-26-release-notes
 *   (macOS Tahoe 26, Sequoia 15, Sonoma 14)
 *
 * Checked against independent reports where Apple's pages could not be read here: Safari 14
 * "is also available for macOS Catalina" beside Big Sur (Wikipedia's Safari article, 2021), and
 * Safari 16 "runs only from macOS 11 Big Sur", not on 10.15 (heise online, 2022-06-09:
 * https://www.heise.de/news/Apple-Browser-Safari-Support-fuer-aeltere-Macs-endet-bald-7153329.html).
 *
 * A Safari older than every row, or a version between rows (there was no Safari 19–25), is
 * not known here: the advice then recommends nothing (see advise.ts). One newer than every
 * row is on a current macOS.
 */
export interface SafariRange {
  /** Safari's major version. */
  safari: number;
  /** The oldest macOS it runs on (dotted, as the OS table's rows). */
  from: string;
  /** The newest macOS it ran on; `null` for the newest Safari (it runs on what comes next). */
  to: string | null;
}

/** Sorted by Safari version. */
export const SAFARI_MACOS: readonly SafariRange[] = [
  { safari: 14, from: '10.14.6', to: '11.99' },
  { safari: 15, from: '10.15', to: '12.99' },
  { safari: 16, from: '11.0', to: '13.99' },
  { safari: 17, from: '12.0', to: '14.99' },
  { safari: 18, from: '13.0', to: '15.99' },
  { safari: 26, from: '14.0', to: null },
];

/**
 * The macOS range a Safari of this version runs on: its row, `'newer'` past the newest row
 * (a current macOS), or null where the table does not know it (older, or between rows).
 *
 * @example
 * ```ts
 * safariMacRange('15.6'); // { safari: 15, from: '10.15', to: '12.99' }
 * safariMacRange('27.0'); // 'newer'
 * safariMacRange('13.1'); // null
 * ```
 */
export function safariMacRange(version: string | null): SafariRange | 'newer' | null {
  const major = parseInt(version || '', 10);
  for (let i = 0; i < SAFARI_MACOS.length; i++) if (SAFARI_MACOS[i]!.safari === major) return SAFARI_MACOS[i]!;
  return major > SAFARI_MACOS[SAFARI_MACOS.length - 1]!.safari ? 'newer' : null;
}
