// What the first stage costs a current browser, measured in Chromium: bytes on the
// wire and main-thread time to parse and run it (median of many runs, performance.now).
// Skipped where there is no Chromium. Run: npm run bench
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const code = readFileSync(new URL('../dist/old-browser-notice.js', import.meta.url), 'utf8');
console.log(`\nFirst stage (dist/old-browser-notice.js): ${Buffer.byteLength(code)} bytes, ${gzipSync(code, { level: 9 }).length} gzipped`);

if (!existsSync(CHROME)) {
  console.log(`No Chromium at ${CHROME}: main-thread time not measured.`);
} else {
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const page = await browser.newPage({
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Safari/537.36',
  });
  await page.setContent('<!doctype html><html><body><main><h1>x</h1></main></body></html>');
  // Each run inserts the script anew as a classic script (parse, compile, run), as a page
  // load would; a changed sourceURL keeps V8 from reusing an earlier compile. The timer is
  // coarse (0.1 ms) outside cross-origin isolation, so runs are timed in batches, and the
  // cost of inserting an empty script is subtracted.
  const perRun = await page.evaluate((source) => {
    const batch = (text, runs) => {
      const start = performance.now();
      for (let i = 0; i < runs; i++) {
        const element = document.createElement('script');
        element.textContent = text + '\n//# sourceURL=run' + Math.random();
        document.head.appendChild(element);
        element.remove();
      }
      return (performance.now() - start) / runs;
    };
    const results = [];
    for (let round = 0; round < 5; round++) results.push(batch(source, 200) - batch(';', 200));
    return results.sort((a, b) => a - b);
  }, code);
  const median = perRun[Math.floor(perRun.length / 2)];
  console.log(`Main thread in Chromium (current Chrome user agent): ${median.toFixed(3)} ms per run (median of 5 batches of 200; budget 0.3 ms)`);
  await browser.close();
}
