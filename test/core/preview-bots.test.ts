// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { evaluate, renderNoticeHTML, showNotice } from '@lib/universal';

const GOOGLEBOT = 'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
const BINGBOT = 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)';
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
const notice = () => document.querySelector('[data-old-browser-notice]');

beforeEach(() => {
  document.body.innerHTML = '<main><h1>Kommunen</h1></main>';
  sessionStorage.clear();
});
afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

describe('preview never renders for a bot or crawler', () => {
  it.each([['Googlebot', GOOGLEBOT], ['Bingbot', BINGBOT]])('%s with preview on gets nothing in the page, and one console line', (_name, userAgent) => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const verdict = showNotice({ userAgent, preview: true, site: 'Haninge kommun' });
    expect(verdict!.status).toBe('bot');
    expect(notice()).toBeNull();
    // A log line, not a warning: nothing is wrong with the page.
    expect(warn).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]![0]).toMatch(/^old-browser-notice: preview: not shown, since this visitor is a bot or crawler/);
  });

  it('nor through a preview address, which anyone can link to', () => {
    window.history.replaceState(null, '', '/?old-browser-notice=preview');
    vi.spyOn(console, 'log').mockImplementation(() => {});
    showNotice({ userAgent: GOOGLEBOT, site: 'Haninge kommun' });
    expect(notice()).toBeNull();
    // A person's browser still gets the preview from the same address.
    showNotice({ userAgent: IE11, site: 'Haninge kommun' });
    expect(notice()).not.toBeNull();
  });

  it('nor from the server', () => {
    expect(renderNoticeHTML(evaluate(GOOGLEBOT), { site: 'Haninge kommun', lang: 'en', preview: true })).toBe('');
    expect(renderNoticeHTML(evaluate(IE11), { site: 'Haninge kommun', lang: 'en', preview: true })).not.toBe('');
  });
});
