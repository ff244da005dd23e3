import { matchTag, tagsOf } from '../locales/choose';
import type { Locale } from '../locales/types';
import { isValidLocale } from '../locales/validate';

/** How long the notice waits for its language before it shows in one it has. */
export const LOCALE_WAIT_MS = 3000;

/**
 * The largest language file read, in characters (or bytes, by its Content-Length): ours
 * are 2–3 KB. A larger one is refused by its length alone, never parsed: a 50 MB file would
 * be a 3-second task on the visitor's main thread.
 */
export const MAX_LOCALE_FILE = 65536;

/**
 * Fetches one locale's JSON file (`locales/<tag>.json` beside the script) and calls
 * `done` once: with the locale, or with null when it failed, took longer than
 * {@link LOCALE_WAIT_MS}, is longer than {@link MAX_LOCALE_FILE}, is not the language
 * asked for, or is not a valid locale (see `localeProblem`: every text key, strings of at
 * most 500 characters, nothing else). Given up on or too long, the request is aborted: no
 * more of it is downloaded, and none of it parsed. A request for data, not a script:
 * nothing in it can run, and it has no integrity value, so it is trusted with text only —
 * the links come from code.
 */
export function fetchLocale(win: Window, url: string, tag: string, done: (locale: Locale | null) => void): void {
  let called = false;
  let request: XMLHttpRequest | null = null;
  const finish = (locale: Locale | null) => {
    if (called) return;
    called = true;
    try {
      if (request && request.readyState !== 4) request.abort();
    } catch {
      // Nothing left to stop.
    }
    done(locale);
  };
  win.setTimeout(() => finish(null), LOCALE_WAIT_MS);
  try {
    const xhr = new (win as unknown as { XMLHttpRequest: typeof XMLHttpRequest }).XMLHttpRequest();
    request = xhr;
    xhr.onreadystatechange = () => {
      // Given up on already (an abort reports here too): nothing more to read.
      if (called || xhr.readyState < 2) return;
      let text = '';
      try {
        // By its headers, before the body comes; then by what has come so far.
        if (+(xhr.getResponseHeader('Content-Length') || 0) > MAX_LOCALE_FILE) return finish(null);
        if (xhr.readyState > 2) text = xhr.responseText;
      } catch {
        // IE 9 cannot read the text before the end: it is read then.
      }
      if (text.length > MAX_LOCALE_FILE) return finish(null);
      if (xhr.readyState !== 4) return;
      let locale: unknown = null;
      try {
        if (xhr.status >= 200 && xhr.status < 300) locale = JSON.parse(text);
      } catch {
        // Not JSON: as good as missing.
      }
      finish(isValidLocale(locale) && locale.tag === tag ? locale : null);
    };
    xhr.open('GET', url, true);
    xhr.send();
  } catch {
    finish(null);
  }
}

/**
 * What the notice waits for in the script tag (see `showNoticeWith`'s `prepare`): when
 * the best language for this page and visitor is not among `locales` but is one of the
 * `available` files beside the script (`<base>locales/<tag>.json`), fetch it into
 * `locales` first. Otherwise, or when the fetch fails, the notice shows in the best
 * language it has.
 */
export function localeOnDemand(
  win: Window,
  base: string,
  available: readonly string[],
  candidates: ReadonlyArray<string | undefined>,
  locales: Locale[],
): (resume: () => void) => boolean {
  return (resume) => {
    if (!base) return false;
    const have = tagsOf(locales);
    for (let i = 0; i < candidates.length; i++) {
      if (matchTag(candidates[i], have) !== -1) return false;
      const found = matchTag(candidates[i], available);
      if (found === -1) continue;
      fetchLocale(win, `${base}locales/${available[found]}.json`, available[found]!, (locale) => {
        if (locale) locales.unshift(locale);
        resume();
      });
      return true;
    }
    return false;
  };
}
