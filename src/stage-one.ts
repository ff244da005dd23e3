/**
 * The first stage of the script tag: all that a current browser downloads and
 * runs. It recognises current browsers by their user agent's shape (one table, the
 * same for every site) and the versions it read, compared as numbers with minimums baked
 * in for the site's policy at build time, and stops. A current browser's path runs no
 * regular expression (see first-stage/match-shapes.ts for why). Otherwise (or in preview mode) it
 * loads the second stage (old-browser-notice.global.js, beside it), which reads the
 * site's data attributes from this script's own tag and gets its nonce and, when
 * known, its integrity. ES5, no global, silent on failure.
 */
import { gateAccepts } from './first-stage/accepts';
import type { Gate } from './first-stage/gate';
import type { Shape } from './first-stage/types';
import { FIRST_STAGE_SCRIPT } from './script-tag/stub';

/** Filled in by the site build (build/site-files.ts): the shapes, the gate for the site's policy, and the second stage's integrity. */
declare const __OBN_BAKED__: [shapes: Shape[], gate: Gate, integrity: string];


(function () {
  try {
    const doc = document;
    // Decided once: an old browser would otherwise run the matcher again after reading its tag.
    const current = gateAccepts(navigator.userAgent, __OBN_BAKED__[0], __OBN_BAKED__[1], () => navigator.maxTouchPoints);
    // Preview mode shows the notice to any browser, so the second stage must come; a site
    // turns preview on or off on its tag with data-preview. The whole address is searched
    // (fewer bytes than its query; document.URL, as a page's first use of `location` costs
    // a tenth of a millisecond); the second stage reads the query exactly. String(): an
    // `<img name="URL">` before this script takes document.URL's place. `~`: -1 (not found)
    // is 0, anything else true, in fewer bytes than `>= 0`.
    const address = ~String(doc.URL).indexOf('old-browser-notice=preview');
    // A current browser stops here without touching an element: in a fresh page the first
    // element object a script gets costs more main-thread time (about 1 ms in Chromium,
    // bench/first-stage.bench.js) than all the rest. Only when some element has
    // data-preview is this script's own tag read first. Document's own methods, here and
    // below: a page's `<img name="querySelector">` or `name="createElement"` stands in for
    // the document's (DOM clobbering), never for its prototype's.
    if (current && !address && !Document.prototype.querySelector.call(doc, '[data-preview]')) return;
    // `document.currentScript` when it is a script (an `<img name="currentScript">` can
    // stand in its place), else — IE — the last script whose file is exactly ours: not a
    // guess at any URL that mentions the package (a CDN path, a locale script, a config
    // file). None: the TypeError that follows is caught like any failure.
    let own = doc.currentScript as HTMLScriptElement;
    if (!own || own.nodeName != 'SCRIPT') {
      const scripts = doc.scripts;
      let i = scripts.length;
      while (i-- && !/\/old-browser-notice\.js(?:[?#]|$)/.test(scripts[i]!.src));
      own = scripts[i]!;
    }
    const asked = own.getAttribute('data-preview');
    if (!(asked != null ? asked != 'off' : address) && current) return;
    const script = Document.prototype.createElement.call(doc, 'script') as HTMLScriptElement & Record<string, unknown>;
    script[FIRST_STAGE_SCRIPT] = own;
    // The attribute, not the property: browsers from before the nonce property check only the attribute.
    // An empty nonce where there is none: it matches no policy, and costs fewer bytes than a test.
    script.setAttribute('nonce', own.nonce || own.getAttribute('nonce') || '');
    script.integrity = __OBN_BAKED__[2];
    // The empty string is the `anonymous` keyword, in fewer bytes.
    script.crossOrigin = '';
    // old-browser-notice.global.js: the policy's name and the file's share their start.
    let url: string = own.src.replace(/[^/?#]*(?:[?#].*)?$/, FIRST_STAGE_SCRIPT + '.global.js');
    // Pages that enforce Trusted Types only accept a script URL made by a policy, and
    // report a second policy of the same name: one per page, kept on the factory. Only a
    // real factory makes one: where the browser has none, a page's `<a id="trustedTypes">`
    // or `<form name="trustedTypes">` is `window.trustedTypes`, and calling it throws; so
    // does `undefined[…]` where there is no such global. Either way the plain URL is used,
    // which is all such a browser accepts.
    type Policy = { createScriptURL: (url: string) => string };
    const trusted = (window as { trustedTypes?: { createPolicy: (name: string, rules: object) => Policy } & Record<string, Policy> }).trustedTypes!;
    try {
      url = (trusted[FIRST_STAGE_SCRIPT] = trusted[FIRST_STAGE_SCRIPT] || trusted.createPolicy(FIRST_STAGE_SCRIPT, { createScriptURL: (u: string) => u })).createScriptURL(url) as string;
    } catch {
      // No factory, or a page's element in its place.
    }
    script.src = url;
    // Anywhere will do: the second stage finds the page's tag through the property above.
    // Beside the page's tag rather than in document.head, which an `<img name="head">` can be.
    own.parentNode!.appendChild(script);
  } catch {
    // Never into the host page.
  }
})();
