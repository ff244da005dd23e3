import { judge } from '../detect/judge';
import { applyClientHints } from '../hints/client-hints';
import { lowEntropyHints, requestHighEntropyHints } from '../hints/user-agent-data';
import { isNotified, type Verdict } from '../verdict';
import { OldBrowserNoticeError } from '../errors';
import { inform, warn } from '../warn';
import { resolvePolicy, type PolicySource } from '../policy/resolve';
import { applyStyles } from './apply-styles';
import { buildNoticeElement, NOTICE_ATTRIBUTE, type RenderedNotice } from './dom';
import type { BrowserId } from '../locales/types';
import type { ShowOptions } from './options';
import { checkRecommend } from './content';
import { pageLanguage, resolveContent } from './render';
import { isDismissed, rememberDismissal } from './storage';
import { domCall, domRead } from './page-document';

/** How long the notice waits for the high-entropy client hints before it shows anyway. */
const HINTS_WAIT_MS = 300;

const PREVIEW_PARAMETER = /[?&]old-browser-notice=preview(?:[&#]|$)/;

function call<E>(callback: ((verdict: Verdict, extra: E) => void) | undefined, verdict: Verdict, extra?: E): void {
  if (!callback) return;
  try {
    callback(verdict, extra as E);
  } catch {
    // A site's callback failing must not stop the notice.
  }
}

function findContainer(doc: Document, container: ShowOptions['container']): Element | null {
  const body = domRead(doc, 'body');
  if (!container) return body;
  if (typeof container !== 'string') return container;
  let found: Element | null;
  try {
    found = domCall(doc, 'querySelector', container);
  } catch {
    warn(`container \`${container}\` is not a valid CSS selector; showing the notice at the top of <body>. Fix the selector.`);
    return body;
  }
  if (!found) warn(`container \`${container}\` matches no element; showing the notice at the top of <body>. Fix the selector or add the element.`);
  return found || body;
}

/**
 * Runs once the document is parsed: from <head> the body does not exist yet, and
 * waiting also lets locale scripts placed after ours register before we render.
 */
function whenParsed(doc: Document, run: () => void): void {
  if (domRead(doc, 'body') && domRead(doc, 'readyState') !== 'loading') {
    run();
    return;
  }
  const onReady = () => {
    domCall(doc, 'removeEventListener', 'DOMContentLoaded', onReady);
    run();
  };
  domCall(doc, 'addEventListener', 'DOMContentLoaded', onReady);
}

/** After a dismissal that took focus with it: the page's main content, else its first heading. */
function moveFocusToPage(doc: Document): void {
  const target = (domCall(doc, 'querySelector', 'main,[role="main"]') || domCall(doc, 'getElementsByTagName', 'h1')[0]) as HTMLElement | undefined;
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
}

/** A notice the server rendered (`renderNoticeHTML`): the script takes it over instead of adding its own. */
const SERVER_NOTICE = '[' + NOTICE_ATTRIBUTE + '="server"]';

/** The server's notice, marked as ours from now on, with the parts behaviour is wired to. */
function adopt(root: HTMLElement): RenderedNotice {
  root.setAttribute(NOTICE_ATTRIBUTE, '');
  const anchors = root.getElementsByTagName('a');
  const links: RenderedNotice['links'] = [];
  for (let i = 0; i < anchors.length; i++) links.push({ element: anchors[i]!, browser: anchors[i]!.getAttribute('data-browser') || '' });
  return { root, dismiss: root.getElementsByTagName('button')[0]!, links };
}

function insert(doc: Document, verdict: Verdict, options: ShowOptions): HTMLElement | null {
  const server = domCall(doc, 'querySelector', SERVER_NOTICE) as HTMLElement | null;
  if (!server && domCall(doc, 'querySelector', '[' + NOTICE_ATTRIBUTE + ']')) return null; // included twice: shown once
  const parent = server ? server.parentNode : findContainer(doc, options.container);
  if (!parent) return null;
  const win = domRead(doc, 'defaultView')!;
  const days = options.remember && options.remember.days;
  const notice = server
    ? adopt(server)
    : buildNoticeElement(doc, resolveContent(verdict, { ...options, rememberDays: days }, doc), {
        headingLevel: options.headingLevel,
        className: options.className,
        pageLang: pageLanguage(doc),
      });
  if (options.styles !== 'external') applyStyles(doc, options.nonce, options.stylesheet);
  notice.dismiss.addEventListener('click', () => {
    // Handlers run later, outside the try around the rest: they need their own.
    try {
      const active = domRead(doc, 'activeElement');
      const hadFocus = !!active && notice.root.contains(active);
      if (notice.root.parentNode) notice.root.parentNode.removeChild(notice.root);
      if (!options.preview) rememberDismissal(win, days, new Date().getTime());
      if (hadFocus) moveFocusToPage(doc);
    } catch {
      // The page keeps working whatever failed.
    }
    call(options.onDismiss, verdict);
  });
  for (let i = 0; i < notice.links.length; i++) {
    const link = notice.links[i]!;
    link.element.addEventListener('click', () => call(options.onLinkClick, verdict, link.browser as BrowserId));
  }
  if (!server) parent.insertBefore(notice.root, parent.firstChild);
  call(options.onShow, verdict);
  return notice.root;
}

/**
 * The body of `showNotice`, given where policies come from. Never throws: a bad
 * configuration is reported on the console with its fix, anything else is silent,
 * and the page keeps working either way.
 *
 * @param prepare work the notice waits for before it shows, started only when it will
 *   (the script tag fetches the visitor's language): returns whether it started, and
 *   calls `resume` once when done.
 */
export function showNoticeWith(
  source: PolicySource,
  options: ShowOptions,
  doc: Document,
  prepare?: (resume: () => void) => boolean,
): Verdict | null {
  try {
    const win = domRead(doc, 'defaultView')!;
    const nav = win.navigator;
    const policy = resolvePolicy(options.browsers, source);
    // Said now, on the console, rather than lost when the notice renders later.
    checkRecommend(options.recommend);
    const ua = options.userAgent !== undefined ? options.userAgent : nav.userAgent;
    const judgeOptions = { strict: options.strict, maxTouchPoints: nav.maxTouchPoints, now: options.now, insecure: options.insecure };
    // Chromium browsers say more in navigator.userAgentData than in their frozen user agent.
    const hints = options.userAgent === undefined ? lowEntropyHints(nav) : null;
    let verdict = applyClientHints(judge(ua, policy, judgeOptions), hints, ua, policy, judgeOptions);
    let preview = !!options.preview || (options.previewByAddress !== false && PREVIEW_PARAMETER.test(String(win.location && win.location.search)));
    // Anyone can link to a preview address, and a crawler would index the notice and its
    // developer line: a bot gets the explanation on the console only.
    if (preview && verdict.status === 'bot') {
      inform(`preview: not shown, since this visitor is a bot or crawler (${verdict.reason}) Open the page in a browser to preview the notice.`);
      preview = false;
    }
    const notifies = (v: Verdict) => isNotified(v.status);
    if (verdict.status === 'supported') call(options.onSupported, verdict);
    if (!preview && (!notifies(verdict) || isDismissed(win, options.remember && options.remember.days, new Date().getTime()))) {
      // A notice the server rendered on every page goes once the visitor has dismissed it.
      whenParsed(doc, () => {
        const server = domCall(doc, 'querySelector', SERVER_NOTICE);
        if (server && server.parentNode) server.parentNode.removeChild(server);
      });
      return verdict;
    }
    let shown: HTMLElement | null = null;
    let parsed = false;
    let inserted = false;
    // The full version and the platform version (a real macOS, Windows 11) come later,
    // from Chromium browsers only: the notice waits for them a moment, so that its advice
    // fits the device, and a late answer can still take back a notice that was wrong.
    let waiting = false;
    let preparing = false;
    const show = (): void => {
      if (!parsed || waiting || preparing || inserted) return;
      inserted = true;
      try {
        if (preview || notifies(verdict)) shown = insert(doc, verdict, { ...options, preview });
      } catch {
        // Never into the host page.
      }
    };
    waiting = !!hints && !preview && requestHighEntropyHints(nav, hints, (fuller) => {
      verdict = applyClientHints(judge(ua, policy, judgeOptions), fuller, ua, policy, judgeOptions);
      waiting = false;
      if (!notifies(verdict) && shown && shown.parentNode) shown.parentNode.removeChild(shown);
      show();
    });
    if (waiting) {
      win.setTimeout(() => {
        waiting = false;
        show();
      }, HINTS_WAIT_MS);
    }
    // Set first: `resume` may come before `prepare` returns.
    preparing = true;
    const resume = () => {
      preparing = false;
      show();
    };
    if (!prepare || !prepare(resume)) preparing = false;
    whenParsed(doc, () => {
      parsed = true;
      show();
    });
    return verdict;
  } catch (error) {
    if (error instanceof OldBrowserNoticeError) warn(error.message);
    return null;
  }
}
