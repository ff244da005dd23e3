import { NOTICE_CSS } from './styles';
import { domCall, domRead } from './page-document';

const STYLE_ID = 'old-browser-notice-styles';
const ADOPTED_FLAG = '__oldBrowserNoticeSheet';

/**
 * Adds the notice's styles so that they apply under a strict CSP: measured in
 * Chromium with `style-src 'self'`, a constructable stylesheet applies with no
 * violation, and so does a `<style>` carrying the page's nonce, while a plain
 * inserted `<style>` is blocked. So: adoptedStyleSheets where the browser has them,
 * else `<style nonce>` (the option, else the current script's), else a plain
 * `<style>` (fine on pages without a CSP, which is where old browsers are).
 */
export function applyStyles(doc: Document, nonce: string | undefined): void {
  const anyDoc = doc as Document & { [ADOPTED_FLAG]?: boolean };
  // Ours only: a page's own element with this id, or one named like the flag, is not our styles.
  const existing = domCall(doc, 'getElementById', STYLE_ID);
  if (anyDoc[ADOPTED_FLAG] === true || (existing && existing.nodeName === 'STYLE')) return;
  const win = domRead(doc, 'defaultView') as (Window & { CSSStyleSheet?: typeof CSSStyleSheet }) | null;
  try {
    if (win && 'adoptedStyleSheets' in doc && win.CSSStyleSheet && 'replaceSync' in win.CSSStyleSheet.prototype) {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(NOTICE_CSS);
      // Appending keeps the page's own sheets; assignment, not push, for older implementations.
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.concat([sheet]);
      anyDoc[ADOPTED_FLAG] = true;
      return;
    }
  } catch {
    // Fall through to a <style> element.
  }
  const style = domCall(doc, 'createElement', 'style') as HTMLStyleElement;
  style.id = STYLE_ID;
  if (nonce) {
    style.nonce = nonce;
    style.setAttribute('nonce', nonce);
  }
  style.appendChild(domCall(doc, 'createTextNode', NOTICE_CSS));
  (domRead(doc, 'head') || domRead(doc, 'documentElement')).appendChild(style);
}
