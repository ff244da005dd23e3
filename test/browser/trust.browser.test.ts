import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROME, launch, serve } from './harness';

// What a host page's markup and policies can do to the script tag, in a real browser: named
// elements that shadow our globals and document.currentScript, and Trusted Types that allow
// one policy of our name.
const TT_ONCE = "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types old-browser-notice";

describe.skipIf(!HAS_CHROME)('the script tag against the host page, in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    browser = await launch();
    server = await serve();
    // Included twice, under a policy that refuses a second Trusted Types policy of the same name.
    server.pages.set('/twice', { csp: TT_ONCE, src: '/old-browser-notice.js', script: { 'data-site': 'Sundsvalls kommun' }, head: '<script src="/old-browser-notice.js"></script>' });
    // Markup before the (deferred) script that shadows our names.
    server.pages.set('/form', { script: { defer: '', 'data-site': 'Sundsvalls kommun' }, head: '<form id="OldBrowserNotice"><input name="__oldBrowserNotice"></form>' });
    server.pages.set('/img', { src: '/old-browser-notice.js', script: { defer: '', 'data-site': 'Sundsvalls kommun' }, head: '<img name="currentScript" src="/elsewhere/x.png" alt="">' });
    server.pages.set('/styles', { script: { 'data-site': 'Sundsvalls kommun' }, head: '<meta id="old-browser-notice-styles">' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function visit(path: string, sabotage?: string) {
    // A person's Chrome: headless Chromium's own user agent is an automated browser, which
    // preview leaves alone like every bot.
    const userAgent = `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${browser.version()} Safari/537.36`;
    const page = await browser.newPage({ userAgent });
    if (sabotage) await page.addInitScript(sabotage);
    const problems: string[] = [];
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective}`));
    });
    // Preview, so that this current Chromium loads the second stage and shows the notice.
    await page.goto(`${server.url}${path}?old-browser-notice=preview`);
    await page.waitForLoadState('networkidle');
    await page.waitForSelector('[data-old-browser-notice]', { timeout: 5_000 }).catch(() => null);
    return { page, problems, scripts };
  }

  it('included twice under Trusted Types: one policy, no violation, one notice', async () => {
    const { page, problems } = await visit('/twice');
    expect(problems).toEqual([]);
    expect(await page.$$('[data-old-browser-notice]')).toHaveLength(1);
    await page.close();
  });

  it('a <form id="OldBrowserNotice"> with an input named like our mark does not turn the notice off', async () => {
    const { page, problems } = await visit('/form');
    expect(await page.$('[data-old-browser-notice]')).not.toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('an <img name="currentScript"> does not send the first stage elsewhere for the second', async () => {
    const { page, scripts } = await visit('/img');
    expect(scripts).toEqual(['/old-browser-notice.js', '/old-browser-notice.global.js']);
    expect(await page.$('[data-old-browser-notice]')).not.toBeNull();
    await page.close();
  });

  it.each([
    ['Array.prototype.map and join that throw', "Array.prototype.map = Array.prototype.join = function () { throw new Error('page bug'); };"],
    ['Object.create that throws', "Object.create = function () { throw new Error('page bug'); };"],
  ])('a page whose %s hears nothing from either build', async (_name, sabotage) => {
    for (const path of ['/form', '/twice']) {
      const { page, problems } = await visit(path, sabotage);
      expect(problems.filter((problem) => !problem.startsWith('CSP violation'))).toEqual([]);
      await page.close();
    }
  });

  it('an element with id="old-browser-notice-styles" does not leave the notice unstyled', async () => {
    const { page } = await visit('/styles');
    const background = await page.$eval('[data-old-browser-notice]', (element) => getComputedStyle(element).backgroundColor);
    expect(background).toBe('rgb(255, 244, 214)');
    await page.close();
  });
});
