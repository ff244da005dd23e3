import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { HAS_CHROME, launch, serve } from './harness';

// IE 11 on Windows 10 is told to switch to three browsers: three names to lay out.
const IE11_WIN10 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
const LANGUAGES = ['ar', 'fa', 'prs', 'ps', 'ckb', 'ur', 'he', 'yi', 'en'];
const SITES = ['Haninge kommun', 'Sundsvalls kommun och Timrå kommun'];

describe.skipIf(!HAS_CHROME)('browser names at 320 px in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    browser = await launch();
    server = await serve();
    context = await browser.newContext({ userAgent: IE11_WIN10, viewport: { width: 320, height: 800 } });
    for (const tag of LANGUAGES) {
      SITES.forEach((site, i) => server.pages.set(`/${tag}/${i}`, { script: { 'data-lang': tag, 'data-site': site } }));
    }
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Each link's name and how many line boxes it takes. */
  async function lines(page: Page, path: string): Promise<Array<{ name: string; lines: number }>> {
    await page.goto(server.url + path);
    await page.waitForSelector('[data-old-browser-notice] a');
    return page.$$eval('[data-old-browser-notice] a', (anchors) =>
      anchors.map((a) => ({ name: a.textContent!, lines: new Set([...a.getClientRects()].map((r) => Math.round(r.top))).size })),
    );
  }

  it.each(LANGUAGES)('%s: no browser name breaks across lines', async (tag) => {
    const page = await context.newPage();
    for (let i = 0; i < SITES.length; i++) {
      const found = await lines(page, `/${tag}/${i}`);
      expect(found.map((link) => link.name.replace(/\u00A0/g, ' '))).toEqual(['Mozilla Firefox', 'Google Chrome', 'Microsoft Edge']);
      for (const link of found) expect({ tag, site: SITES[i], ...link }).toMatchObject({ lines: 1 });
    }
    await page.close();
  });

  it('measures something real: with plain spaces, some name breaks in these languages', async () => {
    const page = await context.newPage();
    const script = readFileSync(new URL('../../dist/old-browser-notice.global.js', import.meta.url), 'utf8');
    const plain = script.replace(/"\\xa0"|"\u00A0"|"\\u00a0"/gi, '" "');
    expect(plain).not.toBe(script);
    await page.route('**/old-browser-notice.global.js', (route) => route.fulfill({ contentType: 'text/javascript', body: plain }));
    let broken = 0;
    for (const tag of LANGUAGES) for (let i = 0; i < SITES.length; i++) for (const link of await lines(page, `/${tag}/${i}`)) if (link.lines > 1) broken++;
    expect(broken).toBeGreaterThan(0);
    await page.close();
  });
});
