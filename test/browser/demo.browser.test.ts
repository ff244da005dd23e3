import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROME, launch } from './harness';

const SERVER = fileURLToPath(new URL('../../demo/server.mjs', import.meta.url));
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Safari/537.36';
const SHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));

describe.skipIf(!HAS_CHROME)('npm run demo', () => {
  let browser: Browser;
  let demo: ChildProcess;
  let url: string;

  beforeAll(async () => {
    demo = spawn(process.execPath, [SERVER], { env: { ...process.env, PORT: '0' } });
    url = await new Promise<string>((resolve, reject) => {
      demo.stdout!.on('data', (chunk: Buffer) => {
        const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(chunk.toString());
        if (match) resolve(match[0]);
      });
      demo.on('exit', (code) => reject(new Error(`demo server exited with ${code}`)));
    });
    browser = await launch();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    demo?.kill();
  });

  it('serves a Swedish municipal page with the notice in preview, in a current browser', async () => {
    // Headless Chromium says HeadlessChrome (a bot, rightly); a visitor's Chrome does not.
    const page = await browser.newPage({ userAgent: CHROME });
    await page.goto(url);
    const notice = page.locator('[data-old-browser-notice]');
    await notice.waitFor();
    expect(await notice.locator('h2').textContent()).toBe('Din webbläsare är gammal');
    expect(await notice.textContent()).toContain('Exempelby kommun');
    expect(await notice.locator('.obn__preview').textContent()).toContain('status supported');
    await page.screenshot({ path: `${SHOTS}demo-page.png`, fullPage: true });
    await page.close();
  });

  it('has a playground that judges a pasted user agent against a policy', async () => {
    const page = await browser.newPage();
    await page.goto(url + 'playground');
    await page.getByRole('button', { name: 'Internet Explorer 11' }).click();
    await page.waitForFunction(() => document.getElementById('verdict')!.textContent!.includes('"agent": "ie"'));
    expect(await page.textContent('#verdict')).toContain('"status": "unsupported"');
    expect(await page.locator('#preview [data-old-browser-notice]').count()).toBe(1);
    await page.selectOption('#lang', 'en');
    await page.waitForFunction(() => document.querySelector('#preview h2')?.textContent === 'Your browser is out of date');
    await page.selectOption('#lang', 'ar');
    await page.waitForFunction(() => document.querySelector('#preview [data-old-browser-notice]')?.getAttribute('dir') === 'rtl');
    await page.fill('#browsers', 'ie 11');
    await page.waitForFunction(() => document.getElementById('verdict')!.textContent!.includes('"status": "supported"'));
    await page.fill('#browsers', 'chrome >= banana');
    await page.waitForFunction(() => document.getElementById('error')!.textContent!.includes('`chrome >= banana`'));
    await page.fill('#browsers', 'defaults');
    await page.screenshot({ path: `${SHOTS}demo-playground.png`, fullPage: true });
    await page.close();
  });
});
