import type { BrowserId } from '../locales/types';

/**
 * The visitor's own browser, by browserslist agent, when the notice may ask them to update
 * it: `link` for the browsers the notice links to (their download page updates them), the
 * name for the others, which update themselves or through their store: Safari with macOS
 * (Software Update), Samsung Internet through Galaxy Store or Google Play, Opera itself.
 * An agent missing here (Internet Explorer, UC Browser, a WebView) is never told to update.
 *
 * @example
 * ```ts
 * OWN_BROWSER.samsung; // { name: 'Samsung Internet' }
 * OWN_BROWSER.and_chr; // { link: 'chrome' }: named and linked as notice/browsers.ts says
 * ```
 */
export const OWN_BROWSER: Readonly<Record<string, { link: BrowserId } | { link?: undefined; name: string }>> = {
  firefox: { link: 'firefox' },
  and_ff: { link: 'firefox' },
  chrome: { link: 'chrome' },
  and_chr: { link: 'chrome' },
  edge: { link: 'edge' },
  safari: { name: 'Safari' },
  samsung: { name: 'Samsung Internet' },
  opera: { name: 'Opera' },
  op_mob: { name: 'Opera' },
};
