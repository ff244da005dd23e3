import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Engine, EnginePage, Media, OpenOptions } from './engine';
import { launch } from '../harness';

/** Debian's Chromium over the DevTools protocol: the only engine that emulates everything. */
export async function startChromium(): Promise<Engine> {
  const browser: Browser = await launch();
  // A context per user agent and viewport, shared by its pages (each page has its own
  // session storage, where a dismissal is remembered); a new context per page costs.
  const contexts = new Map<string, Promise<BrowserContext>>();
  const contextFor = (userAgent: string | undefined, viewport: { width: number; height: number }) => {
    const key = JSON.stringify([userAgent, viewport]);
    if (!contexts.has(key)) contexts.set(key, browser.newContext({ userAgent, viewport }));
    return contexts.get(key)!;
  };
  return {
    name: 'Chromium',
    version: () => browser.version(),
    async open(url: string, options: OpenOptions = {}): Promise<EnginePage> {
      const context = await contextFor(options.userAgent, options.viewport ?? { width: 1280, height: 800 });
      const page: Page = await context.newPage();
      const reported: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') reported.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => reported.push(`pageerror: ${error.message}`));
      if (options.media) await page.emulateMedia(mediaOf(options.media));
      await page.goto(url);
      return {
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        press: (key) => page.keyboard.press(key),
        screenshot: async (path) => void (await page.screenshot({ path })),
        reported: () => reported,
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}

function mediaOf(media: Media) {
  return {
    forcedColors: media.forcedColors ? ('active' as const) : null,
    reducedMotion: media.reducedMotion ? ('reduce' as const) : null,
    media: media.print ? ('print' as const) : null,
  };
}
