import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleLog } from '../../scripts/report-sample-log.mjs';
import { axeViolations, HAS_CHROME, launch } from './harness';

// The HTML report as Chromium lays it out, at a desktop's 1280 and a phone's 375 CSS
// pixels: the built CLI's `report --by day|week` on the 60-day log of the screenshots in
// docs/report.md. What a reader needs: labels that can be read and never overlap, a chart
// that scrolls by keyboard, a page that does not, and tables that sort (and read the same
// with script off).
const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const WIDTHS = [1280, 375];

interface Box {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
  fontSize: number;
}

describe.skipIf(!HAS_CHROME)('the HTML report in Chromium', () => {
  let browser: Browser;
  let dir: string;
  const pages: Record<string, string> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'report-chart-'));
    const log = join(dir, 'access.log');
    writeFileSync(log, sampleLog());
    for (const by of ['day', 'week']) {
      const result = spawnSync(process.execPath, [BIN, 'report', '--browsers', 'defaults', '--by', by, '--format', 'html', log], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      pages[by] = result.stdout;
    }
    browser = await launch();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(by: string, width: number, javaScriptEnabled = true, bypassCSP = false): Promise<{ page: Page; reported: string[] }> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled, bypassCSP });
    const page = await context.newPage();
    const reported: string[] = [];
    page.on('console', (message) => reported.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => reported.push(`pageerror: ${error.message}`));
    await page.setContent(pages[by]!);
    return { page, reported };
  }

  /** The chart's texts as laid out, in page pixels. */
  const labels = (page: Page, selector: string): Promise<Box[]> =>
    page.$$eval(selector, (texts) =>
      texts.map((text) => {
        const { left, right, top, bottom } = text.getBoundingClientRect();
        return { text: text.textContent!, left, right, top, bottom, fontSize: parseFloat(getComputedStyle(text).fontSize) };
      }),
    );

  for (const by of ['day', 'week']) {
    for (const width of WIDTHS) {
      it(`--by ${by} at ${width} px: labels of 12 px or more that never overlap, and a chart at its own size`, async () => {
        const { page, reported } = await open(by, width);
        const all = await labels(page, 'svg .chart-label, .chart-axis-name');
        expect(all.length).toBeGreaterThan(5);
        for (const label of all) {
          expect(label.fontSize, label.text).toBeGreaterThanOrEqual(12);
          // The glyphs' box, not only the style: a chart scaled down would shrink it.
          expect(label.bottom - label.top, label.text).toBeGreaterThanOrEqual(12);
        }
        const ticks = await labels(page, 'svg .chart-tick');
        expect(ticks.length).toBeGreaterThan(by === 'day' ? 20 : 8);
        for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.left, `${ticks[i - 1]!.text} overlaps ${ticks[i]!.text}`).toBeGreaterThan(ticks[i - 1]!.right);
        // No two texts of the chart overlap at all (scale, ticks, axis titles).
        for (const [i, a] of all.entries()) {
          for (const b of all.slice(i + 1)) {
            const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
            expect(apart, `"${a.text}" overlaps "${b.text}"`).toBe(true);
          }
        }
        const svg = await page.$eval('.chart-scroll svg', (element) => ({ drawn: element.getBoundingClientRect().width, width: Number(element.getAttribute('width')) }));
        expect(svg.drawn).toBeCloseTo(svg.width, 0);
        // The chart scrolls in its region; the page itself never scrolls sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        expect(reported).toEqual([]);
      });
    }
  }

  it('scrolls the 60-day chart by keyboard at 375 px, from a named region in the tab order', async () => {
    const { page } = await open('day', 375);
    const region = page.locator('.chart-scroll');
    expect(await region.getAttribute('aria-label')).toMatch(/^Chart: Notified share per day/);
    // Tab from the top reaches it, after the regions before it.
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await region.evaluate((element) => element === document.activeElement);
    }
    expect(reached).toBe(true);
    expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await page.keyboard.press('ArrowRight');
    // Chromium may scroll smoothly: wait until it has moved.
    await page.waitForFunction(() => document.querySelector('.chart-scroll')!.scrollLeft > 0, undefined, { timeout: 5000 });
  });

  it('sorts a whole table by a column head, saying the order, and lists it complete with script off', async () => {
    const { page, reported } = await open('week', 1280);
    const names = () => page.$$eval('#families tbody th', (cells) => cells.map((cell) => cell.textContent));
    const byRequests = await names();
    await page.getByRole('button', { name: 'Browser family' }).click();
    const sorted = await names();
    expect(sorted).toEqual([...byRequests].sort((a, b) => a!.localeCompare(b!, 'en', { numeric: true })));
    expect(await page.$eval('#families thead th:first-child', (th) => th.getAttribute('aria-sort'))).toBe('ascending');
    expect(await page.$eval('#families thead th:nth-child(2)', (th) => th.getAttribute('aria-sort'))).toBeNull();
    await page.getByRole('button', { name: 'Page views' }).first().click();
    expect(await names()).toEqual(byRequests);
    expect(reported).toEqual([]);

    const off = await open('week', 1280, false);
    expect(await off.page.$$('th button')).toHaveLength(0);
    const versions = await off.page.$$eval('#versions tbody tr', (rows) => rows.map((row) => Number(row.querySelector('td[data-sort]')!.getAttribute('data-sort'))));
    expect(versions.length).toBeGreaterThan(50);
    expect(versions).toEqual([...versions].sort((a, b) => b - a));
    expect(await off.page.$$eval('#families tbody th', (cells) => cells.map((cell) => cell.textContent))).toEqual(byRequests);
  });

  it('passes axe-core (WCAG 2.1 A and AA) with zero violations, every table and trend unfolded and sorted once', async () => {
    // The page's CSP would block axe-core's script: bypassed for this check only.
    const { page } = await open('week', 375, true, true);
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    await page.getByRole('button', { name: 'Browser family' }).click();
    expect(await axeViolations(page)).toEqual([]);
  });
});
