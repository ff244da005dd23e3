// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { evaluate, renderNotice, renderNoticeHTML } from '@lib/universal';
import { LOCALES, sv } from '@lib/locales';
import { VENDOR_LINK } from '../xss';

const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';

const hrefs = (element: Element) => Array.from(element.querySelectorAll('a'), (a) => a.getAttribute('href'));

describe('download links', () => {
  it('come from code, never from a locale: a locale naming another host changes no link', () => {
    const tampered = { ...sv, downloads: { firefox: 'https://evil.example/firefox.exe', chrome: 'https://evil.example/chrome.exe' } };
    const element = renderNotice(evaluate(IE11), { lang: 'sv', site: 'Sundsvall', locales: [tampered] });
    expect(hrefs(element)).toEqual([
      'https://www.mozilla.org/sv-SE/firefox/new/',
      'https://www.google.com/intl/sv/chrome/',
      'https://www.microsoft.com/sv-se/edge/download',
    ]);
    const html = renderNoticeHTML(evaluate(IE11), { lang: 'sv', site: 'Sundsvall', locales: [tampered] });
    expect(html).not.toContain('evil.example');
  });

  it('send Brazilian and Traditional Chinese readers to their own pages, not the European or Simplified ones', () => {
    const links = (tag: string) => hrefs(renderNotice(evaluate(IE11), { lang: tag, site: 'Sundsvall', locales: [...LOCALES] }));
    expect(links('pt-BR')).toEqual([
      'https://www.mozilla.org/pt-BR/firefox/new/',
      'https://www.google.com/intl/pt-BR/chrome/',
      'https://www.microsoft.com/pt-br/edge/download',
    ]);
    expect(links('pt-PT')[0]).toBe('https://www.mozilla.org/pt-PT/firefox/new/');
    expect(links('zh-TW')).toEqual([
      'https://www.mozilla.org/zh-TW/firefox/new/',
      'https://www.google.com/intl/zh-TW/chrome/',
      'https://www.microsoft.com/zh-tw/edge/download',
    ]);
    expect(links('zh-CN')[0]).toBe('https://www.mozilla.org/zh-CN/firefox/new/');
  });

  it.each(LOCALES.map((locale) => [locale.tag, locale] as const))('%s: three links, each on its maker\'s own site', (tag, locale) => {
    const element = renderNotice(evaluate(IE11), { lang: tag, site: 'Sundsvall', locales: [locale] });
    const links = hrefs(element);
    expect(links).toHaveLength(3);
    expect(links[0]).toMatch(/^https:\/\/www\.mozilla\.org\/(?:[\w-]+\/)?firefox\/new\/$/);
    expect(links[1]).toMatch(/^https:\/\/www\.google\.com\/(?:intl\/[\w-]+\/)?chrome\/$/);
    expect(links[2]).toMatch(/^https:\/\/www\.microsoft\.com\/(?:[\w-]+\/)?edge\/download$/);
    for (const link of links) expect(link).toMatch(VENDOR_LINK);
  });
});
