import type { Verdict } from '../verdict';
import type { BrowserId } from '../locales/types';
import type { ShowOptions } from '../notice/options';
import { domCall } from '../notice/page-document';

/** What an event's `detail` holds: the verdict, and for `link` the browser followed. */
export interface NoticeEventDetail {
  verdict: Verdict;
  browser?: BrowserId;
}

/**
 * The script tag's events, for a site's analytics, which cannot pass callbacks
 * through data attributes: `old-browser-notice:show`, `old-browser-notice:dismiss`
 * and `old-browser-notice:link`, dispatched on `document` with the verdict in
 * `event.detail`. Made with `createEvent`/`initEvent`, which IE 9–11 have, rather
 * than the `CustomEvent` constructor, which they lack. A listener's error stays
 * the listener's: `dispatchEvent` reports it without throwing into the notice.
 *
 * @example
 * ```js
 * document.addEventListener('old-browser-notice:show', function (event) {
 *   _paq.push(['trackEvent', 'Old browser notice', 'show', event.detail.verdict.agent]);
 * });
 * ```
 */
export function withEvents(doc: Document, options: ShowOptions): ShowOptions {
  const fire = (type: string) => (verdict: Verdict, browser?: BrowserId) => {
    const event = domCall(doc, 'createEvent', 'Event') as Event & { detail: NoticeEventDetail };
    event.initEvent('old-browser-notice:' + type, true, false);
    event.detail = { verdict, browser };
    domCall(doc, 'dispatchEvent', event);
  };
  options.onShow = fire('show');
  options.onDismiss = fire('dismiss');
  options.onLinkClick = fire('link');
  return options;
}
