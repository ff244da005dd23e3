// What the first stage costs a current browser, and what the old-browser path costs:
// bytes on the wire, how much supported traffic it decides alone, and main-thread time of
// its first execution in a fresh Chromium page, side by side with browser-update's loader
// and outdated-browser-rework in the same run. Run: npm run bench
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { evaluate } from '../dist/node.js';
import { loadDataset } from './dataset.js';
import { firstStageDecides } from './stage-one-decides.js';

const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const RUNS = 25;
const dist = (name) => readFileSync(new URL(`../dist/${name}`, import.meta.url), 'utf8');
const gz = (text) => gzipSync(text, { level: 9 }).length;

// Bytes, and how much of the traffic `defaults` supports the first stage decides alone.
const stageOne = dist('old-browser-notice.js');
const stageTwo = dist('old-browser-notice.global.js');
let supported = 0;
let decided = 0;
for (const { userAgent, weight } of loadDataset()) {
  if (evaluate(userAgent, { browsers: 'defaults' }).status !== 'supported') continue;
  supported += weight;
  if (firstStageDecides(userAgent)) decided += weight;
}
const share = decided / supported;
const expected = gz(stageOne) + (1 - share) * gz(stageTwo);
console.log(`\nFirst stage (dist/old-browser-notice.js, defaults): ${Buffer.byteLength(stageOne).toLocaleString('en')} bytes, ${gz(stageOne).toLocaleString('en')} gzipped (target 1,100)`);
console.log(`  decides alone for ${(share * 100).toFixed(2)} % of the weighted traffic defaults supports (target 99 %)`);
console.log(`  expected bytes per supported visitor: ${Math.round(expected).toLocaleString('en')} B gzipped (first stage + ${((1 - share) * 100).toFixed(2)} % × second stage ${gz(stageTwo).toLocaleString('en')} B; target 1,200)`);
console.log(`  old-browser path: ${(gz(stageOne) + gz(stageTwo) + Math.max(...(await import('node:fs')).readdirSync(new URL('../dist/locales/', import.meta.url)).filter((name) => name.endsWith('.json')).map((name) => gz(dist(`locales/${name}`))))).toLocaleString('en')} B gzipped with the largest language file by gzip (target 17,700)`);

