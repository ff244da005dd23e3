import type { BrowserId } from '../locales/types';

/**
 * The browsers the notice can recommend, in the order it names them, with their
 * vendors' generic download pages (download-pages.ts has the localized ones).
 * Sources: the vendors' own sites, https://www.mozilla.org/firefox/new/,
 * https://www.google.com/chrome/, https://www.microsoft.com/edge/download.
 */
export const BROWSERS: Readonly<Record<BrowserId, { name: string; download: string }>> = {
  firefox: { name: 'Mozilla Firefox', download: 'https://www.mozilla.org/firefox/new/' },
  chrome: { name: 'Google Chrome', download: 'https://www.google.com/chrome/' },
  edge: { name: 'Microsoft Edge', download: 'https://www.microsoft.com/edge/download' },
};

/** Recommendation order when nothing narrows it down. */
export const DEFAULT_RECOMMENDATION: readonly BrowserId[] = ['firefox', 'chrome', 'edge'];
