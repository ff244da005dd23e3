import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROME, launch, serve } from './harness';

const GOOGLEBOT = 'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Safari/537.36';

describe.skipIf(!HAS_CHROME)('preview by address in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    browser = await launch();
    server = await serve();
    server.pages.set('/', { script: { 'data-site': 'Haninge kommun' } });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function visit(userAgent: string): Promise<{ notice: boolean; console: string[] }> {
    const context = await browser.newContext({ userAgent });
    const page = await context.newPage();
    const lines: string[] = [];
    page.on('console', (message) => lines.push(message.text()));
    await page.goto(server.url + '/?old-browser-notice=preview');
    await page.waitForLoadState('load');
    await page.waitForTimeout(400); // past the client-hints wait
    const notice = (await page.$('[data-old-browser-notice]')) !== null;
    await context.close();
    return { notice, console: lines.filter((line) => line.startsWith('old-browser-notice:')) };
  }

  it('renders nothing for Googlebot, and explains itself on the console once', async () => {
    const { notice, console } = await visit(GOOGLEBOT);
    expect(notice).toBe(false);
    expect(console).toEqual([expect.stringContaining('preview: not shown, since this visitor is a bot or crawler')]);
  });

  it('still previews for a person with a current browser', async () => {
    expect((await visit(CHROME)).notice).toBe(true);
  });
});
