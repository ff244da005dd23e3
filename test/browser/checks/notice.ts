import { expect } from 'vitest';
import type { EnginePage } from '../engines/engine';
import { contrast } from '../harness';
import { NOTICE_TAGS, XSS_PAYLOADS } from '../../xss';
import { hasNotice, NOTICE_BACKGROUND, problemsOf, STRICT_CSP, waitFor, type SuiteContext } from './context';

/** Tabs until the dismiss button has focus (as a keyboard user gets there). */
async function tabToDismiss(page: EnginePage): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await page.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('obn__dismiss') ?? false)) return;
  }
  throw new Error('Tab never reached the dismiss button');
}

/** The notice as an old visitor meets it: placement, keyboard, contrast, axe-core, CSP, reflow, hostile strings. */
export function noticeChecks(ctx: SuiteContext): void {
  ctx.page('/csp', { csp: STRICT_CSP, script: { 'data-site': 'Sundsvalls kommun' } });
  ctx.page('/csp-nonce', { csp: "default-src 'self'; style-src 'self' 'nonce-r4nd0m'", script: { nonce: 'r4nd0m' }, head: '<script src="/without-constructable-stylesheets.js"></script>' });
  ctx.page('/csp-self-no-constructable', { csp: "default-src 'self'; style-src 'self'", head: '<script src="/without-constructable-stylesheets.js"></script>' });
  ctx.page('/external-css', { csp: "default-src 'self'", script: { 'data-styles': 'external' }, head: '<link rel="stylesheet" href="/old-browser-notice.css">' });
  XSS_PAYLOADS.forEach((payload, i) => ctx.page(`/xss-${i}`, { script: { 'data-site': payload, 'data-class': payload, 'data-container': payload } }));

  ctx.test('shows the old visitor the notice, first in <body>, inline, not fixed, with no console errors', [], async () => {
    const page = await ctx.open('/');
    const facts = await page.evaluate(() => {
      const notice = document.querySelector('[data-old-browser-notice]')!;
      return { userAgent: navigator.userAgent, first: document.body.firstElementChild === notice, position: getComputedStyle(notice).position };
    });
    expect(facts).toEqual({ userAgent: ctx.entry.oldUserAgent, first: true, position: 'static' });
    expect(await problemsOf(page)).toEqual([]);
    await page.close();
  });

  ctx.test('is dismissed with Enter and with Space from the keyboard, and focus moves to <main>', [], async () => {
    for (const key of ['Enter', ' '] as const) {
      const page = await ctx.open('/');
      await tabToDismiss(page);
      await page.press(key);
      expect(await page.evaluate(hasNotice)).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
      await page.evaluate(() => sessionStorage.clear());
      await page.close();
    }
  });

  ctx.test('has a dismiss target of at least 44×44 px and a focus ring with 3:1 contrast', [], async () => {
    const page = await ctx.open('/');
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
    await page.screenshot(ctx.shot('focus'));
    await page.close();
  });

  ctx.test('has text, link and button contrast of at least 4.5:1', [], async () => {
    const page = await ctx.open('/');
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

  ctx.test('passes axe-core (WCAG 2.1 A and AA) with zero violations', [], async () => {
    const page = await ctx.open('/');
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

  const trustedTypes = ctx.entry.cannot.trustedTypes ? '' : ' with Trusted Types enforced';
  ctx.test(`is styled under a strict CSP${trustedTypes}, with zero violations`, [], async () => {
    const page = await ctx.open('/csp');
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
    expect(enforced).toBe(!ctx.entry.cannot.trustedTypes);
    await page.screenshot(ctx.shot('strict-csp'));
    await page.close();
  });

  ctx.test('uses a <style> with the script nonce where constructable stylesheets are missing', [], async () => {
    const page = await ctx.open('/csp-nonce');
    const facts = await page.evaluate(() => ({
      background: getComputedStyle(document.querySelector('.obn')!).backgroundColor,
      styleElements: document.querySelectorAll('style#old-browser-notice-styles').length,
    }));
    expect(facts).toEqual({ background: NOTICE_BACKGROUND, styleElements: 1 });
    expect(await problemsOf(page)).toEqual([]);
    await page.close();
  });

  ctx.test("links the stylesheet beside the script where constructable stylesheets are missing and there is no nonce: styled under style-src 'self'", [], async () => {
    const page = await ctx.open('/csp-self-no-constructable');
    await waitFor(page, () => getComputedStyle(document.querySelector('.obn')!).backgroundColor !== 'rgba(0, 0, 0, 0)');
    const facts = await page.evaluate(() => ({
      background: getComputedStyle(document.querySelector('.obn')!).backgroundColor,
      links: Array.from(document.querySelectorAll('link[rel="stylesheet"]'), (link) => new URL((link as HTMLLinkElement).href).pathname),
      styleElements: document.querySelectorAll('style').length,
    }));
    expect(facts).toEqual({ background: NOTICE_BACKGROUND, links: ['/old-browser-notice.css'], styleElements: 0 });
    expect(await problemsOf(page)).toEqual([]);
    await page.close();
  });

  ctx.test('takes the stylesheet file instead with data-styles="external"', [], async () => {
    const page = await ctx.open('/external-css');
    const facts = await page.evaluate(() => ({
      background: getComputedStyle(document.querySelector('.obn')!).backgroundColor,
      adopted: document.adoptedStyleSheets.length,
    }));
    expect(facts).toEqual({ background: NOTICE_BACKGROUND, adopted: 0 });
    expect(await problemsOf(page)).toEqual([]);
    await page.close();
  });

  const framed = ctx.entry.cannot.viewport320 ? ` (${ctx.entry.name}: ${ctx.entry.cannot.viewport320})` : '';
  ctx.test(`reflows at 320 px (400 % zoom of 1280 px) without horizontal scrolling${framed}`, [], async () => {
    for (const width of [320, 1280]) {
      const page = await ctx.open('/', { viewport: { width, height: 800 } });
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
      }, width === 320 && ctx.entry.cannot.viewport320 ? width : 0);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot(ctx.shot(`notice-${width}`));
      await page.close();
    }
  });

  ctx.test('runs no script and builds no element from any configured string', [], async () => {
    for (let i = 0; i < XSS_PAYLOADS.length; i++) {
      const page = await ctx.open(`/xss-${i}`);
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
}
