import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compilePolicy } from '@lib/node';
import { showNotice } from '../../src/lazy';
import * as rest from '../../src/lazy-rest';

const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Safari/537.36';
const SAFARI = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.6 Safari/605.1.15';
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';

function page(url = 'https://www.example.org/') {
  return new JSDOM('<!doctype html><html lang="en"><body><main><h1>Start</h1></main></body></html>', { url }).window.document;
}

describe('the lazy import', () => {
  afterEach(() => vi.restoreAllMocks());

  it('stops for a current browser without loading the rest', async () => {
    const full = vi.spyOn(rest, 'showFullNotice');
    for (const userAgent of [CHROME, SAFARI]) {
      const document = page();
      expect(await showNotice({ document, userAgent })).toBeNull();
      expect(document.querySelector('[data-old-browser-notice]')).toBeNull();
    }
    // A compiled policy gets the same first check.
    expect(await showNotice({ document: page(), userAgent: CHROME, browsers: compilePolicy('chrome >= 120') })).toBeNull();
    expect(full).not.toHaveBeenCalled();
  });

  it('loads the rest for an old browser, which shows the notice', async () => {
    const document = page();
    const verdict = await showNotice({ document, userAgent: IE11, site: 'Haninge kommun' });
    expect(verdict!.status).toBe('unsupported');
    expect(document.querySelector('[data-old-browser-notice]')!.textContent).toContain('Haninge kommun');
  });

  it('loads the rest in preview, for a query only the rest can read, and when the site wants every verdict', async () => {
    const full = vi.spyOn(rest, 'showFullNotice');
    await showNotice({ document: page('https://www.example.org/?old-browser-notice=preview'), userAgent: CHROME });
    await showNotice({ document: page(), userAgent: CHROME, browsers: 'chrome >= 120' });
    await showNotice({ document: page(), userAgent: CHROME, onSupported: () => {} });
    expect(full).toHaveBeenCalledTimes(3);
  });

  it('judges a current browser below the site\'s own minimum in full', async () => {
    const full = vi.spyOn(rest, 'showFullNotice');
    const verdict = await showNotice({ document: page(), userAgent: CHROME, browsers: compilePolicy('chrome >= 158') });
    expect(full).toHaveBeenCalledOnce();
    expect(verdict!.status).toBe('outdated');
  });
});
