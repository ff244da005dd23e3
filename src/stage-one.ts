/**
 * The first stage of the script tag: all that a current browser downloads and
 * runs. It recognises current browsers by their user agent's shape (one pattern, the
 * same for every site) and the versions it read, compared as numbers with minimums baked
 * in for the site's policy at build time, and stops. Otherwise (or in preview mode) it
 * loads the second stage (old-browser-notice.global.js, beside it), which reads the
 * site's data attributes from this script's own tag and gets its nonce and, when
 * known, its integrity. ES5, no global, silent on failure.
 */
import { gateAccepts } from './gate/accepts';
import type { Gate } from './gate/gate-recipe';
import { FIRST_STAGE_SCRIPT } from './script-tag/stub';

/** Filled in by the site build (build/site-files.ts): the pattern, the gate for the site's policy, and the second stage's integrity. */
declare const __OBN_BAKED__: [pattern: RegExp, gate: Gate, integrity: string];

const STAGE_TWO = 'old-browser-notice.global.js';

/** `document.currentScript`, or for IE the last script that names us. None: the TypeError that follows is caught like any failure. */
function ownScript(doc: Document): HTMLScriptElement {
  if (doc.currentScript) return doc.currentScript as HTMLScriptElement;
  const scripts = doc.scripts;
  let i = scripts.length;
  while (i-- && !/old-browser-notice/.test(scripts[i]!.src));
  return scripts[i]!;
}

(function () {
  try {
    const doc = document;
    const own = ownScript(doc);
    // Preview mode shows the notice to any browser, so the second stage must come.
    const preview = /old-browser-notice=preview/.test(location.search) || own.hasAttribute('data-preview');
    if (!preview && gateAccepts(navigator.userAgent, __OBN_BAKED__[0], __OBN_BAKED__[1], () => navigator.maxTouchPoints)) return;
    const script = doc.createElement('script') as HTMLScriptElement & Record<string, unknown>;
    script[FIRST_STAGE_SCRIPT] = own;
    // The attribute, not the property: browsers from before the nonce property check only the attribute.
    const nonce = own.nonce || own.getAttribute('nonce');
    if (nonce) script.setAttribute('nonce', nonce);
    script.integrity = __OBN_BAKED__[2];
    script.crossOrigin = 'anonymous';
    const url = own.src.replace(/[^/?#]*(?:[?#].*)?$/, STAGE_TWO);
    // Pages that enforce Trusted Types only accept a script URL made by a policy.
    const trusted = (window as { trustedTypes?: { createPolicy: (name: string, rules: object) => { createScriptURL: (url: string) => string } } }).trustedTypes;
    script.src = trusted ? trusted.createPolicy('old-browser-notice', { createScriptURL: (u: string) => u }).createScriptURL(url) : url;
    own.parentNode!.insertBefore(script, own);
  } catch {
    // Never into the host page.
  }
})();
