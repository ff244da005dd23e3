import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrast, HAS_CHROME, launch, serve } from './harness';
import { NOTICE_TAGS, XSS_PAYLOADS } from '../xss';

// Windows 10: current browsers run there, so the notice has links (on Windows 7 none gets security fixes any more).
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
const STRICT_CSP = "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const SHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));

describe.skipIf(!HAS_CHROME)('the notice in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launch();
    server = await serve();
    // An old browser's user agent in a real engine: the notice shows as it would for the visitor.
    context = await browser.newContext({ userAgent: IE11 });
    server.pages.set('/', {});
    server.pages.set('/csp', { csp: STRICT_CSP, script: { 'data-site': 'Sundsvalls kommun' } });
    server.pages.set('/csp-nonce', { csp: "default-src 'self'; style-src 'self' 'nonce-r4nd0m'", script: { nonce: 'r4nd0m' } });
    server.pages.set('/external-css', {
      csp: "default-src 'self'",
      script: { 'data-styles': 'external' },
      head: '<link rel="stylesheet" href="/old-browser-notice.css">',
    });
    XSS_PAYLOADS.forEach((payload, i) => server.pages.set(`/xss-${i}`, { script: { 'data-site': payload, 'data-class': payload, 'data-container': payload } }));
    mkdirSync(SHOTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page and collects console errors and CSP violations from the start. */
  async function open(path: string, init?: () => void): Promise<{ page: Page; problems: string[] }> {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    if (init) await page.addInitScript(init);
    await page.goto(server.url + path);
    await page.waitForSelector('[data-old-browser-notice]');
    return { page, problems };
  }

  it('is the first thing in <body>, inline, not fixed, with no console errors', async () => {
    const { page, problems } = await open('/');
    const facts = await page.evaluate(() => {
      const notice = document.querySelector('[data-old-browser-notice]')!;
      return { first: document.body.firstElementChild === notice, position: getComputedStyle(notice).position };
    });
    expect(facts).toEqual({ first: true, position: 'static' });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('is dismissed with Enter and with Space from the keyboard, and focus moves to <main>', async () => {
    for (const key of ['Enter', ' ']) {
      const { page } = await open('/');
      await page.evaluate(() => sessionStorage.clear());
      for (let i = 0; i < 10; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => document.activeElement?.classList.contains('obn__dismiss'))) break;
      }
      await page.keyboard.press(key);
      expect(await page.$('[data-old-browser-notice]')).toBeNull();
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
      await page.evaluate(() => sessionStorage.clear());
      await page.close();
    }
  });

  it('has a dismiss target of at least 44×44 px and a focus ring with 3:1 contrast', async () => {
    const { page } = await open('/');
    const box = (await page.locator('.obn__dismiss').boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
    await page.locator('.obn__dismiss').focus();
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('.obn__dismiss')!);
      const notice = getComputedStyle(document.querySelector('.obn')!);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor, background: notice.backgroundColor };
    });
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    expect(contrast(ring.color, ring.background)).toBeGreaterThanOrEqual(3);
    expect(contrast(ring.color, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('has text and link contrast of at least 4.5:1', async () => {
    const { page } = await open('/');
    const colors = await page.evaluate(() => {
      const get = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return { bg: get('.obn').backgroundColor, text: get('.obn__text').color, link: get('.obn a').color, button: get('.obn__dismiss').color, buttonBg: get('.obn__dismiss').backgroundColor };
    });
    expect(contrast(colors.text, colors.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colors.link, colors.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colors.button, colors.buttonBg)).toBeGreaterThanOrEqual(4.5);
    await page.close();
  });

  it('passes axe-core (WCAG 2.1 A and AA) with zero violations', async () => {
    const { page } = await open('/');
    await page.addScriptTag({ url: '/axe.min.js' });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('is styled under a strict CSP with Trusted Types, with zero violations', async () => {
    const { page, problems } = await open('/csp');
    const background = await page.evaluate(() => getComputedStyle(document.querySelector('.obn')!).backgroundColor);
    expect(background).toBe('rgb(255, 244, 214)');
    expect(await page.textContent('.obn')).toContain('Sundsvalls kommun');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('uses a <style> with the script nonce where constructable stylesheets are missing', async () => {
    const { page, problems } = await open('/csp-nonce', () => {
      delete (Document.prototype as unknown as Record<string, unknown>).adoptedStyleSheets;
    });
    const facts = await page.evaluate(() => ({
      background: getComputedStyle(document.querySelector('.obn')!).backgroundColor,
      styleElements: document.querySelectorAll('style#old-browser-notice-styles').length,
    }));
    expect(facts).toEqual({ background: 'rgb(255, 244, 214)', styleElements: 1 });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('takes the stylesheet file instead with data-styles="external"', async () => {
    const { page, problems } = await open('/external-css');
    const facts = await page.evaluate(() => ({
      background: getComputedStyle(document.querySelector('.obn')!).backgroundColor,
      adopted: document.adoptedStyleSheets.length,
    }));
    expect(facts).toEqual({ background: 'rgb(255, 244, 214)', adopted: 0 });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reflows at 320 px (400 % zoom of 1280 px) without horizontal scrolling', async () => {
    for (const width of [320, 1280]) {
      const { page } = await open('/');
      await page.setViewportSize({ width, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SHOTS}notice-${width}.png`, fullPage: true });
      await page.close();
    }
  });

  it('runs no script and builds no element from any configured string', async () => {
    for (let i = 0; i < XSS_PAYLOADS.length; i++) {
      const page = await context.newPage();
      let dialogs = 0;
      page.on('dialog', async (dialog) => {
        dialogs++;
        await dialog.dismiss();
      });
      await page.goto(`${server.url}/xss-${i}`);
      await page.waitForSelector('[data-old-browser-notice]');
      const facts = await page.evaluate((tags) => {
        const notice = document.querySelector('[data-old-browser-notice]')!;
        return {
          executed: (window as unknown as { __xss?: unknown }).__xss !== undefined,
          foreign: [...notice.querySelectorAll('*')].map((element) => element.tagName).filter((tag) => !tags.includes(tag)),
          injected: document.querySelectorAll('img, svg, iframe').length,
          text: notice.textContent,
        };
      }, NOTICE_TAGS);
      expect(facts).toMatchObject({ executed: false, foreign: [], injected: 0 });
      expect(facts.text).toContain(XSS_PAYLOADS[i]);
      expect(dialogs).toBe(0);
      await page.close();
    }
  });

  it('stays readable in forced-colours mode, hides when printing, and has no motion when reduced', async () => {
    const { page } = await open('/');
    await page.emulateMedia({ forcedColors: 'active' });
    const forced = await page.evaluate(() => {
      const button = getComputedStyle(document.querySelector('.obn__dismiss')!);
      return { border: button.borderTopColor, width: button.borderTopWidth };
    });
    expect(forced.border).not.toBe('rgba(0, 0, 0, 0)');
    expect(forced.width).toBe('2px');
    await page.screenshot({ path: `${SHOTS}notice-forced-colors.png` });
    await page.emulateMedia({ forcedColors: 'none', reducedMotion: 'reduce' });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.obn__dismiss')!).transitionDuration)).toBe('0s');
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.obn')!).display)).toBe('none');
    await page.close();
  });
});
