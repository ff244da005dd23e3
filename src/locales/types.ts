import type { PluralRuleName } from './plural-rules';

/** Browser ids the notice can recommend, each with an official download page. */
export type BrowserId = 'firefox' | 'chrome' | 'edge';

/**
 * Every piece of text the notice shows, in one language.
 *
 * Placeholders: `{site}` is the site's name, `{browsers}` the list of recommended
 * browsers (joined with `list`), `{days}` a number of days.
 */
export interface NoticeText {
  /** Visible heading of the notice region. */
  heading: string;
  /**
   * First sentence when the browser is `outdated` (below the policy's minimum): parts of the
   * `{site}` website will *soon* stop working in it. Names the site as a website, so that it
   * reads right with a name ("Haninge kommun") and with a host name ("haninge.se").
   */
  introOutdated: string;
  /**
   * First sentence when the browser is `unsupported` (outside the policy, e.g. IE 11): parts
   * of the `{site}` website may *already* not work in it. Never promises time ("soon").
   */
  introUnsupported: string;
  /**
   * First sentence when the browser is `insecure` (the `insecure` option): the policy
   * accepts it, but it no longer gets security updates on the visitor's system.
   */
  insecure: string;
  /**
   * The visitor's own browser has a newer version for this device: ask them to update it.
   * `{browsers}` is that one browser's name (never a list).
   */
  update: string;
  /** The visitor's browser is not supported at all: suggest switching. Uses `{browsers}`. */
  switch: string;
  /**
   * No browser that still gets security updates runs on this device's system (Windows 7,
   * an old macOS or Android): says why, then asks to update the system or use a newer device.
   */
  updateOs: string;
  /**
   * iPhone and iPad below the policy (every browser there is WebKit, and Apple still patches
   * older iOS lines): update the device's software, saying where (Settings › General ›
   * Software Update, in Apple's words for the language where known), and a newer device
   * only if it cannot be updated.
   */
  updateIos: string;
  /**
   * Safari on a Mac whose user agent hides the macOS version, when no browser is safe on every
   * macOS that Safari may be on: update macOS if the Mac can, or use a newer computer. Gives no
   * reason (on some of those systems a patched browser does run).
   */
  updateMac: string;
  /**
   * What closing the notice does when the dismissal is remembered for `{days}` days (it is
   * shown before the visitor has chosen anything): one form per plural category of the
   * locale's `plural` rule, in that rule's order. A form may leave out `{days}` only where
   * the language says the number with a word (Arabic, Hebrew and Maltese dual "two days").
   */
  remember: string[];
  /** Visible text of the dismiss button. */
  dismiss: string;
}

/** One locale: its strings and the facts needed to show them correctly. */
export interface Locale {
  /** BCP-47 tag, e.g. `sv`, `nb`, `zh-Hans`. */
  tag: string;
  /** The language's name in itself, e.g. `svenska`. */
  name: string;
  /** Writing direction. */
  dir: 'ltr' | 'rtl';
  /** Whether a native speaker has reviewed these strings. */
  reviewed: boolean;
  /** Which plural rule picks the form of `text.remember`. */
  plural: PluralRuleName;
  /** How a list of browsers reads: `A, B or C`. */
  list: { separator: string; lastSeparator: string };
  text: NoticeText;
}
