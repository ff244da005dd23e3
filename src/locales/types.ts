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
  /** First sentence; names the site with `{site}`. */
  intro: string;
  /** The visitor's browser has a newer version for this device: ask them to update. Uses `{browsers}`. */
  update: string;
  /** The visitor's browser is not supported at all: suggest switching. Uses `{browsers}`. */
  switch: string;
  /** No current browser runs on this device's system (or iOS, where every browser is WebKit). */
  updateOs: string;
  /**
   * Said when a dismissal is remembered for `{days}` days: one form per plural
   * category of the locale's `plural` rule, in that rule's order.
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
