/**
 * The script-tag build (stage two of the loader, or the whole thing on its own):
 * an ES5 IIFE that configures itself from its own `<script>` element's data
 * attributes and adds exactly one global, `OldBrowserNotice`. Everything runs
 * inside try/catch: whatever happens, the host page never sees an error from us.
 *
 * Its policy and locales are placeholders filled in when a site's files are
 * written (build/site-files.ts): the package's own dist/ gets `defaults` with English
 * bundled and every other language fetched from locales/ when a visitor needs it;
 * `old-browser-notice build` bundles the languages the site chose.
 */
import { judge } from './detect/judge';
import type { Verdict } from './verdict';
import { OldBrowserNoticeError } from './errors';
import type { Locale } from './locales/types';
import type { RenderOptions, ShowOptions } from './notice/options';
import { languageCandidates, renderElement } from './notice/render';
import { showNoticeWith } from './notice/show';
import { readRenderOptions, readShowOptions } from './notice/option-rules';
import { resolvePolicy, type PolicySource } from './policy/resolve';
import { parseSimpleQuery } from './policy/simple-query';
import type { Policy } from './policy/types';
import { readDataAttributes } from './script-tag/data-attributes';
import { withEvents } from './script-tag/events';
import { localeOnDemand } from './script-tag/locale-on-demand';
import { FIRST_STAGE_SCRIPT, QUEUE, type LoaderStub } from './script-tag/stub';
import { warn } from './warn';
import { readOptions } from './read-options';
import { domCall, domRead } from './notice/page-document';

declare const __VERSION__: string;
/** Filled in by the site build (build/site-files.ts): the policy, the locales bundled with this file, and the tags of those beside it in locales/, space-separated. */
declare const __OBN_BAKED__: { policy: Policy; locales: Locale[]; available: string; insecure?: boolean };

const MARK = '__oldBrowserNotice';

/** The options of `OldBrowserNotice.evaluate`, and what each may be (see `readOptions`). */
const EVALUATE_OPTION_KINDS = { browsers: 'string object', strict: 'boolean', now: 'date number', insecure: 'boolean' };

const SOURCE: PolicySource = {
  compile: (query: string) => (query === 'defaults' ? __OBN_BAKED__.policy : parseSimpleQuery(query)),
  fallback: __OBN_BAKED__.policy,
};

type Script = HTMLScriptElement & Record<string, HTMLScriptElement | undefined>;

/** Only a `<script>` element: a page's `<img name="currentScript">` is not one. */
function isScript(element: unknown): element is Script {
  return !!element && (element as Element).nodeName === 'SCRIPT';
}

/**
 * The page's `<script>` tag for us, found without guessing: `document.currentScript`;
 * else (IE) the element the first stage inserted, which carries the page's tag, else the
 * last script whose file is exactly old-browser-notice.global.js. When the first stage
 * loaded us, its own tag, whose data attributes are the site's.
 */
function ownScript(doc: Document): Script | null {
  const current = domRead(doc, 'currentScript');
  let own: Script | null = isScript(current) ? current : null;
  const scripts = domCall(doc, 'getElementsByTagName', 'script');
  for (let i = scripts.length - 1; i >= 0 && !own; i--) {
    const script = scripts[i] as Script;
    if (isScript(script[FIRST_STAGE_SCRIPT]) || /\/old-browser-notice\.global\.js(?:[?#]|$)/.test(script.src || '')) own = script;
  }
  const from = own && own[FIRST_STAGE_SCRIPT];
  return isScript(from) ? from : own;
}

(function main() {
  try {
    const win = window as unknown as Record<string, unknown>;
    const doc = document;
    const existing = win.OldBrowserNotice as (Record<string, unknown> & Partial<LoaderStub>) | undefined;
    // `=== true`: a page's `<form id="OldBrowserNotice">` with an input named like the mark is not us.
    if (existing && existing[MARK] === true) return; // included twice: the first copy is in charge
    // The live array, not a copy: locale scripts after ours register before the notice renders.
    const locales: Locale[] = __OBN_BAKED__.locales.slice();
    // Locales that registered with the first stage's stub while this file was loading.
    const queued = existing && Object.prototype.toString.call(existing[QUEUE]) === '[object Array]' ? existing[QUEUE] : null;
    if (queued) for (let i = 0; i < queued.length; i++) locales.unshift(queued[i]!);
    // The visitor's language, fetched from locales/ beside this file when it is not bundled;
    // the stylesheet beside it too, for browsers without constructable stylesheets on pages
    // without a nonce (a CSP's `style-src 'self'` allows it where it refuses a <style>).
    const script = ownScript(doc);
    const base = script && script.src ? script.src.replace(/[^/?#]*(?:[?#].*)?$/, '') : '';
    // A copy: the caller's options object is theirs.
    const withLocales = <T extends ShowOptions>(options: T): T => {
      const copy = { ...options };
      copy.locales = options.locales ? options.locales.concat(locales) : locales;
      if (!copy.stylesheet && base) copy.stylesheet = base + 'old-browser-notice.css';
      return copy;
    };
    const available = __OBN_BAKED__.available ? __OBN_BAKED__.available.split(' ') : [];
    const onDemand = (options: ShowOptions) =>
      localeOnDemand(window, base, available, languageCandidates(options, options.document || doc), options.locales!);
    const api = {
      version: __VERSION__,
      /** The policy used when `browsers` is not given. */
      policy: __OBN_BAKED__.policy,
      evaluate: (userAgent: string, options?: { browsers?: string | Policy; strict?: boolean; now?: Date | number; insecure?: boolean }) => {
        // Read like showNotice's (see readOptions): a wrong kind is its default, said on the console.
        const read = readOptions(options, EVALUATE_OPTION_KINDS, warn) as { browsers?: string | Policy; strict?: boolean; now?: Date | number; insecure?: boolean };
        return judge(typeof userAgent === 'string' ? userAgent : '', resolvePolicy(read.browsers, SOURCE), read);
      },
      showNotice: (options?: ShowOptions) => {
        try {
          const all = withLocales(readShowOptions(options));
          return showNoticeWith(SOURCE, all, all.document || doc, onDemand(all));
        } catch {
          return null; // never into the page
        }
      },
      renderNotice: (verdict: Verdict, options?: RenderOptions) => renderElement(verdict, withLocales(readRenderOptions(options))),
      addLocale: (locale: Locale) => {
        locales.unshift(locale);
      },
    } as Record<string, unknown>;
    api[MARK] = true;
    if (existing === undefined || queued) {
      win.OldBrowserNotice = api;
    } else {
      warn('the page already has a global `OldBrowserNotice`; leaving it alone, so the script-tag API is not available. Rename the page\'s global.');
    }
    const options = withEvents(doc, readDataAttributes(script, warn));
    // A site built with --insecure notifies insecure browsers unless its tag says data-insecure="false".
    if (options.insecure === undefined && __OBN_BAKED__.insecure) options.insecure = true;
    if (options.browsers !== undefined) {
      try {
        SOURCE.compile(options.browsers as string);
      } catch (error) {
        if (error instanceof OldBrowserNoticeError) warn(`data-browsers: ${error.message}`);
        return;
      }
    }
    if (!options.nonce && script) options.nonce = script.nonce || script.getAttribute('nonce') || undefined;
    if (script && script.getAttribute('data-auto') === 'false') return;
    const all = withLocales(options);
    showNoticeWith(SOURCE, all, doc, onDemand(all));
  } catch {
    // Never into the host page.
  }
})();
