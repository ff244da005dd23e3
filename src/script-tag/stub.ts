import type { Locale } from '../locales/types';

/** Where the first stage's stand-in global keeps locales registered before stage two arrives. */
export const QUEUE = '__oldBrowserNoticeQueue';

/**
 * The property of the `<script>` element the first stage inserts that holds the page's
 * own `<script>` tag, so that stage two reads the site's data attributes from there. The
 * same name is the first stage's Trusted Types policy, and where the page's
 * `trustedTypes` keeps it: one string, a few bytes fewer in the first stage.
 */
export const FIRST_STAGE_SCRIPT = 'old-browser-notice';

/**
 * What the first stage puts at `window.OldBrowserNotice` while it loads stage two:
 * just enough for locale scripts placed after it to register. Stage two takes the
 * queue and replaces the stand-in with the full API.
 */
export interface LoaderStub {
  addLocale: (locale: Locale) => void;
  [QUEUE]: Locale[];
}
