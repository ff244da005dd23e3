import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSETS, HAS_CHROME, launch, serve } from './harness';

const STRICT_CSP = "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const CHROME = (major: number) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${major}.0.0.0 Safari/537.36`;

describe.skipIf(!HAS_CHROME)('the two-stage script tag in Chromium, under a strict CSP with Trusted Types', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    browser = await launch();
    server = await serve();
    server.pages.set('/two-stage', { csp: STRICT_CSP, src: '/old-browser-notice.js', script: { 'data-site': 'Sundsvalls kommun' } });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function visit(userAgent: string, major: number | null) {
    const page = await browser.newPage({ userAgent });
    // The client hints must tell the same story as the user agent, as a real Chrome's do
    // (null: keep this Chromium's own, current ones).
    if (major !== null) await page.addInitScript((brandVersion) => {
      const data = { brands: [{ brand: 'Google Chrome', version: brandVersion }, { brand: 'Chromium', version: brandVersion }], mobile: false, platform: 'Windows' };
      Object.defineProperty(Navigator.prototype, 'userAgentData', { get: () => data, configurable: true });
    }, String(major));
    const scripts: string[] = [];
    const data: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      if (request.resourceType() === 'xhr') data.push(new URL(request.url()).pathname);
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective}`));
    });
    await page.goto(server.url + '/two-stage');
    await page.waitForLoadState('networkidle');
    return { page, scripts, data, problems };
  }

  it('stops after the first stage in a current browser: one small script, nothing shown', async () => {
    const { page, scripts, problems } = await visit(CHROME(157), 157);
    expect(scripts).toEqual(['/old-browser-notice.js']);
    expect(await page.$('[data-old-browser-notice]')).toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('believes the client hints over a user agent that claims to be old', async () => {
    const { page, scripts } = await visit(CHROME(100), null);
    expect(scripts).toEqual(['/old-browser-notice.js', '/old-browser-notice.global.js']);
    // The second stage has run, and had its time for the fuller hints, and shows nothing.
    await page.waitForFunction(() => typeof (window as unknown as { OldBrowserNotice?: { showNotice?: unknown } }).OldBrowserNotice?.showNotice === 'function');
    await page.waitForTimeout(500);
    expect(await page.$('[data-old-browser-notice]')).toBeNull();
    await page.close();
  });

  it('loads the second stage through a Trusted Types policy for an old browser and shows a styled notice, with zero violations', async () => {
    const { page, scripts, data, problems } = await visit(CHROME(100), 100);
    expect(scripts).toEqual(['/old-browser-notice.js', '/old-browser-notice.global.js']);
    await page.waitForSelector('[data-old-browser-notice]');
    // The page is Swedish: the language came as data, under the same CSP.
    expect(data).toEqual(['/locales/sv.json']);
    expect(await page.textContent('.obn h2')).toBe('Din webbläsare är gammal');
    expect(await page.textContent('.obn')).toContain('Sundsvalls kommun');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.obn')!).backgroundColor)).toBe('rgb(255, 244, 214)');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('refuses a second stage that is not the one built with the first (integrity)', async () => {
    const original = ASSETS['/old-browser-notice.global.js']!;
    ASSETS['/old-browser-notice.global.js'] = { type: original.type, body: () => Buffer.concat([original.body(), Buffer.from('\n;window.tampered = true;\n')]) };
    try {
      const { page, scripts, problems } = await visit(CHROME(100), 100);
      expect(scripts).toEqual(['/old-browser-notice.js', '/old-browser-notice.global.js']);
      expect(await page.evaluate(() => 'tampered' in window || 'OldBrowserNotice' in window)).toBe(false);
      expect(problems.join('\n')).toMatch(/integrity/i);
      await page.close();
    } finally {
      ASSETS['/old-browser-notice.global.js'] = original;
    }
  });
});
