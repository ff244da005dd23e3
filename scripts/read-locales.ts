/**
 * Prints the notice as a visitor reads it, in the languages given, for each situation whose
 * sentence differs (switch, update, a system without patched browsers, iPhone, Safari on a Mac
 * that hides its version, Samsung Internet, an insecure browser), with the site "Haninge
 * kommun". First it checks that every locale has every text key. For reviewers and
 * translators; no-break spaces in browser names show as `·`.
 *
 *   npx tsx scripts/read-locales.ts sv,en,ar,fi,de
 */
import { JSDOM } from 'jsdom';

// The build defines these; the sources read them.
Object.assign(globalThis, { __FAST_PATH__: true, __VERSION__: 'dev' });
const { evaluate, renderNotice } = await import('../src/index');
const { LOCALES } = await import('../src/locales/all');
const { TEXT_KEYS } = await import('../src/locales/text-keys');

const missing = LOCALES.flatMap((locale) =>
  Object.keys(TEXT_KEYS).filter((key) => !(locale.text as unknown as Record<string, unknown>)[key]).map((key) => `${locale.tag}.${key}`),
);
console.log(`${LOCALES.length} locales, ${Object.keys(TEXT_KEYS).length} keys each; missing: ${missing.join(', ') || 'none'}`);
if (missing.length) process.exitCode = 1;

const NOW = new Date('2026-11-30');
const SITUATIONS: Array<[string, string, boolean?]> = [
  ['IE 11 on Windows 10', 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko'],
  ['Firefox 140 on Windows 10', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0'],
  ['Chrome 49 on Windows XP', 'Mozilla/5.0 (Windows NT 5.1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/49.0.2623.112 Safari/537.36'],
  ['iPhone on iOS 16', 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_7_10 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1'],
  ['Safari 14 on a Mac', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/14.1.2 Safari/605.1.15'],
  ['Samsung Internet 20 on Android 14', 'Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/20.0 Chrome/106.0.5249.126 Mobile Safari/537.36'],
  ['Chrome 109 on Windows 7, insecure on', 'Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36', true],
];

const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;
for (const tag of (process.argv[2] || 'sv,en').split(',')) {
  const locale = LOCALES.find((l) => l.tag === tag);
  if (!locale) throw new Error(`no locale ${tag}`);
  console.log(`\n== ${tag} (${locale.name})`);
  for (const [name, ua, insecure] of SITUATIONS) {
    const verdict = evaluate(ua, { now: NOW, insecure });
    const notice = renderNotice(verdict, { lang: tag, locales: [locale], site: 'Haninge kommun', rememberDays: 30, document });
    const lines = [...notice.querySelectorAll('h2, p')].map((element) => element.textContent!.replace(/\u00A0/g, '·'));
    console.log(`-- ${name} (${verdict.status}, ${verdict.action})\n   ${lines.join('\n   ')}`);
  }
}
