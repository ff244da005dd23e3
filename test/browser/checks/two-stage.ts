import { expect } from 'vitest';
import type { EnginePage } from '../engines/engine';
import { CHROME_UA } from '../engines';
import { ASSETS } from '../harness';
import { hasNotice, NOTICE_BACKGROUND, problemsOf, STRICT_CSP, waitFor, type SuiteContext } from './context';

/** The two-stage script tag: who gets which stage, its language, its integrity, client hints, preview. */
export function twoStageChecks(ctx: SuiteContext): void {
  const twoStage = { csp: STRICT_CSP, src: '/old-browser-notice.js', script: { 'data-site': 'Sundsvalls kommun' } };
  ctx.page('/two-stage', twoStage);
  ctx.page('/two-stage-chrome-100', { ...twoStage, head: '<script src="/user-agent-data.js?major=100"></script>' });
  ctx.page('/preview', { ...twoStage, script: { ...twoStage.script, 'data-preview': '' } });

  /** Scripts and data the page fetched, by path, in order (Resource Timing: the same in every engine). */
  const fetched = (page: EnginePage) =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((resource) => !/\/(favicon\.ico|page-probe\.js)$/.test(resource.name))
        .map((resource) => ({ path: new URL(resource.name).pathname, type: (resource as PerformanceResourceTiming).initiatorType })),
    );
  const settled = () => document.readyState === 'complete';

  ctx.test('two-stage install under a strict CSP: an old browser gets both stages and its language as data, and a styled notice with zero violations', [], async () => {
    const page = await ctx.open('/two-stage');
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
    await page.screenshot(ctx.shot('two-stage'));
    await page.close();
  });

  ctx.test('two-stage install: refuses a second stage that is not the one built with the first (integrity)', [], async () => {
    const original = ASSETS['/old-browser-notice.global.js']!;
    ASSETS['/old-browser-notice.global.js'] = { type: original.type, body: () => Buffer.concat([original.body(), Buffer.from('\n;window.tampered = true;\n')]) };
    try {
      const page = await ctx.engine().open(ctx.url('/two-stage'), { userAgent: ctx.entry.oldUserAgent });
      await waitFor(page, settled);
      await waitFor(page, () => (window as unknown as { __probe: { problems: string[] } }).__probe.problems.length > 0);
      expect(await page.evaluate(() => 'tampered' in window || 'OldBrowserNotice' in window)).toBe(false);
      expect((await problemsOf(page)).join('\n')).toMatch(/load error: SCRIPT \S+\/old-browser-notice\.global\.js/);
      await page.close();
    } finally {
      ASSETS['/old-browser-notice.global.js'] = original;
    }
  });

  ctx.test('two-stage install: an old Chrome whose client hints agree gets the notice', ['clientHints'], async () => {
    const page = await ctx.engine().open(ctx.url('/two-stage-chrome-100'), { userAgent: CHROME_UA(100) });
    await waitFor(page, hasNotice);
    expect(await page.evaluate(() => document.querySelector('.obn h2')?.textContent)).toBe('Din webbläsare är gammal');
    expect(await problemsOf(page)).toEqual([]);
    await page.close();
  });

  ctx.test('two-stage install: believes the client hints over a user agent that claims to be old', ['clientHints'], async () => {
    const page = await ctx.engine().open(ctx.url('/two-stage'), { userAgent: CHROME_UA(100) });
    // The second stage has run, and had its time for the fuller hints, and shows nothing.
    await waitFor(page, () => typeof (window as unknown as { OldBrowserNotice?: { showNotice?: unknown } }).OldBrowserNotice?.showNotice === 'function');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await page.evaluate(hasNotice)).toBe(false);
    await page.close();
  });

  const decides = ctx.entry.firstStageDecides ? 'stops after the first stage: one small script' : 'the second stage decides (no first-stage shape for this browser)';
  ctx.test(`two-stage install: a current browser is shown nothing; ${decides}`, [], async () => {
    const page = await ctx.engine().open(ctx.url('/two-stage'), { userAgent: ctx.entry.currentUserAgent });
    await waitFor(page, settled);
    if (!ctx.entry.firstStageDecides) await waitFor(page, () => 'OldBrowserNotice' in window);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const scripts = (await fetched(page)).filter((resource) => resource.type === 'script').map((resource) => resource.path);
    expect(scripts).toEqual(ctx.entry.firstStageDecides ? ['/old-browser-notice.js'] : ['/old-browser-notice.js', '/old-browser-notice.global.js']);
    expect(await page.evaluate(hasNotice)).toBe(false);
    expect(await problemsOf(page)).toEqual([]);
    await page.close();
  });

  ctx.test('preview mode shows a current browser the notice, with why it would not show', [], async () => {
    const page = await ctx.engine().open(ctx.url('/preview'), { userAgent: ctx.entry.currentUserAgent });
    await waitFor(page, hasNotice);
    expect(await page.evaluate(() => document.querySelector('.obn__preview')?.textContent)).toContain('status supported');
    expect(await problemsOf(page)).toEqual([]);
    await page.screenshot(ctx.shot('preview'));
    await page.close();
  });
}
