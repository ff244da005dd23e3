import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine, EngineEntry, EnginePage, Feature, OpenOptions } from './engines/engine';
import { CHROME_UA, ENGINES, missing } from './engines';
import { ASSETS, contrast, serve, type PageSpec } from './harness';
import { NOTICE_TAGS, XSS_PAYLOADS } from '../xss';

const STRICT_CSP = "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const SHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));
const NOTICE_BACKGROUND = 'rgb(255, 244, 214)';
const local = (path: string) => () => readFileSync(fileURLToPath(new URL(path, import.meta.url)));
// Scripts a test page loads before the notice's (external: every page has a CSP to keep).
ASSETS['/page-probe.js'] = { type: 'text/javascript', body: local('./page-probe.js') };
ASSETS['/without-constructable-stylesheets.js'] = { type: 'text/javascript', body: local('./without-constructable-stylesheets.js') };
ASSETS['/user-agent-data.js'] = { type: 'text/javascript', body: local('./user-agent-data.js') };

/** What the page probe and the protocol saw go wrong. */
async function problemsOf(page: EnginePage): Promise<string[]> {
  const seen = await page.evaluate(() => (window as unknown as { __probe: { problems: string[] } }).__probe.problems.slice());
  return [...seen, ...page.reported()];
}

/** Polls the page until `fn` returns something truthy (the engines share no wait primitive). */
async function waitFor<A>(page: EnginePage, fn: (arg: A) => unknown, arg?: A, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await page.evaluate(fn, arg))) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${fn.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const hasNotice = () => document.querySelector('[data-old-browser-notice]') !== null;

/**
 * The browser suite, written once: `engineSuite('webkit')` runs it in WebKitGTK. A test that
 * needs what the engine cannot do is skipped with the engine's name and the reason.
 */
export function engineSuite(key: keyof typeof ENGINES): void {
  const entry: EngineEntry = ENGINES[key];
  const absent = missing(entry);
  if (absent.length > 0) {
    const fix = `apt-get install -y ${entry.aptPackages.join(' ')}`;
    if (process.env.CI) {
      it(`${entry.name} is installed (CI runs every engine)`, () => {
        throw new Error(`${entry.name}: missing ${absent.join(', ')}. Install it: ${fix}`);
      });
    } else {
      console.warn(`\n*** ${entry.name} tests SKIPPED: missing ${absent.join(', ')}. Install it (${fix}). ***\n`);
      it.skip(`${entry.name}: not installed (missing ${absent.join(', ')})`, () => undefined);
    }
    return;
  }

  const count = { ran: 0, skipped: 0, reasons: new Set<string>() };
  /** `it`, or a skip whose title says which engine cannot do what. */
  const test = (title: string, needs: Feature[], fn: () => Promise<void>) => {
    const reasons = needs.map((feature) => entry.cannot[feature]).filter((reason): reason is string => !!reason);
    if (reasons.length > 0) {
      it.skip(`${title} — not in ${entry.name}: ${reasons.join('; ')}`, fn);
      count.skipped++;
      reasons.forEach((reason) => count.reasons.add(reason));
    } else {
      it(title, async () => {
        count.ran++;
        await fn();
      });
    }
  };

  describe(`the notice in ${entry.name}`, () => {
    let engine: Engine;
    let server: Awaited<ReturnType<typeof serve>>;
    const shot = (name: string) => `${SHOTS}${key}-${name}.png`;
    const probe = '<script src="/page-probe.js"></script>';

    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true });
      server = await serve();
      const pages: Record<string, PageSpec> = {
        '/': {},
        '/csp': { csp: STRICT_CSP, script: { 'data-site': 'Sundsvalls kommun' } },
        '/csp-nonce': { csp: "default-src 'self'; style-src 'self' 'nonce-r4nd0m'", script: { nonce: 'r4nd0m' }, head: '<script src="/without-constructable-stylesheets.js"></script>' },
        '/external-css': { csp: "default-src 'self'", script: { 'data-styles': 'external' }, head: '<link rel="stylesheet" href="/old-browser-notice.css">' },
        '/two-stage': { csp: STRICT_CSP, src: '/old-browser-notice.js', script: { 'data-site': 'Sundsvalls kommun' } },
        '/two-stage-chrome-100': { csp: STRICT_CSP, src: '/old-browser-notice.js', script: { 'data-site': 'Sundsvalls kommun' }, head: '<script src="/user-agent-data.js?major=100"></script>' },
        '/preview': { csp: STRICT_CSP, src: '/old-browser-notice.js', script: { 'data-site': 'Sundsvalls kommun', 'data-preview': '' } },
      };
      XSS_PAYLOADS.forEach((payload, i) => (pages[`/xss-${i}`] = { script: { 'data-site': payload, 'data-class': payload, 'data-container': payload } }));
      for (const [path, spec] of Object.entries(pages)) server.pages.set(path, { ...spec, head: probe + (spec.head ?? '') });
      engine = await entry.start();
    }, 90_000);

    afterAll(async () => {
      // One line per engine in `npm test`'s output: which version, how many tests ran, what it cannot do.
      const reasons = count.reasons.size > 0 ? ` (${[...count.reasons].join('; ')})` : '';
      console.log(`${entry.name} ${engine?.version() ?? '(did not start)'}: ${count.ran} browser tests ran, ${count.skipped} skipped${reasons}`);
      await engine?.close();
      await server?.close();
    });

    /** Opens a page as an old browser of this engine's family sees it, once the notice is there. */
    async function open(path: string, options: OpenOptions = {}): Promise<EnginePage> {
      const page = await engine.open(server.url + path, { userAgent: entry.oldUserAgent, ...options });
      await waitFor(page, hasNotice);
      return page;
    }

    /** Tabs until the dismiss button has focus (as a keyboard user gets there). */
    async function tabToDismiss(page: EnginePage): Promise<void> {
      for (let i = 0; i < 10; i++) {
        await page.press('Tab');
        if (await page.evaluate(() => document.activeElement?.classList.contains('obn__dismiss') ?? false)) return;
      }
      throw new Error('Tab never reached the dismiss button');
    }

    // Tests are ordered by the user agent and media they open pages with, so that an engine
    // which sets those per browser session (WebKitGTK) starts as few sessions as it can.

    test('shows the old visitor the notice, first in <body>, inline, not fixed, with no console errors', [], async () => {
      const page = await open('/');
      const facts = await page.evaluate(() => {
        const notice = document.querySelector('[data-old-browser-notice]')!;
        return { userAgent: navigator.userAgent, first: document.body.firstElementChild === notice, position: getComputedStyle(notice).position };
      });
      expect(facts).toEqual({ userAgent: entry.oldUserAgent, first: true, position: 'static' });
      expect(await problemsOf(page)).toEqual([]);
      await page.close();
    });

    test('is dismissed with Enter and with Space from the keyboard, and focus moves to <main>', [], async () => {
      for (const key of ['Enter', ' '] as const) {
        const page = await open('/');
        await tabToDismiss(page);
        await page.press(key);
        expect(await page.evaluate(hasNotice)).toBe(false);
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
        await page.evaluate(() => sessionStorage.clear());
        await page.close();
      }
    });

    test('has a dismiss target of at least 44×44 px and a focus ring with 3:1 contrast', [], async () => {
      const page = await open('/');
      await tabToDismiss(page);
      const facts = await page.evaluate(() => {
        const button = document.querySelector('.obn__dismiss')!;
        const style = getComputedStyle(button);
        const box = button.getBoundingClientRect();
        const notice = getComputedStyle(document.querySelector('.obn')!);
        return { width: box.width, height: box.height, style: style.outlineStyle, outline: parseFloat(style.outlineWidth), color: style.outlineColor, background: notice.backgroundColor };
      });
      expect(facts.width).toBeGreaterThanOrEqual(44);
      expect(facts.height).toBeGreaterThanOrEqual(44);
      expect(facts.style).toBe('solid');
      expect(facts.outline).toBeGreaterThanOrEqual(2);
      expect(contrast(facts.color, facts.background)).toBeGreaterThanOrEqual(3);
      expect(contrast(facts.color, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(3);
      await page.screenshot(shot('focus'));
      await page.close();
    });

    test('has text, link and button contrast of at least 4.5:1', [], async () => {
      const page = await open('/');
      const pairs = await page.evaluate(() => {
        const notice = getComputedStyle(document.querySelector('.obn')!).backgroundColor;
        return [...document.querySelectorAll('.obn h2, .obn p, .obn a, .obn button')].map((element) => {
          const style = getComputedStyle(element);
          const own = style.backgroundColor !== 'rgba(0, 0, 0, 0)';
          return { tag: element.tagName, color: style.color, background: own ? style.backgroundColor : notice };
        });
      });
      // The advice for an iPhone has no link (its browser comes with its system); every other has one.
      expect(pairs.map((pair) => pair.tag)).toEqual(expect.arrayContaining(['H2', 'P', 'BUTTON']));
      for (const pair of pairs) expect({ ...pair, contrast: contrast(pair.color, pair.background) >= 4.5 }).toEqual({ ...pair, contrast: true });
      await page.close();
    });

    test('passes axe-core (WCAG 2.1 A and AA) with zero violations', [], async () => {
      const page = await open('/');
      const violations = await page.evaluate(async () => {
        await new Promise((resolve, reject) => {
          const script = document.createElement('script');
          script.src = '/axe.min.js';
          script.onload = resolve;
          script.onerror = reject;
          document.head.appendChild(script);
        });
        const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
      });
      expect(violations).toEqual([]);
      await page.close();
    });

    const trustedTypes = entry.cannot.trustedTypes ? '' : ' with Trusted Types enforced';
    test(`is styled under a strict CSP${trustedTypes}, with zero violations`, [], async () => {
      const page = await open('/csp');
      const facts = await page.evaluate(() => ({ background: getComputedStyle(document.querySelector('.obn')!).backgroundColor, text: document.querySelector('.obn')!.textContent }));
      expect(facts.background).toBe(NOTICE_BACKGROUND);
      expect(facts.text).toContain('Sundsvalls kommun');
      expect(await problemsOf(page)).toEqual([]);
      // The table of what the engine cannot do must not lie: here a string into a sink throws
      // unless the table says this engine does not enforce Trusted Types.
      const enforced = await page.evaluate(() => {
        try {
          document.createElement('div').innerHTML = '<b>x</b>';
          return false;
        } catch {
          return true;
        }
      });
      expect(enforced).toBe(!entry.cannot.trustedTypes);
      await page.screenshot(shot('strict-csp'));
      await page.close();
    });

    test('uses a <style> with the script nonce where constructable stylesheets are missing', [], async () => {
      const page = await open('/csp-nonce');
      const facts = await page.evaluate(() => ({
        background: getComputedStyle(document.querySelector('.obn')!).backgroundColor,
        styleElements: document.querySelectorAll('style#old-browser-notice-styles').length,
      }));
      expect(facts).toEqual({ background: NOTICE_BACKGROUND, styleElements: 1 });
      expect(await problemsOf(page)).toEqual([]);
      await page.close();
    });

    test('takes the stylesheet file instead with data-styles="external"', [], async () => {
      const page = await open('/external-css');
      const facts = await page.evaluate(() => ({
        background: getComputedStyle(document.querySelector('.obn')!).backgroundColor,
        adopted: document.adoptedStyleSheets.length,
      }));
      expect(facts).toEqual({ background: NOTICE_BACKGROUND, adopted: 0 });
      expect(await problemsOf(page)).toEqual([]);
      await page.close();
    });

    const framed = entry.cannot.viewport320 ? ` (${entry.name}: ${entry.cannot.viewport320})` : '';
    test(`reflows at 320 px (400 % zoom of 1280 px) without horizontal scrolling${framed}`, [], async () => {
      for (const width of [320, 1280]) {
        const page = await open('/', { viewport: { width, height: 800 } });
        const overflow = await page.evaluate(async (frameWidth) => {
          let doc = document;
          if (frameWidth) {
            // The same page in a frame as wide as the viewport a window cannot have here.
            const frame = document.createElement('iframe');
            frame.title = 'the page at 320 px';
            frame.style.cssText = `width:${frameWidth}px;height:780px;border:0;display:block`;
            await new Promise((resolve) => {
              frame.onload = resolve;
              frame.src = location.href;
              document.body.replaceChildren(frame);
            });
            doc = frame.contentDocument!;
            for (let i = 0; i < 100 && !doc.querySelector('[data-old-browser-notice]'); i++) await new Promise((resolve) => setTimeout(resolve, 50));
            if (!doc.querySelector('[data-old-browser-notice]')) return 'no notice in the frame';
          }
          return doc.documentElement.scrollWidth - doc.documentElement.clientWidth;
        }, width === 320 && entry.cannot.viewport320 ? width : 0);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot(shot(`notice-${width}`));
        await page.close();
      }
    });

    test('runs no script and builds no element from any configured string', [], async () => {
      for (let i = 0; i < XSS_PAYLOADS.length; i++) {
        const page = await open(`/xss-${i}`);
        const facts = await page.evaluate((tags) => {
          const notice = document.querySelector('[data-old-browser-notice]')!;
          return {
            executed: (window as unknown as { __xss?: unknown }).__xss !== undefined,
            dialogs: (window as unknown as { __probe: { dialogs: () => number } }).__probe.dialogs(),
            foreign: [...notice.querySelectorAll('*')].map((element) => element.tagName).filter((tag) => !tags.includes(tag)),
            injected: document.querySelectorAll('img, svg, iframe').length,
            text: notice.textContent,
          };
        }, NOTICE_TAGS);
        expect(facts).toMatchObject({ executed: false, dialogs: 0, foreign: [], injected: 0 });
        expect(facts.text).toContain(XSS_PAYLOADS[i]);
        await page.close();
      }
    });

    /** Scripts and data the page fetched, by path, in order (Resource Timing: the same in every engine). */
    const fetched = (page: EnginePage) =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((resource) => !/\/(favicon\.ico|page-probe\.js)$/.test(resource.name))
          .map((resource) => ({ path: new URL(resource.name).pathname, type: (resource as PerformanceResourceTiming).initiatorType })),
      );
    const settled = () => document.readyState === 'complete';

    test('two-stage install under a strict CSP: an old browser gets both stages and its language as data, and a styled notice with zero violations', [], async () => {
      const page = await open('/two-stage');
      const paths = (await fetched(page)).map((resource) => resource.path);
      expect(paths).toEqual(['/old-browser-notice.js', '/old-browser-notice.global.js', '/locales/sv.json']);
      const facts = await page.evaluate(() => ({
        heading: document.querySelector('.obn h2')?.textContent,
        text: document.querySelector('.obn')!.textContent,
        background: getComputedStyle(document.querySelector('.obn')!).backgroundColor,
      }));
      expect(facts.heading).toBe('Din webbläsare är gammal');
      expect(facts.text).toContain('Sundsvalls kommun');
      expect(facts.background).toBe(NOTICE_BACKGROUND);
      expect(await problemsOf(page)).toEqual([]);
      await page.screenshot(shot('two-stage'));
      await page.close();
    });

    test('two-stage install: refuses a second stage that is not the one built with the first (integrity)', [], async () => {
      const original = ASSETS['/old-browser-notice.global.js']!;
      ASSETS['/old-browser-notice.global.js'] = { type: original.type, body: () => Buffer.concat([original.body(), Buffer.from('\n;window.tampered = true;\n')]) };
      try {
        const page = await engine.open(`${server.url}/two-stage`, { userAgent: entry.oldUserAgent });
        await waitFor(page, settled);
        await waitFor(page, () => (window as unknown as { __probe: { problems: string[] } }).__probe.problems.length > 0);
        expect(await page.evaluate(() => 'tampered' in window || 'OldBrowserNotice' in window)).toBe(false);
        expect((await problemsOf(page)).join('\n')).toMatch(/load error: SCRIPT \S+\/old-browser-notice\.global\.js/);
        await page.close();
      } finally {
        ASSETS['/old-browser-notice.global.js'] = original;
      }
    });

    test('two-stage install: an old Chrome whose client hints agree gets the notice', ['clientHints'], async () => {
      const page = await engine.open(`${server.url}/two-stage-chrome-100`, { userAgent: CHROME_UA(100) });
      await waitFor(page, hasNotice);
      expect(await page.evaluate(() => document.querySelector('.obn h2')?.textContent)).toBe('Din webbläsare är gammal');
      expect(await problemsOf(page)).toEqual([]);
      await page.close();
    });

    test('two-stage install: believes the client hints over a user agent that claims to be old', ['clientHints'], async () => {
      const page = await engine.open(`${server.url}/two-stage`, { userAgent: CHROME_UA(100) });
      // The second stage has run, and had its time for the fuller hints, and shows nothing.
      await waitFor(page, () => typeof (window as unknown as { OldBrowserNotice?: { showNotice?: unknown } }).OldBrowserNotice?.showNotice === 'function');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await page.evaluate(hasNotice)).toBe(false);
      await page.close();
    });

    const decides = entry.firstStageDecides ? 'stops after the first stage: one small script' : 'the second stage decides (no first-stage shape for this browser)';
    test(`two-stage install: a current browser is shown nothing; ${decides}`, [], async () => {
      const page = await engine.open(`${server.url}/two-stage`, { userAgent: entry.currentUserAgent });
      await waitFor(page, settled);
      if (!entry.firstStageDecides) await waitFor(page, () => 'OldBrowserNotice' in window);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const scripts = (await fetched(page)).filter((resource) => resource.type === 'script').map((resource) => resource.path);
      expect(scripts).toEqual(entry.firstStageDecides ? ['/old-browser-notice.js'] : ['/old-browser-notice.js', '/old-browser-notice.global.js']);
      expect(await page.evaluate(hasNotice)).toBe(false);
      expect(await problemsOf(page)).toEqual([]);
      await page.close();
    });

    test('preview mode shows a current browser the notice, with why it would not show', [], async () => {
      const page = await engine.open(`${server.url}/preview`, { userAgent: entry.currentUserAgent });
      await waitFor(page, hasNotice);
      expect(await page.evaluate(() => document.querySelector('.obn__preview')?.textContent)).toContain('is supported');
      expect(await problemsOf(page)).toEqual([]);
      await page.screenshot(shot('preview'));
      await page.close();
    });

    // Media conditions last: where an engine sets them per browser session (WebKitGTK's
    // reduced motion), the session is started once.
    test('stays readable in forced-colours mode', ['forcedColors'], async () => {
      const page = await open('/', { media: { forcedColors: true } });
      const forced = await page.evaluate(() => {
        const button = getComputedStyle(document.querySelector('.obn__dismiss')!);
        return { active: matchMedia('(forced-colors: active)').matches, border: button.borderTopColor, width: button.borderTopWidth };
      });
      expect(forced.active).toBe(true);
      expect(forced.border).not.toBe('rgba(0, 0, 0, 0)');
      expect(forced.width).toBe('2px');
      await page.screenshot(shot('forced-colors'));
      await page.close();
    });

    test('has no motion when reduced motion is asked for', ['reducedMotion'], async () => {
      const page = await open('/', { media: { reducedMotion: true } });
      const facts = await page.evaluate(() => ({
        reduce: matchMedia('(prefers-reduced-motion: reduce)').matches,
        transition: getComputedStyle(document.querySelector('.obn__dismiss')!).transitionDuration,
      }));
      expect(facts).toEqual({ reduce: true, transition: '0s' });
      await page.close();
    });

    test('hides when printing', ['printMedia'], async () => {
      const page = await open('/', { media: { print: true } });
      expect(await page.evaluate(() => ({ print: matchMedia('print').matches, display: getComputedStyle(document.querySelector('.obn')!).display }))).toEqual({ print: true, display: 'none' });
      await page.close();
    });
  });
}
