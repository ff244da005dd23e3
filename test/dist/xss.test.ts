import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM, ResourceLoader, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { NOTICE_TAGS, XSS_PAYLOADS } from '../xss';

const SCRIPT = readFileSync(fileURLToPath(new URL('../../dist/old-browser-notice.global.js', import.meta.url)), 'utf8');
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';

async function page(attributes: Record<string, string>, api?: string) {
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM('<!doctype html><html lang="sv"><body><main><h1>Hej</h1></main></body></html>', {
    url: 'https://www.sundsvall.se/',
    runScripts: 'dangerously',
    resources: new ResourceLoader({ userAgent: IE11 }),
    virtualConsole,
  });
  const { window } = dom;
  await new Promise<void>((resolve) => (window.document.readyState === 'complete' ? resolve() : window.addEventListener('load', () => resolve())));
  const script = window.document.createElement('script');
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  script.textContent = SCRIPT;
  window.document.body.appendChild(script);
  if (api) window.eval(api);
  return window;
}

function expectNoMarkup(window: JSDOM['window']) {
  expect((window as unknown as { __xss?: unknown }).__xss).toBeUndefined();
  expect(window.document.querySelectorAll('img, svg, iframe, b')).toHaveLength(0);
  expect(window.document.querySelectorAll('script')).toHaveLength(1 + window.document.querySelectorAll('script[data-test]').length);
  for (const notice of window.document.querySelectorAll('[data-old-browser-notice]')) {
    for (const element of notice.querySelectorAll('*')) expect(NOTICE_TAGS).toContain(element.tagName);
    for (const link of notice.querySelectorAll('a')) expect(link.getAttribute('href')).toMatch(/^https:\/\//);
  }
}

describe('XSS payloads in every configurable string of the script tag', () => {
  it.each(XSS_PAYLOADS)('data attributes: %s', async (payload) => {
    for (const name of ['data-site', 'data-lang', 'data-class', 'data-container', 'data-browsers', 'data-heading-level', 'data-nonce']) {
      const window = await page({ [name]: payload });
      expectNoMarkup(window);
      const notice = window.document.querySelector('[data-old-browser-notice]');
      if (name === 'data-site') expect(notice!.textContent).toContain(payload);
    }
  });

  it.each(XSS_PAYLOADS)('API options, text overrides and a locale\'s download links: %s', async (payload) => {
    const p = JSON.stringify(payload);
    const window = await page(
      { 'data-auto': 'false' },
      `OldBrowserNotice.addLocale({ tag: 'xx', name: ${p}, dir: 'ltr', reviewed: false, plural: 'other',
         list: { separator: ${p}.slice(0, 20), lastSeparator: ${p}.slice(-20) },
         text: { heading: ${p}, introOutdated: ${p} + '{site}', introUnsupported: ${p} + '{site}', update: ${p} + '{browsers}', switch: ${p} + '{browsers}',
                 updateOs: ${p}, remember: [${p} + '{days}'], dismiss: ${p} } });
       OldBrowserNotice.showNotice({ lang: 'xx', site: ${p}, className: ${p}, container: ${p}, remember: { days: 3 },
         text: { heading: ${p} } });`,
    );
    expectNoMarkup(window);
    expect(window.document.querySelector('[data-old-browser-notice]')!.textContent).toContain(payload);
  });
});
