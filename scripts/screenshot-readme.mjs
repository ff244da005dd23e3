// The README's picture of the notice (docs/notice.png): the built script tag on an English
// municipal page, as Internet Explorer 11 on Windows 10 gets it, in Debian's Chromium.
// Run after `npm run build`: node scripts/screenshot-readme.mjs
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';

const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sundsvall municipality</title>
<script src="/old-browser-notice.js" data-site="Sundsvall municipality"></script>
<style>body{margin:0;font:16px/1.5 system-ui,sans-serif}header{background:#00496a;color:#fff;padding:1rem 2rem;font-weight:bold}main{padding:1rem 2rem}</style>
</head><body><header>Sundsvall municipality</header><main><h1>Welcome</h1><p>Services, news and contact details for residents.</p></main></body></html>`;
const FILES = {
  '/': [PAGE, 'text/html; charset=utf-8'],
  '/old-browser-notice.js': [readFileSync('dist/old-browser-notice.js'), 'text/javascript'],
  '/old-browser-notice.global.js': [readFileSync('dist/old-browser-notice.global.js'), 'text/javascript'],
};
const server = createServer((request, response) => {
  const file = FILES[new URL(request.url, 'http://x').pathname];
  response.writeHead(file ? 200 : 404, { 'content-type': file ? file[1] : 'text/plain' });
  response.end(file ? file[0] : '');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ userAgent: IE11, viewport: { width: 900, height: 420 } });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForSelector('section[data-old-browser-notice]');
  await page.screenshot({ path: 'docs/notice.png' });
  console.log('Wrote docs/notice.png:', await page.locator('section[data-old-browser-notice]').innerText());
} finally {
  await browser.close();
  server.close();
}
