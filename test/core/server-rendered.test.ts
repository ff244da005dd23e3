// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { evaluate, renderNoticeHTML, showNotice } from '@lib/universal';

const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Safari/537.36';

const notices = () => document.querySelectorAll<HTMLElement>('[data-old-browser-notice]');
const styled = () => !!document.getElementById('old-browser-notice-styles') || document.adoptedStyleSheets.length > 0;

/** A page as the server sent it: the notice from renderNoticeHTML first in <body>. */
function serverPage(userAgent: string): void {
  const html = renderNoticeHTML(evaluate(userAgent), { site: 'Sundsvalls kommun', lang: 'sv', pageLang: 'sv' });
  document.documentElement.setAttribute('lang', 'sv');
  document.head.innerHTML = '';
  document.adoptedStyleSheets = [];
  // A new page is a new document: the notice marks the document it styled (apply-styles.ts).
  delete (document as unknown as Record<string, unknown>).__oldBrowserNoticeSheet;
  document.body.innerHTML = `${html}<main><h1>Kommunen</h1></main>`;
}

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('a notice rendered on the server', () => {
  it('is taken over by showNotice: one notice, styled, its button dismisses it and is remembered', () => {
    serverPage(IE11);
    expect(styled()).toBe(false);
    const onShow = vi.fn();
    const onDismiss = vi.fn();
    showNotice({ userAgent: IE11, site: 'Sundsvalls kommun', onShow, onDismiss });
    expect(notices()).toHaveLength(1);
    expect(styled()).toBe(true);
    expect(onShow).toHaveBeenCalledTimes(1);
    notices()[0]!.querySelector('button')!.click();
    expect(notices()).toHaveLength(0);
    expect(onDismiss).toHaveBeenCalledTimes(1);

    // The next page comes from the server with the notice again: the script removes it.
    serverPage(IE11);
    showNotice({ userAgent: IE11, site: 'Sundsvalls kommun' });
    expect(notices()).toHaveLength(0);
  });

  it('reports the browser of a followed link, as the notice the script builds does', () => {
    serverPage(IE11);
    const onLinkClick = vi.fn();
    showNotice({ userAgent: IE11, onLinkClick });
    const link = notices()[0]!.querySelector('a')!;
    link.addEventListener('click', (event) => event.preventDefault());
    link.click();
    expect(onLinkClick).toHaveBeenCalledWith(expect.objectContaining({ status: 'unsupported' }), 'firefox');
  });

  it('is taken over once when the script runs twice', () => {
    serverPage(IE11);
    const onDismiss = vi.fn();
    showNotice({ userAgent: IE11, onDismiss });
    showNotice({ userAgent: IE11, onDismiss });
    expect(notices()).toHaveLength(1);
    notices()[0]!.querySelector('button')!.click();
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('is removed where the browser judges itself supported', () => {
    serverPage(IE11);
    showNotice({ userAgent: CHROME });
    expect(notices()).toHaveLength(0);
  });
});
