import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from './harness';
import { NOTICE_BACKGROUND } from './checks/context';

// A real old browser: QtWebKit 5.212, a 2016 WebKit at Safari 10's level (Promise, but no
// fetch and no constructable stylesheets), from Debian's python3-pyqt5.qtwebkit, driven by a
// small Python script (engines/qtwebkit.py) without a display. It runs the built two-stage
// tag, with the `integrity` and `crossorigin` that `build` prints, and sends its own old
// user agent. What it lacks: docs/engines.md.
const PYTHON = process.env.QTWEBKIT_PYTHON || '/usr/bin/python3';
const DRIVER = fileURLToPath(new URL('./engines/qtwebkit.py', import.meta.url));
const installed = spawnSync(PYTHON, ['-c', 'import PyQt5.QtWebKitWidgets'], { env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' } }).status === 0;
const FIX = 'apt-get install -y python3-pyqt5.qtwebkit';
if (!installed && !process.env.CI) console.warn(`\n*** QtWebKit tests SKIPPED: no PyQt5.QtWebKitWidgets for ${PYTHON}. Install it (${FIX}). ***\n`);

const STAGE_ONE = readFileSync(new URL('../../dist/old-browser-notice.js', import.meta.url));
const INTEGRITY = `sha384-${createHash('sha384').update(STAGE_ONE).digest('base64')}`;
const SV = (JSON.parse(readFileSync(new URL('../../dist/locales/sv.json', import.meta.url), 'utf8')) as { text: Record<string, string> }).text;
const TAG = { integrity: INTEGRITY, crossorigin: 'anonymous', 'data-site': 'Haninge kommun' };

/** What engines/qtwebkit.py reports for one page. */
interface Visit {
  url: string;
  userAgent: string;
  notice: boolean;
  heading: string | null;
  text: string | null;
  background: string | null;
  buttonMinHeight: string | null;
  links: string[];
  styles: number;
  hasFetch: boolean;
  hasPromise: boolean;
  constructable: boolean;
  dismissed: boolean | null;
  shownAfterReload?: boolean;
  console: string[];
}

const PAGES = {
  '/no-csp': { src: '/old-browser-notice.js', script: TAG },
  '/nonce-csp': {
    src: '/old-browser-notice.js',
    script: { ...TAG, nonce: 'r4nd0m' },
    csp: "default-src 'self'; script-src 'nonce-r4nd0m'; style-src 'nonce-r4nd0m'",
  },
  '/self-csp': { src: '/old-browser-notice.js', script: TAG, csp: "default-src 'self'; style-src 'self'" },
};

let visits: Record<string, Visit> = {};
let close: () => Promise<void> = async () => {};

describe.skipIf(!installed && !process.env.CI)('QtWebKit 5.212 (Safari 10 level), the built two-stage tag', () => {
  beforeAll(async () => {
    if (!installed) throw new Error(`QtWebKit: no PyQt5.QtWebKitWidgets for ${PYTHON}. Install it: ${FIX}`);
    const server = await serve();
    close = server.close;
    for (const [path, spec] of Object.entries(PAGES)) server.pages.set(path, spec);
    const { stdout } = await promisify(execFile)(PYTHON, [DRIVER, ...Object.keys(PAGES).map((path) => server.url + path)], {
      env: { ...process.env, QT_QPA_PLATFORM: 'offscreen', XDG_RUNTIME_DIR: process.env.XDG_RUNTIME_DIR || '/tmp' },
      encoding: 'utf8',
      timeout: 90_000,
    });
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Visit);
    visits = Object.fromEntries(lines.map((visit) => [new URL(visit.url).pathname, visit]));
  }, 120_000);

  afterAll(() => close());

  it('is the old engine it claims to be: its own Safari 10 user agent, Promise but no fetch, no constructable stylesheets', () => {
    const visit = visits['/no-csp']!;
    expect(visit.userAgent).toMatch(/AppleWebKit\/602\.1 .*Version\/10\.0 Safari\/602\.1$/);
    expect({ hasFetch: visit.hasFetch, hasPromise: visit.hasPromise, constructable: visit.constructable }).toEqual({ hasFetch: false, hasPromise: true, constructable: false });
  });

  for (const [path, how] of [
    ['/no-csp', 'without a CSP'],
    ['/nonce-csp', 'under a nonce CSP'],
    ['/self-csp', "under default-src 'self'; style-src 'self'"],
  ] as const) {
    it(`shows the notice in the page's language, styled, with no console message, ${how}; dismissal works`, () => {
      const visit = visits[path]!;
      expect(visit.heading).toBe(SV.heading);
      expect(visit.text).toContain('Haninge kommun');
      expect(visit.background).toBe(NOTICE_BACKGROUND);
      expect(visit.buttonMinHeight).toBe('44px');
      expect(visit.console).toEqual([]);
      expect({ dismissed: visit.dismissed, shownAfterReload: visit.shownAfterReload }).toEqual({ dismissed: true, shownAfterReload: false });
    });
  }

  it('takes the nonce where there is one, and the stylesheet beside the script where there is none', () => {
    expect({ links: visits['/nonce-csp']!.links, styles: visits['/nonce-csp']!.styles }).toEqual({ links: [], styles: 1 });
    const self = visits['/self-csp']!;
    expect({ links: self.links, styles: self.styles }).toEqual({ links: [new URL('/old-browser-notice.css', self.url).href], styles: 0 });
  });
});
