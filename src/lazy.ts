/**
 * old-browser-notice/lazy — `showNotice` for browser bundles, split in two like the
 * script tag: this part (the first stage's pattern, the gate for the site's policy, the
 * options it reads) decides for current browsers and stops; everything else — the
 * rules, ua-parser-js, the notice, the languages — is a dynamic `import()` that
 * bundlers put in a chunk of its own, loaded only when this part cannot call the
 * browser current, or in preview. Whatever it calls current, the full rules call
 * supported (src/shapes/browser-shapes.ts; tested over every known user agent).
 */
import type { Verdict } from './verdict';
import { patternAccepts } from './first-stage/accepts';
import { compileGate, type Gate } from './first-stage/gate';
import { FIRST_STAGE_PATTERN } from './first-stage/shapes.generated';
import type { ShowOptions } from './notice/options';

/** The gates for `defaults` as built, not strict and strict, as JSON set by the build (tsup.config.ts, vitest.config.ts): no policy to carry. */
declare const __DEFAULT_GATES__: string;

/**
 * The gate when this part can tell it without the parser: for no policy or `defaults`
 * (as built), or a compiled policy. Any other query is left to the rest, which reads it
 * and says on the console what is wrong with it.
 */
function gateFor(browsers: ShowOptions['browsers'], strict: boolean): Gate | null {
  if (browsers === undefined || browsers === 'defaults') return (JSON.parse(__DEFAULT_GATES__) as [Gate, Gate])[strict ? 1 : 0];
  if (browsers && (browsers as { agents?: unknown }).agents) return compileGate((browsers as { agents: Record<string, string> }).agents, strict);
  return null;
}

/** Whether the first check alone finds the browser current; any doubt (or error) says no. */
function current(options: ShowOptions): boolean {
  try {
    const doc = options.document || document;
    const win = doc.defaultView!;
    const nav = win.navigator;
    const gate = gateFor(options.browsers, !!options.strict);
    // onSupported wants the full verdict, and preview shows the notice to every browser (the
    // rest reads the address exactly).
    // insecure: the gate knows neither the system nor the day, so the rest decides.
    if (!gate || options.onSupported || options.preview || options.insecure || String(doc.URL).indexOf('old-browser-notice=preview') >= 0) return false;
    const ua = options.userAgent !== undefined ? String(options.userAgent) : nav.userAgent;
    return patternAccepts(ua, FIRST_STAGE_PATTERN, gate, () => nav.maxTouchPoints);
  } catch {
    return false;
  }
}

/**
 * Shows the notice to old browsers, like `showNotice` from `old-browser-notice`, but
 * a current browser downloads only the first check (about 1.5 KB gzipped); the rest is
 * loaded with a dynamic `import()` when the check cannot call the browser current, or
 * in preview. Takes the same options. For the smallest first check, give `browsers` as
 * `defaults` (or leave it out) or as a compiled policy (`npx old-browser-notice policy`);
 * any other query is read by the rest, which then loads for every visitor. Bundlers
 * load the rest with `Promise`: a bundle for IE 11 needs a Promise polyfill (or the
 * main entry); without one this does nothing and returns undefined.
 *
 * @returns a promise of the verdict when the rest ran; of null when the first check
 *   found the browser current (nothing to show) or the notice could not run.
 * @example
 * ```ts
 * import { showNotice } from 'old-browser-notice/lazy';
 * showNotice({ site: 'Haninge kommun' });
 * ```
 */
export function showNotice(options: ShowOptions = {}): Promise<Verdict | null> {
  // Bundlers load chunks with Promise: without one (IE 11 with no polyfill) nothing can
  // load, and the page must not break. Such bundles use `old-browser-notice` itself.
  if (typeof Promise === 'undefined') return undefined as never;
  if (current(options)) return Promise.resolve(null);
  try {
    return import('./lazy-rest').then(
      (rest) => rest.showFullNotice(options),
      () => null,
    );
  } catch {
    return Promise.resolve(null);
  }
}

export type { ShowOptions, Verdict };
