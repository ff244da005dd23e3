/**
 * The first stage of the script tag: all that a current browser downloads and
 * runs. It recognises clearly supported browsers with one regular expression built
 * for the site's policy at build time, and stops. Otherwise it loads
 * the second stage (old-browser-notice.global.js, beside it) with the same data
 * attributes, nonce and, when known, integrity. ES5, one global at most, silent on failure.
 */
import { gateAccepts } from './gate/accepts';
import { QUEUE } from './script-tag/stub';
import type { Locale } from './locales/types';

/** Filled in by the site build (build/site-files.ts): the gate for the site's policy, and the second stage's integrity. */
declare const __OBN_BAKED__: { gate: RegExp; integrity: string };

const STAGE_TWO = 'old-browser-notice.global.js';

function ownScript(doc: Document): HTMLScriptElement | null {
  if (doc.currentScript) return doc.currentScript as HTMLScriptElement;
  const scripts = doc.getElementsByTagName('script');
  for (let i = scripts.length - 1; i >= 0; i--) if (/old-browser-notice/.test(scripts[i]!.src)) return scripts[i]!;
  return null;
}

(function () {
  try {
    const nav = navigator;
    if (gateAccepts(nav.userAgent, __OBN_BAKED__.gate, nav.maxTouchPoints > 1)) return;
    const doc = document;
    const own = ownScript(doc);
    if (!own || !own.src || !own.parentNode) return;
    const win = window as unknown as { OldBrowserNotice?: unknown; trustedTypes?: { createPolicy: (name: string, rules: object) => { createScriptURL: (url: string) => string } } };
    // A stand-in global, so that locale scripts after this one can register before stage two arrives.
    if (win.OldBrowserNotice === undefined) {
      const queue: Locale[] = [];
      const stub: Record<string, unknown> = { addLocale: (locale: Locale) => queue.push(locale) };
      stub[QUEUE] = queue;
      win.OldBrowserNotice = stub;
    }
    const script = doc.createElement('script');
    const attributes = own.attributes;
    for (let i = 0; i < attributes.length; i++) {
      if (attributes[i]!.name.slice(0, 5) === 'data-') script.setAttribute(attributes[i]!.name, attributes[i]!.value);
    }
    const nonce = own.nonce || own.getAttribute('nonce');
    if (nonce) script.nonce = nonce;
    if (__OBN_BAKED__.integrity) {
      script.integrity = __OBN_BAKED__.integrity;
      script.crossOrigin = 'anonymous';
    }
    const url = own.src.replace(/[^/?#]*(?:[?#].*)?$/, STAGE_TWO);
    // Pages that enforce Trusted Types only accept a script URL made by a policy.
    const trusted = win.trustedTypes ? win.trustedTypes.createPolicy('old-browser-notice', { createScriptURL: (u: string) => u }) : null;
    script.src = trusted ? trusted.createScriptURL(url) : url;
    own.parentNode.insertBefore(script, own.nextSibling);
  } catch {
    // Never into the host page.
  }
})();
