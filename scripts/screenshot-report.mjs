// docs/report.md's pictures of the HTML report's chart: the built CLI's `report --by day`
// and `--by week` on a generated 60-day log (scripts/report-sample-log.mjs), in Debian's
// Chromium at 1280 and 375 CSS pixels wide. Each picture is the chart's figure as the page
// lays it out (what is cut off at the right edge scrolls into view).
// Run after `npm run build`: node scripts/screenshot-report.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { sampleLog } from './report-sample-log.mjs';

const dir = mkdtempSync(join(tmpdir(), 'report-screenshots-'));
const log = join(dir, 'access.log');
writeFileSync(log, sampleLog());

/** The page `report --by <by> --format html` writes for the sample log. */
function reportPage(by) {
  const result = spawnSync(process.execPath, ['dist/cli.js', 'report', '--browsers', 'defaults', '--by', by, '--format', 'html', log], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`report --by ${by} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium' });
try {
  for (const by of ['day', 'week']) {
    const html = reportPage(by);
    for (const width of [1280, 375]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.setContent(html);
      const path = `docs/report-chart-${by}-${width}.png`;
      await page.locator('figure.chart').screenshot({ path });
      console.log(`Wrote ${path}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
