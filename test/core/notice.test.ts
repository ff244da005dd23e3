// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { evaluate, renderNotice, renderNoticeHTML, showNotice, type Verdict } from '@lib/universal';
import { LOCALES } from '@lib/locales';

const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
const IE11_WIN7 = 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko';
const IOS_12 = 'Mozilla/5.0 (iPhone; CPU iPhone OS 12_5_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1';
const FIREFOX_OLD = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:100.0) Gecko/20100101 Firefox/100.0';
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Safari/537.36';
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

const notice = () => document.querySelector<HTMLElement>('[data-old-browser-notice]');

beforeEach(() => {
  document.documentElement.setAttribute('lang', 'sv');
  document.body.innerHTML = '<main><h1>Kommunen</h1><p>Innehåll</p></main>';
  sessionStorage.clear();
  localStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('showNotice', () => {
  it('inserts the notice as the first child of <body> for an unsupported browser', () => {
    const verdict = showNotice({ userAgent: IE11, site: 'Sundsvalls kommun' });
    expect(verdict?.status).toBe('unsupported');
    expect(document.body.firstElementChild).toBe(notice());
    expect(notice()!.textContent).toContain('Sundsvalls kommun');
  });

  it('shows nothing to supported browsers and bots, and calls onSupported for the former', () => {
    const onSupported = vi.fn();
    showNotice({ userAgent: CHROME, onSupported });
    showNotice({ userAgent: GOOGLEBOT, onSupported });
    expect(notice()).toBeNull();
    expect(onSupported).toHaveBeenCalledTimes(1);
    expect(onSupported.mock.calls[0]![0].status).toBe('supported');
  });

  it('builds an accessible region: section labelled by a visible h2, data-nosnippet, no alert', () => {
    showNotice({ userAgent: IE11 });
    const root = notice()!;
    expect(root.tagName).toBe('SECTION');
    expect(root.hasAttribute('data-nosnippet')).toBe(true);
    const heading = document.getElementById(root.getAttribute('aria-labelledby')!)!;
    expect(heading.tagName).toBe('H2');
    expect(root.contains(heading)).toBe(true);
    expect(root.getAttribute('role')).toBeNull();
    expect(root.querySelector('[role="alert"],[aria-live]')).toBeNull();
    expect(document.activeElement).toBe(document.body);
  });

  it('links to the recommended browsers by name, in the same tab, over https', () => {
    showNotice({ userAgent: IE11 });
    const links = [...notice()!.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).toEqual(['Mozilla\u00A0Firefox', 'Google\u00A0Chrome', 'Microsoft\u00A0Edge']);
    for (const link of links) {
      expect(link.href).toMatch(/^https:\/\//);
      expect(link.target).toBe('');
    }
  });

  it('recommends only browsers that still run on the device with security fixes, and none where no such one does', () => {
    // In 2022, Chrome and Edge 109 still got fixes on Windows 7; since 2023 they have not.
    showNotice({ userAgent: IE11_WIN7, lang: 'en', now: new Date('2022-06-01') });
    expect([...notice()!.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['Google\u00A0Chrome', 'Microsoft\u00A0Edge']);
    notice()!.remove();
    showNotice({ userAgent: IE11_WIN7, lang: 'en', now: new Date('2026-11-30') });
    expect(notice()!.querySelectorAll('a')).toHaveLength(0);
    expect(notice()!.textContent).toContain("No browser that still gets security updates runs on your device's system");
    notice()!.remove();
    // Apple still patches older iOS lines: the iPhone is told where to update, not that nothing runs.
    showNotice({ userAgent: IOS_12, lang: 'en' });
    expect(notice()!.querySelectorAll('a')).toHaveLength(0);
    expect(notice()!.textContent).toContain('Settings › General › Software Update');
    expect(notice()!.textContent).not.toContain('No browser');
  });

  it('says "update" to an outdated browser and "switch" to an unsupported one', () => {
    showNotice({ userAgent: FIREFOX_OLD, lang: 'en' });
    expect(notice()!.textContent).toContain('update to the latest version of');
    notice()!.remove();
    showNotice({ userAgent: IE11, lang: 'en' });
    expect(notice()!.textContent).toContain('switch to Mozilla\u00A0Firefox');
  });

  it('has a native dismiss button with visible text that removes the notice and is remembered for the session', () => {
    const onDismiss = vi.fn();
    showNotice({ userAgent: IE11, onDismiss });
    const button = notice()!.querySelector('button')!;
    expect(button.getAttribute('type')).toBe('button');
    expect(button.textContent).toBe('Stäng');
    button.click();
    expect(notice()).toBeNull();
    expect(onDismiss).toHaveBeenCalledTimes(1);
    showNotice({ userAgent: IE11 });
    expect(notice()).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  it('moves focus to <main> when focus was inside the dismissed notice', () => {
    showNotice({ userAgent: IE11 });
    const button = notice()!.querySelector('button')!;
    button.focus();
    button.click();
    const main = document.querySelector('main')!;
    expect(document.activeElement).toBe(main);
    expect(main.getAttribute('tabindex')).toBe('-1');
  });

  it('remembers for N days in localStorage, and says so', () => {
    showNotice({ userAgent: IE11, remember: { days: 30 } });
    expect(notice()!.textContent).toContain('30 dagar');
    notice()!.querySelector('button')!.click();
    const until = Number(localStorage.getItem('old-browser-notice-dismissed'));
    expect(until - Date.now()).toBeGreaterThan(29 * 86400000);
    showNotice({ userAgent: IE11, remember: { days: 30 } });
    expect(notice()).toBeNull();
    localStorage.setItem('old-browser-notice-dismissed', String(Date.now() - 1));
    showNotice({ userAgent: IE11, remember: { days: 30 } });
    expect(notice()).not.toBeNull();
  });

  it('uses the singular where the language has one', () => {
    showNotice({ userAgent: IE11, remember: { days: 1 }, lang: 'en' });
    expect(notice()!.textContent).toContain('for 1 day.');
  });

  it('keeps working when storage throws', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    showNotice({ userAgent: IE11 });
    expect(notice()).not.toBeNull();
    expect(() => notice()!.querySelector('button')!.click()).not.toThrow();
    expect(notice()).toBeNull();
  });

  it('shows once when called twice', () => {
    showNotice({ userAgent: IE11 });
    showNotice({ userAgent: IE11 });
    expect(document.querySelectorAll('[data-old-browser-notice]')).toHaveLength(1);
  });

  it('goes into a container given by selector, and warns with the fix when it matches nothing', () => {
    document.body.innerHTML = '<header id="top"></header><main></main>';
    showNotice({ userAgent: IE11, container: '#top' });
    expect(document.getElementById('top')!.firstElementChild).toBe(notice());
    notice()!.remove();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    showNotice({ userAgent: IE11, container: '#nowhere' });
    expect(document.body.firstElementChild).toBe(notice());
    expect(warn.mock.calls[0]![0]).toContain('`#nowhere`');
  });

  it('reports a bad policy on the console, quoting it, and leaves the page alone', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(showNotice({ userAgent: IE11, browsers: 'chrome >= banana' })).toBeNull();
    expect(notice()).toBeNull();
    expect(warn.mock.calls[0]![0]).toContain('`chrome >= banana`');
  });

  it('fires onShow and onLinkClick with the verdict, and survives a callback that throws', () => {
    const onShow = vi.fn(() => {
      throw new Error('site bug');
    });
    const onLinkClick = vi.fn();
    showNotice({ userAgent: IE11, onShow, onLinkClick });
    expect(onShow).toHaveBeenCalledWith(expect.objectContaining({ status: 'unsupported' }), undefined);
    const link = notice()!.querySelector('a')!;
    link.addEventListener('click', (event) => event.preventDefault());
    link.click();
    expect(onLinkClick).toHaveBeenCalledWith(expect.objectContaining({ agent: 'ie' }), 'firefox');
  });

  it('shows in preview mode to any browser, with the reason, and does not remember the dismissal', () => {
    showNotice({ userAgent: CHROME, preview: true });
    const preview = notice()!.querySelector('.obn__preview')!;
    expect(preview.textContent).toContain('supported');
    expect(preview.textContent).toContain('chrome 157');
    expect(preview.textContent).toContain('would not see it');
    notice()!.querySelector('button')!.click();
    expect(sessionStorage.length).toBe(0);
  });

  it('waits for <body> when called from <head>', () => {
    // A frame's document, which has a window of its own, without its <body> yet.
    const frame = document.createElement('iframe');
    document.body.appendChild(frame);
    const doc = frame.contentDocument!;
    doc.documentElement.removeChild(doc.body);
    showNotice({ userAgent: IE11, document: doc });
    expect(doc.querySelector('[data-old-browser-notice]')).toBeNull();
    doc.documentElement.appendChild(doc.createElement('body'));
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    expect(doc.body.firstElementChild?.hasAttribute('data-old-browser-notice')).toBe(true);
    frame.remove();
  });
});

describe('language', () => {
  const render = (options: Parameters<typeof renderNotice>[1] = {}) => renderNotice(evaluate(IE11), options);

  it('follows the page, then the visitor, then English', () => {
    expect(render().textContent).toContain('Stäng');
    expect(render().hasAttribute('lang')).toBe(false);
    document.documentElement.setAttribute('lang', 'de');
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['sv-FI', 'en']);
    const swedish = render();
    expect(swedish.getAttribute('lang')).toBe('sv');
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['pt-BR']);
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('pt-BR');
    expect(render().getAttribute('lang')).toBe('en');
  });

  it('takes the lang option first, and sets dir', () => {
    const element = render({ lang: 'en-GB' });
    expect(element.getAttribute('lang')).toBe('en');
    expect(element.getAttribute('dir')).toBe('ltr');
  });

  it('lets a site override any string', () => {
    const element = render({ text: { heading: 'Dags att uppdatera', dismiss: 'Dölj' } });
    expect(element.querySelector('h2')!.textContent).toBe('Dags att uppdatera');
    expect(element.querySelector('button')!.textContent).toBe('Dölj');
  });

  it('lets a site pass its own copy of a built-in locale', async () => {
    const { sv } = await import('@lib/locales');
    const element = render({ locales: [{ ...sv, text: { ...sv.text, dismiss: 'Dölj' } }] });
    expect(element.querySelector('button')!.textContent).toBe('Dölj');
  });

  it('takes the heading level', () => {
    expect(render({ headingLevel: 3 }).querySelector('h3')).not.toBeNull();
  });
});

describe('renderNoticeHTML', () => {
  const verdict: Verdict = evaluate(IE11);

  /**
   * An element as plain data: tag, attributes and children. The heading's id is replaced by a
   * placeholder (each renderer numbers its own), after checking that `aria-labelledby` names it.
   */
  function shape(root: Element): unknown {
    const heading = root.querySelector('h2, h3, h4, h5, h6')!;
    expect(heading.id).not.toBe('');
    expect(root.getAttribute('aria-labelledby')).toBe(heading.id);
    const read = (node: Node): unknown => {
      if (node.nodeType === 3) return node.textContent;
      const element = node as Element;
      const attributes = Object.fromEntries([...element.attributes].map((a) => [a.name, a.value === heading.id ? '(heading id)' : a.value]));
      return { tag: element.tagName, attributes, children: [...element.childNodes].map(read) };
    };
    return read(root);
  }

  /** The HTML string's notice, less what only the server's copy carries (which the script reads to take it over). */
  function serverShape(html: string): unknown {
    const template = document.createElement('template');
    template.innerHTML = html;
    const root = template.content.firstElementChild!;
    expect(template.content.childNodes).toHaveLength(1);
    expect(root.getAttribute('data-old-browser-notice')).toBe('server');
    root.setAttribute('data-old-browser-notice', '');
    for (const link of root.querySelectorAll('a')) {
      expect(link.getAttribute('data-browser')).toMatch(/^(?:firefox|chrome|edge)$/);
      link.removeAttribute('data-browser');
    }
    return shape(root);
  }

  type RenderOptions = NonNullable<Parameters<typeof renderNotice>[1]>;
  it.each([
    ['Swedish on a Swedish page', IE11, { site: 'Sundsvalls kommun', lang: 'sv' }],
    ['English on a Swedish page, three links', IE11_WIN7, { site: 'Sundsvalls kommun', lang: 'en', recommend: ['firefox', 'chrome', 'edge'] as const }],
    ['Arabic, right to left, with the days to remember', FIREFOX_OLD, { site: 'Haninge kommun', lang: 'ar', rememberDays: 7 }],
    ['a heading level, a class and a preview', CHROME, { site: 'Haninge kommun', lang: 'sv', headingLevel: 3, className: 'site-banner', preview: true }],
    ['iOS, whose advice has no links', IOS_12, { site: 'Haninge kommun', lang: 'fi' }],
  ] as Array<[string, string, RenderOptions]>)('renders the same notice as the DOM renderer: %s', (_name, ua, options) => {
    const verdict = evaluate(ua);
    // Every language, so that Arabic and Finnish are there to render.
    const element = renderNotice(verdict, { ...options, locales: [...LOCALES] });
    const html = renderNoticeHTML(verdict, { ...options, locales: [...LOCALES], pageLang: document.documentElement.lang });
    expect(html).toContain('data-nosnippet');
    expect(serverShape(html)).toEqual(shape(element));
  });

  it('escapes every configurable string', () => {
    const html = renderNoticeHTML(verdict, {
      site: '<img src=x onerror=alert(1)>',
      text: { heading: '"><script>alert(1)</script>' },
      className: 'x" onclick="alert(1)',
    });
    const template = document.createElement('template');
    template.innerHTML = html;
    expect(template.content.querySelectorAll('script,img,[onclick]')).toHaveLength(0);
    expect(template.content.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('is empty for supported browsers and bots, so crawlers never get it', () => {
    expect(renderNoticeHTML(evaluate(CHROME), { site: 'x' })).toBe('');
    expect(renderNoticeHTML(evaluate(GOOGLEBOT), { site: 'x' })).toBe('');
    expect(renderNoticeHTML(evaluate(CHROME), { site: 'x', preview: true })).toContain('data-nosnippet');
  });

  it('needs the site name', () => {
    expect(() => renderNoticeHTML(verdict, {} as never)).toThrow(/needs `site`/);
  });
});

describe('client hints in the page (navigator.userAgentData)', () => {
  const CHROME_130_WIN = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';
  const CHROME_130_MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';

  function withUserAgent(ua: string, data: object) {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(ua);
    Object.defineProperty(navigator, 'userAgentData', { value: data, configurable: true });
  }

  afterEach(() => {
    delete (navigator as { userAgentData?: unknown }).userAgentData;
  });

  it('tell Edge from the Chrome the user agent claims, at once', () => {
    withUserAgent(CHROME_130_WIN, { brands: [{ brand: 'Microsoft Edge', version: '130' }, { brand: 'Chromium', version: '130' }], mobile: false, platform: 'Windows' });
    expect(showNotice({ browsers: 'edge >= 125, chrome >= 131' })!.agent).toBe('edge');
    expect(notice()).toBeNull();
  });

  it('wait a moment for the platform version, so that the advice fits the Mac', async () => {
    withUserAgent(CHROME_130_MAC, {
      brands: [{ brand: 'Google Chrome', version: '130' }],
      mobile: false,
      platform: 'macOS',
      getHighEntropyValues: () => Promise.resolve({ fullVersionList: [{ brand: 'Google Chrome', version: '130.0.6723.70' }], platformVersion: '11.7.10' }),
    });
    showNotice({ browsers: 'chrome >= 140, firefox >= 140', lang: 'en' });
    expect(notice()).toBeNull();
    await vi.waitFor(() => expect(notice()).not.toBeNull());
    // Chrome 138 is the last on macOS 11: only Firefox can be installed and meet the policy.
    expect([...notice()!.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['Mozilla\u00A0Firefox']);
  });

  it('never turn a TV, whose Chromium sends them too, into a visitor to notify', () => {
    const WEBOS_TV = 'Mozilla/5.0 (Web0S; Linux/SmartTV) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/94.0.4606.128 Safari/537.36 WebAppManager';
    withUserAgent(WEBOS_TV, { brands: [{ brand: 'Chromium', version: '94' }, { brand: 'Google Chrome', version: '94' }], mobile: false, platform: 'Linux' });
    expect(showNotice({ browsers: 'chrome >= 120' })!.status).toBe('unknown');
    expect(notice()).toBeNull();
  });

  it('do not hold the notice back when the fuller hints never come', async () => {
    vi.useFakeTimers();
    withUserAgent(CHROME_130_MAC, {
      brands: [{ brand: 'Google Chrome', version: '130' }],
      platform: 'macOS',
      getHighEntropyValues: () => new Promise(() => {}),
    });
    showNotice({ browsers: 'chrome >= 140' });
    expect(notice()).toBeNull();
    vi.advanceTimersByTime(400);
    expect(notice()).not.toBeNull();
    vi.useRealTimers();
  });
});
