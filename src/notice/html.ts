import type { NoticeContent } from './content';
import { clampHeading, needsLang, noticeClass, NOTICE_ATTRIBUTE } from './dom';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(value: string): string {
  return String(value).replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/**
 * The notice as an HTML string for server rendering, the same structure as the DOM
 * build. Every piece of text and every attribute is escaped. The dismiss button
 * needs the script to work: `showNotice` or the script tag finds the notice by its
 * `data-old-browser-notice="server"`, wires the button and links, adds the styles, and
 * removes it once dismissed. Without script the notice simply stays.
 */
export function noticeToHtml(content: NoticeContent, options: { headingLevel?: number; className?: string; pageLang?: string; id?: string }): string {
  const level = clampHeading(options.headingLevel);
  const id = escapeHtml(options.id || 'old-browser-notice-heading');
  const lang = needsLang(content.lang, options.pageLang) ? ` lang="${escapeHtml(content.lang)}"` : '';
  // Only the two directions there are; anything else (a locale from a CMS, say) says none.
  const dir = content.dir === 'ltr' || content.dir === 'rtl' ? ` dir="${content.dir}"` : '';
  let html = `<section data-nosnippet ${NOTICE_ATTRIBUTE}="server" class="${escapeHtml(noticeClass(options.className))}" aria-labelledby="${id}"${lang}${dir}>`;
  html += `<div class="obn__inner"><h${level} class="obn__heading" id="${id}">${escapeHtml(content.heading)}</h${level}>`;
  for (const paragraph of content.paragraphs) {
    html += '<p class="obn__text">';
    for (const segment of paragraph) {
      html += typeof segment === 'string' ? escapeHtml(segment) : `<a href="${escapeHtml(segment.href)}" data-browser="${escapeHtml(segment.browser)}">${escapeHtml(segment.name)}</a>`;
    }
    html += '</p>';
  }
  if (content.preview) html += `<p class="obn__preview" lang="en" dir="ltr">${escapeHtml(content.preview)}</p>`;
  html += `<button type="button" class="obn__dismiss">${escapeHtml(content.dismiss)}</button></div></section>`;
  return html;
}
