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
    "browser-update's loader (update.npm.js, $buo({}))": await peer("import buo from 'browser-update/update.npm.js'; buo({});"),
    'outdated-browser-rework (npm, called)': await peer("import outdated from 'outdated-browser-rework'; outdated();"),
    // What any check pays before it starts: a fresh page's first navigator object.
    'a script that only reads navigator.userAgent': 'window.x = navigator.userAgent;',
    'an empty script (subtracted)': ';',
  };
  const CURRENT = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Safari/537.36';
  const ORIGIN = 'http://bench.localhost';
  // Cross-origin isolated, so that performance.now() in the old-browser path is precise to 5 µs, not 100 µs.
  const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
  const browser = await chromium.launch({
    executablePath: CHROME_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    // One fresh browser context (a new page, nothing cached or compiled before) per run and
    // candidate; candidates take turns so that a busy moment on the machine hits them alike.
    // Each is the page's first script, in <head>, as sites add ours. Its cost is Chromium's
    // own account of it: the EvaluateScript trace event (compile and run on the main thread)
    // in thread time, which other processes on a busy machine do not inflate.
    const times = Object.fromEntries(Object.keys(candidates).map((name) => [name, []]));
    for (let run = 0; run < RUNS; run++) {
      for (const [name, code] of Object.entries(candidates)) {
        const context = await browser.newContext({ userAgent: CURRENT });
        const tab = await context.newPage();
        await tab.route(ORIGIN + '/**', (route) =>
          new URL(route.request().url()).pathname === '/candidate.js'
            ? route.fulfill({ status: 200, contentType: 'text/javascript', body: code })
            : route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title><script src="/candidate.js"></script></head><body><main><h1>x</h1></main></body></html>' }),
        );
        const cdp = await context.newCDPSession(tab);
        const events = [];
        cdp.on('Tracing.dataCollected', (event) => events.push(...event.value));
        const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
        await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline'] }, transferMode: 'ReportEvents' });
        await tab.goto(ORIGIN + '/');
        await cdp.send('Tracing.end');
        await complete;
        const evaluated = events.filter((event) => event.name === 'EvaluateScript' && String(event.args?.data?.url).endsWith('/candidate.js'));
        if (evaluated.length !== 1) throw new Error(`${name}: ${evaluated.length} EvaluateScript events in the trace, expected 1`);
        times[name].push(evaluated[0].tdur / 1000);
        await context.close();
      }
    }
    const sorted = (list) => list.slice().sort((a, b) => a - b);
    const median = (list) => sorted(list)[Math.floor(list.length / 2)];
    const empty = median(times['an empty script (subtracted)']);
    const cost = (name) => Math.max(0, median(times[name]) - empty);
    console.log(`\nFirst execution in a fresh Chromium page (headless, current Chrome user agent; a new browser context per run; the page's`);
    console.log(`first script, in <head>; main-thread time of its EvaluateScript trace event, in thread time; median of ${RUNS}, minus an empty script's ${empty.toFixed(3)} ms):`);
    const ours = cost('old-browser-notice first stage');
    const browserUpdate = cost("browser-update's loader (update.npm.js, $buo({}))");
    for (const [name, code] of Object.entries(candidates)) {
      if (name.startsWith('an empty')) continue;
      const spread = sorted(times[name]);
      console.log(
        `  ${name.padEnd(50)} ${gz(code).toLocaleString('en').padStart(6)} B gz   ${cost(name).toFixed(3)} ms` +
          `   (runs ${(spread[Math.floor(RUNS / 4)] - empty).toFixed(3)}–${(spread[Math.floor((3 * RUNS) / 4)] - empty).toFixed(3)} ms, quartiles)`,
      );
    }
    const floor = cost('a script that only reads navigator.userAgent');
    console.log(`  ours / browser-update's loader: ${(ours / browserUpdate).toFixed(3)}× (target ≤ 0.15×: ${ours <= 0.15 * browserUpdate ? 'met' : 'MISSED'})`);
    console.log(`  ours: ${ours.toFixed(3)} ms (target ≤ 0.5 ms: ${ours <= 0.5 ? 'met' : 'MISSED'}; reading navigator.userAgent alone costs ${floor.toFixed(3)} ms of it)`);

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
