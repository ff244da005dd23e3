import type { Verdict } from '../verdict';
import type { BrowserId, Locale, NoticeText } from '../locales/types';
import type { Policy } from '../policy/types';

/** The heading levels the notice can take: `<h1>` is the page's own. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** How the notice looks and what it says. Shared by every way of rendering it. */
export interface RenderOptions {
  /** The site's name in the text. Default: the page's hostname. */
  site?: string;
  /** Language tag to use (e.g. `sv`, `en`); default: `<html lang>`, then the visitor's languages, then English. */
  lang?: string;
  /** Extra locales besides the built-in ones (Swedish and English). */
  locales?: Locale[];
  /** Replace any string of the chosen locale, e.g. `{ heading: 'Din webbläsare behöver uppdateras' }`. */
  text?: Partial<NoticeText>;
  /** Heading level of the notice's heading, 2–6, to fit the page's outline. Default 2. */
  headingLevel?: HeadingLevel;
  /** When set, say that a dismissal is remembered on this device for this many days. */
  rememberDays?: number;
  /** Extra class name(s) on the notice element, for the site's own styling. */
  className?: string;
  /** Show the preview explanation (status, agent, version, the policy's minimum). */
  preview?: boolean;
  /** Browsers to recommend, in order. Default: Firefox, Chrome, Edge. */
  recommend?: BrowserId[];
}

/** Everything {@link showNotice} takes: rendering, policy, placement, memory and events. */
export interface ShowOptions extends RenderOptions {
  /** The supported browsers: a compiled policy, `defaults`, or an `agent >= version` list. Default: `defaults` as built. */
  browsers?: string | Policy;
  /** Judge by the browser's own agent only (no engine capability check). */
  strict?: boolean;
  /**
   * Also show the notice to a browser the policy accepts but whose last version on the
   * visitor's system gets no security fixes on the day (status `insecure`). Default false.
   * The script tag: `data-insecure`.
   */
  insecure?: boolean;
  /**
   * Whether `?old-browser-notice=preview` in the page's address shows the preview. Default
   * true; set false in production (the script tag: `data-preview="off"`), so that no link
   * to the site can make it tell a visitor with a current browser that theirs is out of date.
   */
  previewByAddress?: boolean;
  /**
   * The moment the advice is for (a `Date` or milliseconds); default: now. A browser is
   * recommended only while its last version on the visitor's system gets security fixes.
   * For tests and previews, e.g. `showNotice({ userAgent, now: new Date('2026-01-15') })`.
   */
  now?: Date | number;
  /** Where the notice goes, as its first child: an element or a CSS selector. Default: `<body>`. */
  container?: Element | string;
  /** Remember a dismissal in localStorage for `days`; default: for this session only (sessionStorage). */
  remember?: { days: number };
  /** `auto`: add the styles (constructable stylesheet, else a `<style>` with the nonce). `external`: the page links `old-browser-notice.css` itself. */
  styles?: 'auto' | 'external';
  /** Nonce for the `<style>` element under a CSP without constructable stylesheets. Default: the current script's nonce. */
  nonce?: string;
  /**
   * Address of `old-browser-notice.css`, linked instead of a `<style>` in browsers without
   * constructable stylesheets when there is no `nonce`: a CSP's `style-src 'self'` allows
   * the file where it refuses an inline style. The script tag sets it to the file beside it.
   */
  stylesheet?: string;
  /** The document to show the notice in. Default: the global `document`. */
  document?: Document;
  /** Judge this user agent instead of `navigator.userAgent` (tests, previews). */
  userAgent?: string;
  /** Called with the verdict when the notice is inserted. */
  onShow?: (verdict: Verdict) => void;
  /** Called with the verdict when the visitor dismisses the notice. */
  onDismiss?: (verdict: Verdict) => void;
  /** Called with the verdict and the browser id when a download link is followed. */
  onLinkClick?: (verdict: Verdict, browser: BrowserId) => void;
  /** Called with the verdict when the browser is supported and nothing is shown. */
  onSupported?: (verdict: Verdict) => void;
}
