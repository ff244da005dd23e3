import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { oldBrowserNoticeMiddleware, withOldBrowserNotice } from '@lib/universal';

// With `vary: true` a response depends on the visitor's browser: nothing that lets a shared
// cache keep it may survive, whatever the app sets after the middleware (RFC 9213's
// CDN-Cache-Control and its targeted forms, Surrogate-Control, public, s-maxage).
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
const APP_HEADERS: Record<string, string> = {
  'Cache-Control': 'public, max-age=300, s-maxage=3600',
  'CDN-Cache-Control': 'max-age=3600',
  'Cloudflare-CDN-Cache-Control': 'max-age=86400',
  'Surrogate-Control': 'max-age=3600',
  'Surrogate-Key': 'front-page',
};

/** Serves one request through the middleware, then `respond`, and returns the headers the client got. */
async function serveOnce(vary: boolean, respond: (res: ServerResponse, reply: Record<string, unknown>) => void): Promise<Headers> {
  const middleware = oldBrowserNoticeMiddleware({ vary });
  const server = createServer((req, res) => {
    // Fastify hands its hook a reply whose `raw` is the Node response, and sends the reply's
    // headers as writeHead's argument; Node and Express use the response itself.
    const fastifyHeaders: Record<string, string> = {};
    const reply = { raw: res, header: (name: string, value: string) => (fastifyHeaders[name.toLowerCase()] = value), getHeaders: () => fastifyHeaders, headers: fastifyHeaders };
    const fastify = req.url === '/fastify';
    middleware(req as never, (fastify ? reply : res) as never, () => respond(res, reply));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}${respond.name === 'fastify' ? '/fastify' : '/'}`, { headers: { 'user-agent': IE11 } });
    await response.text();
    return response.headers;
  } finally {
    server.close();
  }
}

function expectPrivate(headers: Headers): void {
  expect(headers.get('cdn-cache-control')).toBeNull();
  expect(headers.get('cloudflare-cdn-cache-control')).toBeNull();
  expect(headers.get('surrogate-control')).toBeNull();
  const cacheControl = headers.get('cache-control')!.split(/\s*,\s*/);
  expect(cacheControl).toContain('private');
  expect(cacheControl).toContain('max-age=300');
  expect(cacheControl).not.toContain('public');
  expect(cacheControl.some((directive) => directive.startsWith('s-maxage'))).toBe(false);
  expect(headers.get('vary')).toContain('User-Agent');
  // Not a caching directive: cache tags stay.
  expect(headers.get('surrogate-key')).toBe('front-page');
}

describe('vary: true keeps a response out of shared caches, whatever the app sets after the middleware', () => {
  it('Node and Express: headers set with setHeader, sent implicitly', async () => {
    expectPrivate(
      await serveOnce(true, function node(res) {
        for (const [name, value] of Object.entries(APP_HEADERS)) res.setHeader(name, value);
        res.end('<p>notice</p>');
      }),
    );
  });

  it('Node: headers given to writeHead, as an object and as a flat list', async () => {
    expectPrivate(await serveOnce(true, function node(res) { res.writeHead(200, APP_HEADERS).end('x'); }));
    expectPrivate(await serveOnce(true, function node(res) { res.writeHead(200, 'OK', Object.entries(APP_HEADERS).flat()).end('x'); }));
  });

  it('Fastify: the reply\'s headers, sent with writeHead on reply.raw', async () => {
    expectPrivate(
      await serveOnce(true, function fastify(res, reply) {
        for (const [name, value] of Object.entries(APP_HEADERS)) (reply.header as (n: string, v: string) => void)(name, value);
        res.writeHead(200, reply.headers as Record<string, string>).end('x');
      }),
    );
  });

  it('a Fetch handler (Workers, Deno, Bun): the response it returns', async () => {
    const handler = withOldBrowserNotice(() => new Response('<p>notice</p>', { headers: APP_HEADERS }), { vary: true });
    expectPrivate((await handler(new Request('https://example.com/', { headers: { 'user-agent': IE11 } }), {}, {})).headers);
  });
});

describe('vary: false (the default) leaves a site that only logs verdicts its CDN', () => {
  it('keeps every caching header the app set', async () => {
    const headers = await serveOnce(false, function node(res) {
      for (const [name, value] of Object.entries(APP_HEADERS)) res.setHeader(name, value);
      res.end('x');
    });
    expect(headers.get('cdn-cache-control')).toBe('max-age=3600');
    expect(headers.get('surrogate-control')).toBe('max-age=3600');
    expect(headers.get('cache-control')).toBe('public, max-age=300, s-maxage=3600');
    const handler = withOldBrowserNotice(() => new Response('x', { headers: APP_HEADERS }));
    expect((await handler(new Request('https://example.com/'), {}, {})).headers.get('cdn-cache-control')).toBe('max-age=3600');
  });
});

describe('the docs', () => {
  it('pass vary: true in every example that renders the notice on the server', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const root = new URL('../../docs/', import.meta.url);
    const files = [...readdirSync(root).filter((name) => name.endsWith('.md')).map((name) => new URL(name, root)), ...readdirSync(new URL('recipes/', root)).map((name) => new URL(`recipes/${name}`, root))];
    let examples = 0;
    for (const file of files) {
      for (const block of readFileSync(file, 'utf8').match(/```(?:js|ts|javascript|typescript)\n[\s\S]*?```/g) ?? []) {
        if (!block.includes('renderNoticeHTML(')) continue;
        examples++;
        expect(block, String(file)).toMatch(/vary: true/);
      }
    }
    expect(examples).toBeGreaterThanOrEqual(3);
  });
});
