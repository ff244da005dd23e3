import { isNotified } from '../verdict';
import { evaluate } from '../node';
import type { Locale } from '../locales/types';
import { escapeHtml, noticeToHtml } from '../notice/html';
import { resolveContent } from '../notice/render';
import { NOTICE_CSS } from '../notice/styles';
import type { Policy } from '../policy/types';
import { SITUATIONS, type Situation } from './situations';

/** What the gallery shows: the site, its languages and policy, and (for tests) the day. */
export interface GalleryChoice {
  site: string;
  locales: Locale[];
  policy: Policy;
  strict: boolean;
  /** Show the situations that exist only with `insecure` on (`gallery --insecure`). */
  insecure?: boolean;
  situations?: readonly Situation[];
  now?: number;
}

// The page's own look: plain, so that the notices are what the eye goes to.
const PAGE_CSS = `body{margin:0 auto;max-width:64rem;padding:1rem;font-family:system-ui,sans-serif;color:#1a1a1a;background:#fff}
.gallery__case{margin:0 0 2rem;padding:0 0 1rem;border-bottom:1px solid #767676}
.gallery__note{margin:.25rem 0 .75rem;color:#333}`;

/**
 * One self-contained HTML page with the notice as built in each language and situation,
 * each labelled: for editors and language reviewers to approve before publishing.
 *
 * @example
 * ```ts
 * const html = galleryPage({ site: 'Haninge kommun', locales: [sv, en], policy: compilePolicy(), strict: false });
 * ```
 */
export function galleryPage(choice: GalleryChoice): string {
  const situations = (choice.situations ?? SITUATIONS).filter((situation) => choice.insecure || !situation.insecure);
  let body = '';
  for (const locale of choice.locales) {
    const dir = locale.dir === 'rtl' ? 'rtl' : 'ltr';
    body += `<section class="gallery__language" lang="${escapeHtml(locale.tag)}" dir="${dir}" aria-labelledby="lang-${escapeHtml(locale.tag)}">`;
    body += `<h2 id="lang-${escapeHtml(locale.tag)}" lang="en" dir="ltr">${escapeHtml(locale.name)} (${escapeHtml(locale.tag)})${locale.reviewed ? '' : ', not yet reviewed by a native speaker'}</h2>`;
    for (const situation of situations) {
      const verdict = evaluate(situation.userAgent, { browsers: choice.policy, strict: choice.strict, now: choice.now, insecure: choice.insecure === true });
      const id = `${locale.tag}-${situation.id}`;
      body += `<div class="gallery__case" id="${escapeHtml(id)}" data-situation="${escapeHtml(situation.id)}">`;
      body += `<h3 lang="en" dir="ltr">${escapeHtml(situation.label)}</h3>`;
      const shown = isNotified(verdict.status);
      body += `<p class="gallery__note" lang="en" dir="ltr">${escapeHtml(situation.visitor)}: ${escapeHtml(verdict.status)}, ${escapeHtml(verdict.action)}.${shown ? '' : ' This policy shows it no notice.'}</p>`;
      if (shown) {
        const content = resolveContent(verdict, { site: choice.site, lang: locale.tag, locales: [locale] }, undefined);
        body += noticeToHtml(content, { headingLevel: 4, pageLang: locale.tag, id: `${id}-heading` });
      }
      body += '</div>';
    }
    body += '</section>';
  }
  const languages = choice.locales.map((locale) => locale.tag).join(', ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>old-browser-notice for ${escapeHtml(choice.site)}: every language and situation</title>
<style>${NOTICE_CSS}\n${PAGE_CSS}</style></head>
<body><main>
<h1>The notice for ${escapeHtml(choice.site)}</h1>
<p>As built with policy <code>${escapeHtml(choice.policy.query)}</code>${choice.strict ? ' (strict)' : ''}, in ${escapeHtml(languages)}. The Close buttons do nothing on this page.</p>
${body}
</main></body></html>
`;
}
