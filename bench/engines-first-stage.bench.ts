// The first stage's first execution in the three engines the browser suite drives
// (Chromium, Firefox ESR, WebKitGTK), side by side with browser-update's loader in the
// same run. Only Chromium can account main-thread time exactly (bench/first-stage.bench.js
// reads its trace); here every engine is measured the same way: in a new page, the
// candidate is the page's script file, as sites add ours (`<script src>`: Chromium
// compiles a file while it streams in, which an inline script cannot have), with a
// performance.now() read put in as its first statement (after its leading comments, which
// must stay first) and another as its last, minus an empty file's time. So it is the
// file's run, compiling on first call included, not the parse before it (small for files
// this size). Each run asks for the file at a new address and the server forbids caching
// it, so no engine reuses a compilation from an earlier page. A new page has new DOM
// objects but may share its engine's process with earlier pages, so this is a page's
// first run, not a process's.
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
// The candidate as the page's script file, timed by two reads of the clock put into it.
const page = (file: string) =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title><script src="' + file + '"></script></head><body><main><h1>x</h1></main></body></html>';
const timed = (code: string) => {
  const comments = /^(?:\/\*[\s\S]*?\*\/\s*|\/\/[^\n]*\n\s*)*/.exec(code)![0];
  return comments + 'window.__t0 = performance.now();\n' + code.slice(comments.length) + '\n;window.__t1 = performance.now();\n';
};

const server = createServer((request, response) => {
  const url = new URL(request.url!, 'http://x');
  const name = decodeURIComponent(url.pathname.slice(1));
  // Cross-origin isolated, so that performance.now() is precise (Firefox and WebKit round it to 1 ms otherwise).
  const headers = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp', 'cache-control': 'no-store' };
  if (name.endsWith('.js')) {
    response.writeHead(200, { ...headers, 'content-type': 'text/javascript; charset=utf-8' });
    response.end(timed(candidates[name.slice(0, -3)] ?? ';'));
    return;
  }
  response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
  response.end(page(`/${encodeURIComponent(name)}.js?run=${url.searchParams.get('run')}`));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

console.log(`\nFirst execution in a new page, per engine (the page's script file, from its first statement to its last, minus an empty file; median of ${RUNS}, wall time):`);
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
          const tab = await engine.open(`${origin}/${encodeURIComponent(name)}?run=${run}`, { userAgent: entry.currentUserAgent });
          const [took, isolated] = await tab.evaluate(() => [(window as unknown as { __t1: number }).__t1 - (window as unknown as { __t0: number }).__t0, window.crossOriginIsolated] as const);
          if (!isolated) throw new Error(`${entry.name}: the page is not cross-origin isolated, its timer would be coarse`);
          if (!(took >= 0)) throw new Error(`${entry.name}: no time for ${name}`);
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