/** A peer as a site would ship it: bundled and minified by esbuild, and called. */
async function peer(source) {
  const result = await esbuild.build({
    stdin: { contents: source, resolveDir: fileURLToPath(new URL('..', import.meta.url)), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

if (!existsSync(CHROME_PATH)) {
  console.log(`No Chromium at ${CHROME_PATH}: main-thread time not measured.`);
} else {
  const candidates = {
    'old-browser-notice first stage': stageOne,
    "browser-update's loader (npm, $buo({}))": await peer("import buo from 'browser-update'; buo({});"),
    'outdated-browser-rework (npm, called)': await peer("import outdated from 'outdated-browser-rework'; outdated();"),
    'an empty script (subtracted)': ';',
  };
  const CURRENT = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Safari/537.36';
  const ORIGIN = 'http://bench.localhost';
  // Cross-origin isolated, so that performance.now() is precise to 5 µs, not 100 µs.
  const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
  const HOST_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title></head><body><main><h1>x</h1></main></body></html>';
  const browser = await chromium.launch({
    executablePath: CHROME_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    // One fresh browser context (a new page, nothing cached or compiled before) per run and
    // candidate; candidates take turns so that a busy moment on the machine hits them alike.
    // The script is inserted inline in one task, which runs it synchronously: parse, compile, run.
    const times = Object.fromEntries(Object.keys(candidates).map((name) => [name, []]));
    for (let run = 0; run < RUNS; run++) {
      for (const [name, code] of Object.entries(candidates)) {
        const context = await browser.newContext({ userAgent: CURRENT });
        const tab = await context.newPage();
        await tab.route(ORIGIN + '/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', headers: ISOLATED, body: HOST_PAGE }));
        await tab.goto(ORIGIN + '/');
        const [ms, isolated] = await tab.evaluate((source) => {
          const script = document.createElement('script');
          script.textContent = source;
          const start = performance.now();
          document.body.appendChild(script);
          return [performance.now() - start, window.crossOriginIsolated];
        }, code);
        if (!isolated) throw new Error('the bench page is not cross-origin isolated: its timer would be coarse');
        times[name].push(ms);
        await context.close();
      }
    }
    const median = (list) => list.slice().sort((a, b) => a - b)[Math.floor(list.length / 2)];
    const empty = median(times['an empty script (subtracted)']);
    const cost = (name) => Math.max(0, median(times[name]) - empty);
    console.log(`\nFirst execution in a fresh Chromium page (headless, current Chrome user agent; a new browser context per run;`);
    console.log(`inserted inline and run synchronously: parse, compile, run; performance.now() around it, cross-origin isolated; median of ${RUNS}, minus an empty script's ${empty.toFixed(3)} ms):`);
    const ours = cost('old-browser-notice first stage');
    const browserUpdate = cost("browser-update's loader (npm, $buo({}))");
    for (const [name, code] of Object.entries(candidates)) {
      if (name.startsWith('an empty')) continue;
      const spread = times[name].slice().sort((a, b) => a - b);
      console.log(
        `  ${name.padEnd(42)} ${gz(code).toLocaleString('en').padStart(6)} B gz   ${cost(name).toFixed(3)} ms` +
          `   (runs ${(spread[Math.floor(RUNS / 4)] - empty).toFixed(3)}–${(spread[Math.floor((3 * RUNS) / 4)] - empty).toFixed(3)} ms, quartiles)`,
      );
    }
    console.log(`  ours / browser-update's loader: ${(ours / browserUpdate).toFixed(3)}× (target ≤ 0.15×; ours target ≤ 0.5 ms)`);
    if (ours > 0.5 || ours > 0.15 * browserUpdate) process.exitCode = 1;

    // The old-browser path: an old user agent (spoofed) loads the second stage, which shows the notice.
    const OLD = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/90.0.4430.212 Safari/537.36';
    const files = { '/old-browser-notice.js': stageOne, '/old-browser-notice.global.js': stageTwo };
    const toNotice = [];
    for (let run = 0; run < 10; run++) {
      const context = await browser.newContext({ userAgent: OLD });
      // Chromium's client hints would tell the truth about the spoofed user agent.
      await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'userAgentData', { get: () => undefined }));
      const tab = await context.newPage();
      await tab.route(ORIGIN + '/**', (route) => {
        const path = new URL(route.request().url()).pathname;
        if (files[path]) return route.fulfill({ status: 200, contentType: 'text/javascript', headers: ISOLATED, body: files[path] });
        return route.fulfill({
          status: 200,
          contentType: 'text/html',
          headers: ISOLATED,
          body:
            '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title>' +
            '<script>window.__t0 = performance.now(); new MutationObserver(function () { if (!window.__shown && document.querySelector("[data-old-browser-notice]")) window.__shown = performance.now(); }).observe(document, { childList: true, subtree: true });</script>' +
            '<script src="/old-browser-notice.js" data-site="Haninge kommun"></script></head><body><main><h1>x</h1></main></body></html>',
        });
      });
      await tab.goto(ORIGIN + '/');
      await tab.waitForFunction(() => window.__shown, null, { timeout: 10_000 });
      toNotice.push(await tab.evaluate(() => window.__shown - window.__t0));
      await context.close();
    }
    console.log(`\nOld-browser path (spoofed Chrome 90 user agent; both stages served locally, so no network delay): notice shown ${median(toNotice).toFixed(1)} ms after the page's first script (median of 10, fresh context each)`);
  } finally {
    await browser.close();
  }
}
