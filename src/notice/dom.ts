import type { NoticeContent, Segment } from './content';
import { domCall } from './page-document';

/** Marks our notice element: used to find it again and to show it only once. */
export const NOTICE_ATTRIBUTE = 'data-old-browser-notice';

/**
 * The notice's classes: `obn` for its styles, and `obn-banner`, which tells text extractors
 * that it is page furniture, not the page's text — Mozilla Readability (Firefox's Reader View,
 * and many scrapers' extractor) leaves out what a class calls a banner, wherever a template
 * puts the notice, `<main>` included — and then the site's own class, if any.
 */
export function noticeClass(extra: unknown): string {
  return 'obn obn-banner' + (typeof extra === 'string' && extra ? ' ' + extra : '');
}

let counter = 0;

/** The heading level to use: the option when it is 2–6, else 2. */
export function clampHeading(level: number | undefined): number {
  // Options may come from a CMS as any JSON: an object is never compared (`{ "toString": [] }`
  // throws when turned into a number), a numeric string is read as its number.
  const value = typeof level === 'number' || typeof level === 'string' ? +level : NaN;
  return value >= 2 && value <= 6 ? Math.floor(value) : 2;
}

/** Language of parts: the notice says its language only where it differs from the page's. */
export function needsLang(contentLang: string, pageLang: string | undefined): boolean {
  return typeof pageLang !== 'string' || !pageLang || pageLang.toLowerCase() !== contentLang.toLowerCase();
}

function appendSegments(doc: Document, parent: Element, segments: Segment[], onLink: (link: HTMLAnchorElement, id: string) => void): void {
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (typeof segment === 'string') {
      parent.appendChild(domCall(doc, 'createTextNode', segment));
    } else {
      const link = domCall(doc, 'createElement', 'a') as HTMLAnchorElement;
      link.href = segment.href;
      link.textContent = segment.name;
      onLink(link, segment.browser);
      parent.appendChild(link);
    }
  }
}

/** Handles to the parts of a rendered notice that behaviour is wired to. */
export interface RenderedNotice {
  root: HTMLElement;
  dismiss: HTMLButtonElement;
  links: Array<{ element: HTMLAnchorElement; browser: string }>;
}

/**
 * Builds the notice with createElement and textContent only — never from markup —
 * so it works on Trusted Types pages and nothing in the text can become HTML.
 * `data-nosnippet` is set before the element is ever inserted, as Google requires.
 */
export function buildNoticeElement(
  doc: Document,
  content: NoticeContent,
  options: { headingLevel?: number; className?: string; pageLang?: string },
): RenderedNotice {
  const id = 'old-browser-notice-heading-' + ++counter;
  const root = domCall(doc, 'createElement', 'section');
  root.setAttribute('data-nosnippet', '');
  root.setAttribute(NOTICE_ATTRIBUTE, '');
  root.className = noticeClass(options.className);
  root.setAttribute('aria-labelledby', id);
  if (needsLang(content.lang, options.pageLang)) root.setAttribute('lang', content.lang);
  if (content.dir === 'ltr' || content.dir === 'rtl') root.setAttribute('dir', content.dir);

  const inner = domCall(doc, 'createElement', 'div');
  inner.className = 'obn__inner';
  root.appendChild(inner);

  const heading = domCall(doc, 'createElement', 'h' + clampHeading(options.headingLevel));
  heading.className = 'obn__heading';
  heading.id = id;
  heading.textContent = content.heading;
  inner.appendChild(heading);

  const links: RenderedNotice['links'] = [];
  for (let i = 0; i < content.paragraphs.length; i++) {
    const paragraph = domCall(doc, 'createElement', 'p');
    paragraph.className = 'obn__text';
    appendSegments(doc, paragraph, content.paragraphs[i]!, (element, browser) => links.push({ element, browser }));
    inner.appendChild(paragraph);
  }
  if (content.preview) {
    const preview = domCall(doc, 'createElement', 'p');
    preview.className = 'obn__preview';
    preview.setAttribute('lang', 'en');
    preview.setAttribute('dir', 'ltr');
    preview.textContent = content.preview;
    inner.appendChild(preview);
  }
  const dismiss = domCall(doc, 'createElement', 'button') as HTMLButtonElement;
  dismiss.setAttribute('type', 'button');
  dismiss.className = 'obn__dismiss';
  dismiss.textContent = content.dismiss;
  inner.appendChild(dismiss);
  return { root, dismiss, links };
}
