import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { JSDOM, ResourceLoader } from 'jsdom';

const TYPES: Record<string, string> = { js: 'text/javascript', json: 'application/json', css: 'text/css' };

/**
 * Serves `root` at /js/ over HTTP on 127.0.0.1 and records every request by path, so
 * that scripts and the second stage's requests for languages both go over a real wire
 * without leaving the machine.
 */
export async function hostDirectory(root: URL): Promise<{ origin: string; requested: string[]; close: () => void }> {
  const requested: string[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    requested.push(path);
    try {
      if (!path.startsWith('/js/')) throw new Error('not hosted');
      const contents = readFileSync(fileURLToPath(new URL(path.slice('/js/'.length), root)));
      response.writeHead(200, { 'content-type': TYPES[path.split('.').pop()!] ?? 'application/octet-stream' });
      response.end(contents);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, requested, close: () => server.close() };
}

/**
 * A page on a site that hosts `root` at /js/ (see {@link hostDirectory}), loaded in
 * jsdom with a user agent, and given time for a second stage and its language to
 * arrive after the load event.
 */
export async function site(root: URL, userAgent: string, body: string, lang = 'sv', query = '') {
  const host = await hostDirectory(root);
  try {
    const dom = new JSDOM(`<!doctype html><html lang="${lang}"><head></head><body><main><h1>Hej</h1></main>${body}</body></html>`, {
      url: `${host.origin}/${query}`,
      runScripts: 'dangerously',
      resources: new ResourceLoader({ userAgent }),
    });
    // The document's own querySelector: a page may clobber the document's (test/dist/clobbering.test.ts).
    const notice = (): Element | null => dom.window.Document.prototype.querySelector.call(dom.window.document, '[data-old-browser-notice]');
    await new Promise<void>((resolve) => dom.window.addEventListener('load', () => resolve()));
    // Up to five seconds, so that a busy machine does not fail the test; a current browser does not wait at all.
    for (let i = 0; i < 500 && host.requested.length > 1 && !notice(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    return { window: dom.window, requested: host.requested, notice };
  } finally {
    host.close();
  }
}
