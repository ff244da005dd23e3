import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `verify <url>` against a site on 127.0.0.1 hosting the package's ready-made files at /js/
// (English built in, every other language beside it in locales/), spoiled one way per case.
const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const DIST = new URL('../../dist/', import.meta.url);
const STAGE_ONE = readFileSync(new URL('old-browser-notice.js', DIST));
const TAG = `<script src="/js/old-browser-notice.js" integrity="sha384-${createHash('sha384').update(STAGE_ONE).digest('base64')}" crossorigin="anonymous"></script>`;

/** How one case's site differs from a good one. */
interface Spoil {
  page?: string;
  types?: Record<string, string>;
  missing?: string[];
  css?: string;
}
const CASES: Record<string, Spoil> = {
  good: {},
  'no-tag': { page: '<!doctype html><html lang="sv"><head><title>Haninge kommun</title></head><body></body></html>' },
  'stale-integrity': { page: page(TAG.replace(/sha384-[^"]+/, `sha384-${createHash('sha384').update('an older build').digest('base64')}`)) },
  'wrong-type': { types: { '/js/old-browser-notice.js': 'text/plain' } },
  'missing-language': { missing: ['/js/locales/fi.json'] },
  'unbuilt-language': { page: page(TAG, 'tlh') },
  'old-data': { css: `/*! old-browser-notice 0.1.0 | caniuse-lite 1.0.30001700 of 2025-01-10 */\n.obn{}\n` },
};

function page(tag: string, lang = 'sv'): string {
  return `<!doctype html><html lang="${lang}"><head><title>Haninge kommun</title>${tag}</head><body><main><h1>Välkommen</h1></main></body></html>`;
}

function serveCase(spoil: Spoil, request: IncomingMessage, response: ServerResponse): void {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path === '/') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(spoil.page ?? page(TAG));
    return;
  }
  if (!path.startsWith('/js/') || spoil.missing?.includes(path) || path.includes('..')) {
    response.writeHead(404).end();
    return;
  }
  try {
    const body = path === '/js/old-browser-notice.css' && spoil.css !== undefined ? spoil.css : readFileSync(new URL(path.slice('/js/'.length), DIST));
    const type = spoil.types?.[path] ?? ({ js: 'text/javascript; charset=utf-8', json: 'application/json', css: 'text/css' } as Record<string, string>)[path.split('.').pop()!];
    response.writeHead(200, { 'content-type': type ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
}

const origins: Record<string, string> = {};
const servers: Array<{ close: () => void }> = [];
let silent = '';

beforeAll(async () => {
  for (const [name, spoil] of Object.entries(CASES)) {
    const server = createServer((request, response) => serveCase(spoil, request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origins[name] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    servers.push(server);
  }
  // An address that takes the connection and never answers.
  const hanging = createServer(() => undefined);
  await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
  silent = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/`;
  servers.push({
    close: () => {
      hanging.closeAllConnections();
      hanging.close();
    },
  });
});

afterAll(() => {
  for (const server of servers) server.close();
});

async function verify(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, [BIN, 'verify', ...args], { encoding: 'utf8' }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

/** Exit 2 and one line on standard error containing each part. */
async function expectProblem(name: string, ...parts: string[]) {
  const result = await verify(origins[name]!);
  expect(result.code).toBe(2);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  for (const part of parts) expect(result.stderr).toContain(part);
}

describe('old-browser-notice verify', () => {
  it('passes a page with the tag and files as built: exit 0, one line saying so', async () => {
    const result = await verify(origins.good!);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/: the notice is installed as built \(\d+ addresses checked\)\.\n$/);
  });

  it('says so in one line when the page has no tag', () => expectProblem('no-tag', 'has no <script src=".../old-browser-notice.js"> tag'));

  it('says so when the tag\'s integrity is not the first stage\'s (a stale tag blocks it for everyone)', () =>
    expectProblem('stale-integrity', "the tag's integrity does not match", '/js/old-browser-notice.js', 'paste the tag'));

  it('says so when the first stage is not served as JavaScript', () => expectProblem('wrong-type', 'is served as `text/plain`', 'text/javascript'));

  it('names a language file that does not answer', () => expectProblem('missing-language', 'the language file for `fi`', '/js/locales/fi.json', '404'));

  it("says so when the page's lang is not among the built languages", () => expectProblem('unbuilt-language', "the page's language `tlh`", 'build --lang'));

  it('warns, without failing, when the browser data is over six months old', async () => {
    const result = await verify(origins['old-data']!);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^old-browser-notice: warning: the browser data is from 2025-01-10, \d+ days ago: run `npm update`/);
  });

  it('says in one line when an address does not answer in time', async () => {
    const result = await verify('--timeout', '1', silent);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`old-browser-notice: the page ${silent} did not answer: no answer within 1 s\n`);
  });

  it('refuses an address that is not one', async () => {
    const result = await verify('haninge.se');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('`haninge.se` is not a page address');
  });
});
