import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oldBrowserNoticeMiddleware, type Verdict } from '@lib/node';

const IE11 = 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko';
const CHROME_REDUCED = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';
const EDGE_HINTS = {
  'sec-ch-ua': '"Chromium";v="130", "Microsoft Edge";v="130", "Not?A_Brand";v="99"',
  'sec-ch-ua-platform': '"Windows"',
  'sec-ch-ua-platform-version': '"15.0.0"',
};

describe('the middleware in a real Node HTTP server', () => {
  let url: string;
  const server = createServer((req: IncomingMessage & { oldBrowserNotice?: Verdict }, res: ServerResponse) => {
    const middleware = oldBrowserNoticeMiddleware({ browsers: 'chrome >= 120, edge >= 131', acceptClientHints: true, vary: true });
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Cache-Control', 'public, max-age=300');
    middleware(req, res, () => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(req.oldBrowserNotice));
    });
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('puts the verdict on the request, from the user agent and the client hints', async () => {
    const ie = await (await fetch(url, { headers: { 'user-agent': IE11 } })).json();
    // Windows 7 runs no browser that meets this policy.
    expect(ie).toMatchObject({ status: 'unsupported', agent: 'ie', action: 'update-os' });
    const edge = await (await fetch(url, { headers: { 'user-agent': CHROME_REDUCED, ...EDGE_HINTS } })).json();
    expect(edge).toMatchObject({ agent: 'edge', version: '130', status: 'supported', os: { name: 'Windows', version: '11' } });
  });

  it('asks for client hints and adds what caches must vary on, keeping what the page set', async () => {
    const response = await fetch(url, { headers: { 'user-agent': IE11 } });
    expect(response.headers.get('accept-ch')).toBe('Sec-CH-UA, Sec-CH-UA-Full-Version-List, Sec-CH-UA-Mobile, Sec-CH-UA-Platform, Sec-CH-UA-Platform-Version');
    expect(response.headers.get('vary')).toBe('Accept-Encoding, User-Agent, Sec-CH-UA, Sec-CH-UA-Full-Version-List, Sec-CH-UA-Mobile, Sec-CH-UA-Platform, Sec-CH-UA-Platform-Version');
    // A response that varies by browser is kept out of shared caches, which may ignore Vary.
    expect(response.headers.get('cache-control')).toBe('max-age=300, private');
  });

  it('works as a Fastify onRequest hook, with its reply object', () => {
    const headers: Record<string, string> = {};
    const reply = { header: (name: string, value: string) => (headers[name.toLowerCase()] = value), getHeaders: () => headers };
    const request: { headers: Record<string, string>; oldBrowserNotice?: Verdict } = { headers: { 'user-agent': IE11 } };
    let done = false;
    oldBrowserNoticeMiddleware({ vary: true })(request, reply, () => (done = true));
    expect(done).toBe(true);
    expect(request.oldBrowserNotice!.status).toBe('unsupported');
    expect(headers.vary).toContain('User-Agent');
  });
});

describe('the Fetch handler in workerd (miniflare)', () => {
  let worker: Miniflare;

  beforeAll(async () => {
    // A Worker as a site would bundle it: the package's universal build, no Node built-ins.
    const bundled = await build({
      stdin: {
        contents: `import { withOldBrowserNotice } from ${JSON.stringify(fileURLToPath(new URL('../../dist/index.js', import.meta.url)))};
          export default { fetch: withOldBrowserNotice((request, verdict) => Response.json(verdict), { browsers: 'chrome >= 120, edge >= 131, firefox >= 115', acceptClientHints: true, vary: true }) };`,
        resolveDir: fileURLToPath(new URL('../../', import.meta.url)),
      },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      write: false,
    });
    worker = new Miniflare({ modules: true, script: bundled.outputFiles[0]!.text, compatibilityDate: '2025-07-01' });
  }, 60_000);

  afterAll(() => worker?.dispose());

  it('judges real requests with user agents and client hints', async () => {
    const ie = await worker.dispatchFetch('http://localhost/', { headers: { 'user-agent': IE11 } });
    expect(await ie.json()).toMatchObject({ status: 'unsupported', agent: 'ie' });
    const edge = await worker.dispatchFetch('http://localhost/', { headers: { 'user-agent': CHROME_REDUCED, ...EDGE_HINTS } });
    const verdict = (await edge.json()) as Verdict;
    expect(verdict).toMatchObject({ agent: 'edge', status: 'supported', os: { version: '11' } });
    expect(verdict.reason).toContain('Client hints won over the user agent');
    expect(edge.headers.get('vary')).toContain('Sec-CH-UA-Platform-Version');
    expect(edge.headers.get('cache-control')).toBe('private');
    expect(edge.headers.get('accept-ch')).toContain('Sec-CH-UA-Full-Version-List');
  });

  it('tolerates garbage hints', async () => {
    const response = await worker.dispatchFetch('http://localhost/', { headers: { 'user-agent': CHROME_REDUCED, 'sec-ch-ua': '"}{', 'sec-ch-ua-mobile': '?7' } });
    expect(await response.json()).toMatchObject({ status: 'supported', agent: 'chrome', version: '130' });
  });
});
