import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, or CHROME_PATH. The suite is skipped loudly where there is none. */
export const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
export const HAS_CHROME = existsSync(CHROME);
if (!HAS_CHROME) {
  console.warn(`\n*** Chromium tests SKIPPED: no Chromium at ${CHROME}. Install it (apt-get install -y chromium) or set CHROME_PATH. ***\n`);
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROME,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

const file = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)));

export const ASSETS: Record<string, { type: string; body: () => Buffer }> = {
  '/old-browser-notice.js': { type: 'text/javascript', body: () => file('../../dist/old-browser-notice.js') },
  '/old-browser-notice.global.js': { type: 'text/javascript', body: () => file('../../dist/old-browser-notice.global.js') },
  '/old-browser-notice.css': { type: 'text/css', body: () => file('../../dist/old-browser-notice.css') },
  '/axe.min.js': { type: 'text/javascript', body: () => file('../../node_modules/axe-core/axe.min.js') },
};

export interface PageSpec {
  /** Attributes of the notice's script tag. */
  script?: Record<string, string>;
  /** Content-Security-Policy header. */
  csp?: string;
  /** Extra markup in <head>. */
  head?: string;
  /** Which build the script tag points at: the one-file build (default) or the two-stage loader. */
  src?: string;
  /** Extra markup at the end of <body>, after the tag. */
  bodyEnd?: string;
}

/** A plain municipal-looking page with the script tag, as a site would serve it. */
export function pageHtml(spec: PageSpec): string {
  const attributes = Object.entries(spec.script ?? {})
    .map(([name, value]) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`)
    .join('');
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sundsvalls kommun</title>${spec.head ?? ''}
<script src="${spec.src ?? '/old-browser-notice.global.js'}"${attributes}></script></head>
<body><header><p>Sundsvalls kommun</p></header>
<main><h1>Välkommen</h1><p>Här hittar du information om kommunens tjänster.</p><p><a href="/kontakt">Kontakta oss</a></p></main>
${spec.bodyEnd ?? ''}</body></html>`;
}

/** Serves pages registered by path, and the built assets, on localhost. */
export async function serve(): Promise<{ url: string; pages: Map<string, PageSpec>; close: () => Promise<void> }> {
  const pages = new Map<string, PageSpec>();
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    // The languages beside the script, as a site hosts dist/locales/.
    const locale = /^\/locales\/([\w-]+\.json)$/.exec(path);
    const localeFile = locale && new URL(`../../dist/locales/${locale[1]}`, import.meta.url);
    const asset = localeFile ? (existsSync(localeFile) ? { type: 'application/json', body: () => readFileSync(localeFile) } : undefined) : ASSETS[path];
    if (asset) {
      response.writeHead(200, { 'content-type': asset.type });
      response.end(asset.body());
      return;
    }
    const spec = pages.get(path);
    if (!spec) {
      response.writeHead(404).end();
      return;
    }
    const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
    if (spec.csp) headers['content-security-policy'] = spec.csp;
    response.writeHead(200, headers);
    response.end(pageHtml(spec));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, pages, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** WCAG relative luminance contrast of two `rgb(...)` colours. */
export function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = color.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/**
 * axe-core's WCAG 2.1 A and AA violations on a page as it is now, `id (nodes)` each. The
 * page must let axe-core's script in: a page with its own Content-Security-Policy needs a
 * context with `bypassCSP`.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync(fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url)), 'utf8') });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
  });
}
