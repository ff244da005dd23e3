import { NOTICE_CSS } from './styles';
import { domCall, domRead } from './page-document';

const STYLE_ID = 'old-browser-notice-styles';
const STYLED_FLAG = '__oldBrowserNoticeSheet';

/**
 * Adds the notice's styles so that they apply under a strict CSP: measured in
 * Chromium with `style-src 'self'`, a constructable stylesheet applies with no
 * violation, and so does a `<style>` carrying the page's nonce, while a plain
 * inserted `<style>` is blocked. So: adoptedStyleSheets where the browser has them,
 * else `<style nonce>` (the option, else the current script's), else a `<link>` to
 * `stylesheet` (the CSS file beside the script tag's, which `style-src 'self'` allows:
 * old browsers lack constructable stylesheets and sites rarely give a nonce), else a
 * plain `<style>` (fine on pages without a CSP).
 */
export function applyStyles(doc: Document, nonce: string | undefined, stylesheet?: string): void {
  const anyDoc = doc as Document & { [STYLED_FLAG]?: boolean };
  // Once per document, whichever copy of the library comes first: the flag is on the document,
  // not an element, so a page's own element with our id is not taken for our styles (and
  // `=== true`: an element named like the flag is not it either).
  if (anyDoc[STYLED_FLAG] === true) return;
  anyDoc[STYLED_FLAG] = true;
  const win = domRead(doc, 'defaultView') as (Window & { CSSStyleSheet?: typeof CSSStyleSheet }) | null;
  try {
    if (win && 'adoptedStyleSheets' in doc && win.CSSStyleSheet && 'replaceSync' in win.CSSStyleSheet.prototype) {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(NOTICE_CSS);
      // Appending keeps the page's own sheets; assignment, not push, for older implementations.
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.concat([sheet]);
      return;
    }
  } catch {
    // Fall through to a <style> element.
  }
  const linked = !nonce && stylesheet;
  const style = domCall(doc, 'createElement', linked ? 'link' : 'style') as HTMLStyleElement & HTMLLinkElement;
  style.id = STYLE_ID;
  if (linked) {
    style.rel = 'stylesheet';
    style.href = linked;
  } else {
    if (nonce) {
      style.nonce = nonce;
      style.setAttribute('nonce', nonce);
    }
    style.appendChild(domCall(doc, 'createTextNode', NOTICE_CSS));
  }
  (domRead(doc, 'head') || domRead(doc, 'documentElement')).appendChild(style);
}
