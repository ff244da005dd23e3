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

  /** A person's Chrome: headless Chromium's own user agent is an automated browser, which preview leaves alone like every bot. */
  const personsChrome = () => `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${browser.version()} Safari/537.36`;

  async function visit(path: string, sabotage?: string) {
    const page = await browser.newPage({ userAgent: personsChrome() });
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

  // DOM clobbering with the markup itself: Chromium gives a document its named images as
  // properties, in place of its own methods. Before the tag (in <head>, which the parser then
  // closes) and after it (at the end of <body>); an old browser's user agent, and this one in preview.
  describe('page markup that names the document\'s own methods and properties', () => {
    const NAMES = ['createElement', 'body', 'getElementsByTagName', 'querySelector', 'defaultView', 'createTextNode'];
    const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';

    async function clobbered(path: string, userAgent?: string) {
      // Preview as a person's Chrome (see personsChrome).
      const context = await browser.newContext({ userAgent: userAgent || personsChrome() });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(`${server.url}${path}${userAgent ? '' : '?old-browser-notice=preview'}`);
      await page.waitForSelector('[data-old-browser-notice]', { timeout: 5_000, state: 'attached' }).catch(() => null);
      // The notice as the real <body>'s first child, read through the prototypes: the page's names are in the way.
      const place = await page.evaluate(() => {
        const body = Object.getOwnPropertyDescriptor(Document.prototype, 'body')!.get!.call(document) as HTMLElement;
        const first = body.firstElementChild;
        return { first: first && first.hasAttribute('data-old-browser-notice'), clobbered: (document as unknown as Record<string, unknown>).createElement instanceof HTMLImageElement || (document as unknown as Record<string, unknown>).body instanceof HTMLImageElement || typeof (document as unknown as Record<string, unknown>).querySelector !== 'function' || (document as unknown as Record<string, unknown>).defaultView instanceof HTMLImageElement || typeof (document as unknown as Record<string, unknown>).getElementsByTagName !== 'function' || typeof (document as unknown as Record<string, unknown>).createTextNode !== 'function' };
      });
      await context.close();
      return { ...place, problems };
    }

    for (const name of NAMES) {
      for (const where of ['before', 'after'] as const) {
        for (const src of ['/old-browser-notice.js', '/old-browser-notice.global.js']) {
          const path = `/clobber-${name}-${where}${src.replace(/\W/g, '-')}`;
          it(`<img name="${name}"> ${where} the tag (${src}): the notice is the real <body>'s first child, for IE 11 and in preview`, async () => {
            const markup = `<img name="${name}" src="/nothing.png" alt="">`;
            server.pages.set(path, { src, script: { 'data-site': 'Haninge kommun', 'data-lang': 'en' }, head: where === 'before' ? markup : '', bodyEnd: where === 'after' ? markup : '' });
            for (const userAgent of [IE11, undefined]) {
              const result = await clobbered(path, userAgent);
              // The markup really did take the document's name, or this test proves nothing.
              expect(result.clobbered).toBe(true);
              expect(result.first).toBe(true);
              expect(result.problems).toEqual([]);
            }
          });
        }
      }
    }

    it('where the browser has no Trusted Types, <a id="trustedTypes"> and <form name="trustedTypes"> before the two-stage loader do not stop it', async () => {
      for (const markup of ['<a id="trustedTypes"></a>', '<form name="trustedTypes"><input name="createPolicy"></form>']) {
        server.pages.set('/clobber-tt', { src: '/old-browser-notice.js', script: { 'data-site': 'Haninge kommun', 'data-lang': 'en' }, head: markup });
        // This browser's own trustedTypes taken away before the page runs, as in one that never had it.
        const context = await browser.newContext({ userAgent: IE11 });
        await context.addInitScript(() => {
          delete (window as unknown as Record<string, unknown>).trustedTypes;
        });
        const page = await context.newPage();
        const problems: string[] = [];
        page.on('pageerror', (error) => problems.push(error.message));
        await page.goto(`${server.url}/clobber-tt`);
        await page.waitForSelector('[data-old-browser-notice]', { timeout: 5_000, state: 'attached' }).catch(() => null);
        const named = await page.evaluate(() => (window as unknown as { trustedTypes?: { nodeName?: string } }).trustedTypes?.nodeName ?? null);
        expect(named).not.toBeNull();
        expect(await page.$('[data-old-browser-notice]')).not.toBeNull();
        expect(problems).toEqual([]);
        await context.close();
      }
    });
  });
});
