import puppeteer from 'puppeteer-core';
import type { Engine, EnginePage, Media, OpenOptions } from './engine';

/** Debian's Firefox ESR, or FIREFOX_PATH. */
export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

// WebDriver BiDi in Firefox ESR 153 has no command for forced colours, reduced motion or
// print media, but Firefox has a preference for the first two and a browsing context
// setting for the third (what its devtools' print simulation uses). Both are reachable from
// the browser's own window, which --remote-allow-system-access lets a BiDi client script.
const MEDIA_SCRIPT: Record<keyof Media, { on: string; off: string }> = {
  // "Override the colours specified by the page: Always" is what matches (forced-colors: active).
  forcedColors: { on: "Services.prefs.setIntPref('browser.display.document_color_use', 2)", off: "Services.prefs.clearUserPref('browser.display.document_color_use')" },
  reducedMotion: { on: "Services.prefs.setIntPref('ui.prefersReducedMotion', 1)", off: "Services.prefs.clearUserPref('ui.prefersReducedMotion')" },
  print: { on: "gBrowser.browsers.forEach((b) => (b.browsingContext.mediumOverride = 'print'))", off: "gBrowser.browsers.forEach((b) => (b.browsingContext.mediumOverride = ''))" },
};

/** Gecko over WebDriver BiDi (puppeteer-core, which never downloads a browser itself). */
export async function startFirefox(): Promise<Engine> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, args: ['--remote-allow-system-access'] });
  const version = (await browser.version()).replace(/^firefox\//, '');
  // Puppeteer's own BiDi connection (not in its types): Firefox takes one BiDi session.
  const bidi = (browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }).connection;
  const tree = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' } as object)) as { result: { contexts: Array<{ context: string }> } };
  const window = tree.result.contexts[0]!.context;
  /** Runs an expression in the browser's own window (not a page). */
  const inBrowser = async (expression: string) => {
    await bidi.send('script.evaluate', { expression, target: { context: window }, awaitPromise: false });
  };
  return {
    name: 'Firefox ESR',
    version: () => version,
    async open(url: string, options: OpenOptions = {}): Promise<EnginePage> {
      const page = await browser.newPage();
      const reported: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warn') reported.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => reported.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`));
      if (options.userAgent) await page.setUserAgent(options.userAgent);
      await page.setViewport(options.viewport ?? { width: 1280, height: 800 });
      // The suite opens one page at a time, so a browser-wide setting is this page's.
      const media = (Object.keys(MEDIA_SCRIPT) as Array<keyof Media>).filter((name) => options.media?.[name]);
      for (const name of media) await inBrowser(MEDIA_SCRIPT[name].on);
      await page.goto(url);
      return {
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        press: (key) => page.keyboard.press(key),
        screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
        reported: () => reported,
        async close() {
          for (const name of media) await inBrowser(MEDIA_SCRIPT[name].off);
          await page.close();
        },
      };
    },
    close: () => browser.close(),
  };
}
