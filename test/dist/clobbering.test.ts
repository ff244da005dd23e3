import { describe, expect, it } from 'vitest';
import { site } from './jsdom-site';

// DOM clobbering: a page's named elements stand in for the document's own methods and
// properties (`<img name="createElement">` makes `document.createElement` that image). The
// script tag must use the document's own, wherever such markup stands: before the tag (CMS
// content, the tag at the end of <body>) or after it (before the second stage and the notice
// run). jsdom does not give documents named properties, so a page script plays the part of
// the markup here, exactly as browsers do it: the element becomes an own property of the
// document. test/browser/trust.browser.test.ts uses the markup itself in Chromium.
const DIST = new URL('../../dist/', import.meta.url);
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Safari/537.36';

/** The document's names the issue showed page markup taking over. */
export const CLOBBERED_NAMES = ['createElement', 'body', 'getElementsByTagName', 'querySelector', 'defaultView', 'createTextNode'];

/** What `<img name="…">` does to the document, as a script: an image in the page that is also the document's own property of that name. */
const clobber = (name: string) =>
  `<script>(function () { var img = document.createElement('img'); img.name = '${name}'; document.body.appendChild(img); ` +
  `Object.defineProperty(document, '${name}', { value: img, configurable: true }); })();</script>`;

const BUILDS = { 'two-stage loader': 'old-browser-notice.js', 'one-file build': 'old-browser-notice.global.js' };
// An old browser, and a current one asked for the preview: both get the second stage.
const VISITORS = { 'IE 11': [IE11, ''], 'a current Chrome in preview': [CHROME, '?old-browser-notice=preview'] } as const;

async function visit(file: string, [userAgent, query]: readonly [string, string], before: string, after: string) {
  const errors: string[] = [];
  const page = await site(DIST, userAgent, `${before}<script src="/js/${file}" data-site="Haninge kommun" data-lang="en"></script>${after}`, 'sv', query);
  page.window.addEventListener('error', (event) => errors.push(event.message));
  const body = Object.getOwnPropertyDescriptor(page.window.Document.prototype, 'body')!.get!.call(page.window.document) as HTMLElement;
  return { ...page, body, errors };
}

describe.each(Object.entries(BUILDS))('the %s on a page whose markup clobbers the document', (_build, file) => {
  describe.each(Object.entries(VISITORS))('for %s', (_visitor, visitor) => {
    it.each(CLOBBERED_NAMES.flatMap((name) => [[name, 'before'], [name, 'after']]))('<img name="%s"> %s the tag: the notice is the first child of the real <body>', async (name, where) => {
      const { notice, body, errors } = await visit(file, visitor, where === 'before' ? clobber(name) : '', where === 'after' ? clobber(name) : '');
      expect(notice()).not.toBeNull();
      expect(body.firstElementChild).toBe(notice());
      expect(notice()!.querySelectorAll('a')).toHaveLength(3);
      expect(errors).toEqual([]);
    });
  });
});

describe('the two-stage loader where the browser has no Trusted Types (jsdom has none), and markup names `trustedTypes`', () => {
  it.each([
    ['<a id="trustedTypes"></a>', 'before'],
    ['<form name="trustedTypes"><input name="createPolicy"><input name="old-browser-notice"></form>', 'before'],
    ['<a id="trustedTypes"></a><a id="trustedTypes"></a>', 'before'],
    ['<a id="trustedTypes"></a>', 'after'],
  ])('%s %s the tag: the second stage loads from the plain URL and shows the notice', async (markup, where) => {
    for (const visitor of Object.values(VISITORS)) {
      const { notice, requested, errors } = await visit(BUILDS['two-stage loader'], visitor, where === 'before' ? markup : '', where === 'after' ? markup : '');
      expect(requested).toContain('/js/old-browser-notice.global.js');
      expect(notice()).not.toBeNull();
      expect(errors).toEqual([]);
    }
  });
});
