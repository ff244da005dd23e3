/**
 * The script-tag build: an ES5 IIFE that configures itself from its own
 * `<script>` element's data attributes and adds exactly one global,
 * `OldBrowserNotice`. Everything runs inside try/catch: whatever happens, the host
 * page never sees an error from us.
 */
import { judge } from './detect/evaluate';
import { OldBrowserNoticeError } from './errors';
import { DEFAULT_POLICY, resolvePolicy } from './policy/resolve';
import { parseSimpleQuery } from './policy/simple-query';
import type { Policy } from './policy/types';
import type { Locale } from './locales/types';
import { renderNotice } from './notice/api';
import type { RenderOptions, ShowOptions } from './notice/options';
import type { Verdict } from './detect/verdict';
import { showNoticeWith } from './notice/show';
import { readDataAttributes } from './script-tag/data-attributes';
import { warn } from './warn';

declare const __VERSION__: string;

const MARK = '__oldBrowserNotice';

function compile(query: string): Policy {
  return query === 'defaults' ? DEFAULT_POLICY : parseSimpleQuery(query);
}

/** `document.currentScript`, or for IE the last script that names us (scripts run in order). */
function ownScript(doc: Document): HTMLScriptElement | null {
  if (doc.currentScript) return doc.currentScript as HTMLScriptElement;
  const scripts = doc.getElementsByTagName('script');
  for (let i = scripts.length - 1; i >= 0; i--) {
    const script = scripts[i]!;
    if (script.hasAttribute('data-browsers') || /old-browser-notice/.test(script.src || '')) return script;
  }
  return null;
}

(function main() {
  try {
    const win = window as unknown as Record<string, unknown>;
    const doc = document;
    const existing = win.OldBrowserNotice as Record<string, unknown> | undefined;
    if (existing && existing[MARK]) return; // included twice: the first copy is in charge
    const extraLocales: Locale[] = [];
    // The live array, not a copy: locale scripts after ours register before the notice renders.
    const withLocales = <T extends RenderOptions>(options: T): T => {
      options.locales = options.locales ? extraLocales.concat(options.locales) : extraLocales;
      return options;
    };
    const api = {
      version: __VERSION__,
      /** The policy used when `browsers` is not given: `defaults` at build time. */
      policy: DEFAULT_POLICY,
      evaluate: (userAgent: string, options?: { browsers?: string | Policy; strict?: boolean }) =>
        judge(userAgent, resolvePolicy(options && options.browsers, compile), options),
      showNotice: (options?: ShowOptions) => showNoticeWith(compile, withLocales(options || {}), (options && options.document) || doc),
      renderNotice: (verdict: Verdict, options?: RenderOptions) => renderNotice(verdict, withLocales(options || {})),
      addLocale: (locale: Locale) => {
        extraLocales.push(locale);
      },
    } as Record<string, unknown>;
    api[MARK] = true;
    if (existing === undefined) {
      win.OldBrowserNotice = api;
    } else {
      warn('the page already has a global `OldBrowserNotice`; leaving it alone, so the script-tag API is not available. Rename the page\'s global.');
    }
    const script = ownScript(doc);
    const options = readDataAttributes(script, warn);
    if (options.browsers !== undefined) {
      try {
        compile(options.browsers as string);
      } catch (error) {
        if (error instanceof OldBrowserNoticeError) warn(`data-browsers: ${error.message}`);
        return;
      }
    }
    if (!options.nonce && script) options.nonce = script.nonce || script.getAttribute('nonce') || undefined;
    if (script && script.getAttribute('data-auto') === 'false') return;
    showNoticeWith(compile, withLocales(options), doc);
  } catch {
    // Never into the host page.
  }
})();
