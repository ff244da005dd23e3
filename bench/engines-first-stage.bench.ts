// The first stage's first execution in the three engines the browser suite drives
// (Chromium, Firefox ESR, WebKitGTK), side by side with browser-update's loader in the
// same run. Only Chromium can account main-thread time exactly (bench/first-stage.bench.js
// reads its trace); here every engine is measured the same way: in a new page, the
// candidate runs inline between two inline scripts that read performance.now(), and an
// empty candidate's time is subtracted. A new page has new DOM objects but may share its
// engine's process with earlier pages, so this is a page's first run, not a process's.
// Run: npm run bench (or tsx bench/engines-first-stage.bench.ts, after npm run build)
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { ENGINES, missing } from '../test/browser/engines/index';

const RUNS = 15;
const stageOne = readFileSync(new URL('../dist/old-browser-notice.js', import.meta.url), 'utf8');
const loader = (
  await esbuild.build({
    stdin: { contents: "import buo from 'browser-update/update.npm.js'; buo({});", resolveDir: fileURLToPath(new URL('..', import.meta.url)), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  })
).outputFiles[0]!.text;
const candidates: Record<string, string> = {
  'old-browser-notice first stage': stageOne,
  "browser-update's loader (update.npm.js)": loader,
  empty: ';',
};
// The candidate inline, so no request is timed; `</script` cannot occur in these sources.
const page = (code: string) =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title>' +
  '<script>window.__t0 = performance.now();</script><script>' + code + '</script>' +
  '<script>window.__t1 = performance.now();</script></head><body><main><h1>x</h1></main></body></html>';
for (const code of Object.values(candidates)) if (/<\/script/i.test(code)) throw new Error('a candidate contains </script');

const server = createServer((request, response) => {
  const name = decodeURIComponent(new URL(request.url!, 'http://x').pathname.slice(1));
  // Cross-origin isolated, so that performance.now() is precise (Firefox and WebKit round it to 1 ms otherwise).
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' });
  response.end(page(candidates[name] ?? ';'));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

console.log(`\nFirst execution in a new page, per engine (inline between two performance.now() reads, minus an empty script; median of ${RUNS}, wall time):`);
try {
  for (const entry of Object.values(ENGINES)) {
    if (missing(entry).length) {
      console.log(`  ${entry.name}: not measured, missing ${missing(entry).join(', ')}`);
      continue;
    }
    const engine = await entry.start();
    try {
      const times: Record<string, number[]> = Object.fromEntries(Object.keys(candidates).map((name) => [name, []]));
      for (let run = 0; run < RUNS; run++) {
        for (const name of Object.keys(candidates)) {
          const tab = await engine.open(`${origin}/${encodeURIComponent(name)}`, { userAgent: entry.currentUserAgent });
          const [took, isolated] = await tab.evaluate(() => [(window as unknown as { __t1: number }).__t1 - (window as unknown as { __t0: number }).__t0, window.crossOriginIsolated] as const);
          if (!isolated) throw new Error(`${entry.name}: the page is not cross-origin isolated, its timer would be coarse`);
          times[name]!.push(took);
          await tab.close();
        }
      }
      const median = (list: number[]) => list.slice().sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
      const empty = median(times.empty!);
      const cost = (name: string) => Math.max(0, median(times[name]!) - empty);
      const ours = cost('old-browser-notice first stage');
      const theirs = cost("browser-update's loader (update.npm.js)");
      console.log(
        `  ${`${entry.name} ${engine.version()}`.padEnd(22)} ours ${ours.toFixed(2)} ms (${gzipSync(stageOne, { level: 9 }).length.toLocaleString('en')} B gz), ` +
          `browser-update's loader ${theirs.toFixed(2)} ms (${gzipSync(loader, { level: 9 }).length.toLocaleString('en')} B gz): ${(ours / theirs).toFixed(2)}×; empty script ${empty.toFixed(2)} ms`,
      );
    } finally {
      await engine.close();
    }
  }
} finally {
  server.close();
}
