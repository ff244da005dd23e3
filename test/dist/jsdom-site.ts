import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM, ResourceLoader, type FetchOptions } from 'jsdom';

/** Serves a directory under https://www.sundsvall.se/js/ and records every request. */
export class SiteLoader extends ResourceLoader {
  requested: string[] = [];
  constructor(private root: URL, userAgent: string) {
    super({ userAgent });
  }
  override fetch(url: string, _options: FetchOptions) {
    this.requested.push(url);
    const path = new URL(url).pathname.replace(/^\/js\//, '');
    const promise = Promise.resolve(readFileSync(fileURLToPath(new URL(path, this.root))));
    return Object.assign(promise, { abort() {} }) as ReturnType<ResourceLoader['fetch']>;
  }
}

/**
 * A page on a site that hosts `root` at /js/, loaded in jsdom with a user agent,
 * and given time for a second stage to arrive after the load event.
 */
export async function site(root: URL, userAgent: string, body: string, lang = 'sv', url = 'https://www.sundsvall.se/') {
  const loader = new SiteLoader(root, userAgent);
  const dom = new JSDOM(`<!doctype html><html lang="${lang}"><head></head><body><main><h1>Hej</h1></main>${body}</body></html>`, {
    url,
    runScripts: 'dangerously',
    resources: loader,
  });
  const notice = () => dom.window.document.querySelector('[data-old-browser-notice]');
  await new Promise<void>((resolve) => dom.window.addEventListener('load', () => resolve()));
  // Up to two seconds, so that a busy machine does not fail the test; a current browser does not wait at all.
  for (let i = 0; i < 200 && loader.requested.length > 1 && !notice(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  return { window: dom.window, requested: loader.requested, notice };
}
