import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const IE11 = 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko';
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Safari/537.36';
const ORIGIN_PAGE = '<!doctype html><html lang="sv"><head></head><body><main><h1>Hej</h1></main></body></html>';

describe('the Worker recipe (docs/recipes/worker.md) in workerd', () => {
  let worker: Miniflare;

  beforeAll(async () => {
    const recipe = /^```js\n([\s\S]*?)^```$/m.exec(readFileSync(new URL('../../docs/recipes/worker.md', import.meta.url), 'utf8'))![1]!;
    const bundled = await build({
      stdin: { contents: recipe, resolveDir: fileURLToPath(new URL('../../', import.meta.url)) },
      alias: { 'old-browser-notice': fileURLToPath(new URL('../../dist/index.js', import.meta.url)) },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      write: false,
    });
    // The site behind the Worker: one HTML page.
    worker = new Miniflare({
      modules: true,
      script: bundled.outputFiles[0]!.text,
      compatibilityDate: '2025-07-01',
      outboundService: () => new Response(ORIGIN_PAGE, { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=60' } }),
    });
  }, 60_000);

  afterAll(() => worker?.dispose());

  it('puts the notice first in <body> for an old browser, and keeps the page out of shared caches', async () => {
    const response = await worker.dispatchFetch('https://www.example.se/', { headers: { 'user-agent': IE11 } });
    const html = await response.text();
    expect(html).toMatch(/<body><section data-nosnippet data-old-browser-notice="server"[^>]*>.*Sundsvalls kommun.*<\/section><main>/);
    expect(response.headers.get('cache-control')).toBe('max-age=60, private');
    expect(response.headers.get('vary')).toContain('User-Agent');
  }, 30_000);

  it('passes the page through untouched for a current browser', async () => {
    const response = await worker.dispatchFetch('https://www.example.se/', { headers: { 'user-agent': CHROME } });
    expect(await response.text()).toBe(ORIGIN_PAGE);
  }, 30_000);
});
