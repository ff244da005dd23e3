import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITUATIONS } from '../../src/gallery/situations';
import { axeViolations, HAS_CHROME, launch } from './harness';

// `gallery` as the editor runs it, the page it writes opened in Chromium.
const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const SV = JSON.parse(readFileSync(new URL('../../dist/locales/sv.json', import.meta.url), 'utf8')) as { text: { heading: string } };
const AR = JSON.parse(readFileSync(new URL('../../dist/locales/ar.json', import.meta.url), 'utf8')) as { text: { heading: string } };

let browser: Browser;
let html = '';
let stdout = '';

describe.skipIf(!HAS_CHROME)('old-browser-notice gallery, in Chromium', () => {
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'obn-gallery-'));
    stdout = execFileSync(process.execPath, [BIN, 'gallery', '--lang', 'sv,en,ar', '--site', 'Haninge kommun', '--browsers', 'defaults', '--insecure', '--out', 'gallery.html'], { cwd: dir, encoding: 'utf8' });
    html = readFileSync(join(dir, 'gallery.html'), 'utf8');
    browser = await launch();
  });

  afterAll(() => browser?.close());

  it('writes one self-contained page: nothing fetched from anywhere', () => {
    expect(stdout).toBe('Wrote the gallery (sv, en, ar; policy `defaults`) to gallery.html.\n');
    expect(html).not.toMatch(/<(?:script|link|img)\b|\bsrc=|url\(/i);
  });

  it('shows every language with the notice, styled, in each situation, each labelled', async () => {
    const page = await browser.newPage();
    await page.setContent(html);
    const facts = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.gallery__language'), (language) => ({
        lang: language.getAttribute('lang'),
        dir: getComputedStyle(language).direction,
        cases: Array.from(language.querySelectorAll('.gallery__case'), (item) => ({
          situation: item.getAttribute('data-situation'),
          label: item.querySelector('h3')!.textContent,
          heading: item.querySelector('.obn__heading')?.textContent ?? null,
          site: (item.querySelector('.obn')?.textContent ?? '').includes('Haninge kommun'),
          background: item.querySelector('.obn') ? getComputedStyle(item.querySelector('.obn')!).backgroundColor : null,
        })),
      })),
    );
    expect(facts.map((language) => [language.lang, language.dir])).toEqual([['sv', 'ltr'], ['en', 'ltr'], ['ar', 'rtl']]);
    for (const language of facts) {
      expect(language.cases.map((item) => item.situation)).toEqual(SITUATIONS.map((situation) => situation.id));
      expect(language.cases.map((item) => item.label)).toEqual(SITUATIONS.map((situation) => situation.label));
      // Every notice names the site, but the insecure one, which speaks of the browser's security.
      for (const item of language.cases) expect({ ...item, site: item.situation !== 'insecure', background: 'rgb(255, 244, 214)' }).toEqual(item);
    }
    expect(facts[0]!.cases[0]!.heading).toBe(SV.text.heading);
    expect(facts[2]!.cases[0]!.heading).toBe(AR.text.heading);
    await page.close();
  });

  it('passes axe-core (WCAG 2.1 A and AA) with zero violations', async () => {
    const page = await browser.newPage();
    await page.setContent(html);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
