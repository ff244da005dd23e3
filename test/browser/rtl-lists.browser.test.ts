import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { HAS_CHROME, launch, serve } from './harness';

// IE 11 on Windows 10 is told to switch, and gets three links (Firefox first) on a system every
// recommended browser supports. (An outdated browser is asked to update itself: one name, no list.)
const IE11_WIN10 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
const RTL = ['ar', 'fa', 'prs', 'ps', 'ckb', 'ur', 'he', 'yi'];

/** A link's first and last line boxes: a name may wrap onto the next line. */
interface Link {
  name: string;
  first: { left: number; right: number; top: number };
  last: { left: number; right: number; top: number };
}

describe.skipIf(!HAS_CHROME)('right-to-left lists of browsers in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  const contexts: Record<string, BrowserContext> = {};

  beforeAll(async () => {
    browser = await launch();
    server = await serve();
    for (const [name, userAgent] of [['switch', IE11_WIN10]] as const) {
      contexts[name] = await browser.newContext({ userAgent, viewport: { width: 1600, height: 900 } });
    }
    for (const tag of RTL) server.pages.set(`/${tag}`, { script: { 'data-lang': tag, 'data-site': 'Haninge kommun' } });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The notice's links as laid out: names and boxes, in the order of the text. */
  async function links(page: Page, path: string): Promise<Link[]> {
    await page.goto(server.url + path);
    await page.waitForSelector('[data-old-browser-notice] a');
    return page.$$eval('[data-old-browser-notice] a', (anchors) =>
      anchors.map((a) => {
        const boxes = [...a.getClientRects()].map(({ left, right, top }) => ({ left, right, top }));
        return { name: a.textContent!, first: boxes[0]!, last: boxes[boxes.length - 1]! };
      }),
    );
  }

  /**
   * Links in reading order for a right-to-left reader: each one starts left of where the one
   * before ends, on the same line, or on a later line; the first is the rightmost of its line.
   */
  function expectRightToLeft(found: Link[]): void {
    expect(found.length).toBeGreaterThanOrEqual(2);
    const sameLine = (a: { top: number }, b: { top: number }) => Math.abs(a.top - b.top) < 2;
    for (let i = 1; i < found.length; i++) {
      const before = found[i - 1]!.last;
      const link = found[i]!.first;
      const where = `${found[i]!.name} after ${found[i - 1]!.name}`;
      if (sameLine(link, before)) expect(link.right, where).toBeLessThanOrEqual(before.left);
      else expect(link.top, where).toBeGreaterThan(before.top);
    }
    const line = found.filter((link) => sameLine(link.first, found[0]!.first));
    expect(Math.max(...line.map((link) => link.first.right))).toBe(found[0]!.first.right);
  }

  // Every right-to-left locale with `switch` (Firefox first: the order the notice chose).
  const CASES = RTL.map((tag) => [tag, 'switch'] as const);
  it.each(CASES)(
    '%s, %s: the first browser in the list is the rightmost link, the rest follow leftwards',
    async (tag, action) => {
      const page = await contexts[action]!.newPage();
      const found = await links(page, `/${tag}`);
      expect(await page.getAttribute('[data-old-browser-notice]', 'dir')).toBe('rtl');
      expect(found[0]!.name.replace(/\u00A0/g, ' ')).toBe('Mozilla Firefox');
      expectRightToLeft(found);
      await page.close();
    },
  );

  it('measures something real: without the right-to-left mark, the second browser is the rightmost', async () => {
    const page = await contexts.switch!.newPage();
    const arabic = readFileSync(new URL('../../dist/locales/ar.json', import.meta.url), 'utf8');
    await page.route('**/locales/ar.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: arabic.replace(/\\u200f|\u200F/gi, '') }),
    );
    const found = await links(page, '/ar');
    expect(found[0]!.name.replace(/\u00A0/g, ' ')).toBe('Mozilla Firefox');
    expect(found[1]!.first.top).toBe(found[0]!.first.top);
    expect(found[1]!.first.right).toBeGreaterThan(found[0]!.first.right);
    await page.close();
  });
});
