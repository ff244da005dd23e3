import { expect } from 'vitest';
import type { SuiteContext } from './context';

/**
 * Forced colours, reduced motion and print. Last in the suite: where an engine sets media
 * per browser session (WebKitGTK's reduced motion), the session is started once.
 */
export function mediaChecks(ctx: SuiteContext): void {
  ctx.test('stays readable in forced-colours mode', ['forcedColors'], async () => {
    const page = await ctx.open('/', { media: { forcedColors: true } });
    const forced = await page.evaluate(() => {
      const button = getComputedStyle(document.querySelector('.obn__dismiss')!);
      return { active: matchMedia('(forced-colors: active)').matches, border: button.borderTopColor, width: button.borderTopWidth };
    });
    expect(forced.active).toBe(true);
    expect(forced.border).not.toBe('rgba(0, 0, 0, 0)');
    expect(forced.width).toBe('2px');
    await page.screenshot(ctx.shot('forced-colors'));
    await page.close();
  });

  ctx.test('has no motion when reduced motion is asked for', ['reducedMotion'], async () => {
    const page = await ctx.open('/', { media: { reducedMotion: true } });
    const facts = await page.evaluate(() => ({
      reduce: matchMedia('(prefers-reduced-motion: reduce)').matches,
      transition: getComputedStyle(document.querySelector('.obn__dismiss')!).transitionDuration,
    }));
    expect(facts).toEqual({ reduce: true, transition: '0s' });
    await page.close();
  });

  ctx.test('hides when printing', ['printMedia'], async () => {
    const page = await ctx.open('/', { media: { print: true } });
    expect(await page.evaluate(() => ({ print: matchMedia('print').matches, display: getComputedStyle(document.querySelector('.obn')!).display }))).toEqual({ print: true, display: 'none' });
    await page.close();
  });
}
