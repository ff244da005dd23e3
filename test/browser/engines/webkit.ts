import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Engine, EnginePage, OpenOptions } from './engine';
import { asyncScript, endWithUs, freePort, KEYS, startXvfb, WebDriverClient } from './webdriver';

/** Debian's WebKitGTK driver, or WEBKIT_DRIVER_PATH. */
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';

/**
 * WebKitGTK (MiniBrowser) over W3C WebDriver, on an Xvfb display of its own. A user agent
 * and reduced motion are settings of the browser here, so a new user agent or motion setting
 * takes a new session (seconds); a session is reused for the next page with the same ones,
 * its storage cleared.
 */
export async function startWebKit(): Promise<Engine> {
  if (!existsSync(WEBKIT_DRIVER)) throw new Error(`no WebKitWebDriver at ${WEBKIT_DRIVER}`);
  const xvfb = await startXvfb();
  endWithUs(xvfb.process);
  // WebKitGTK answers prefers-reduced-motion from GTK's own setting, which each new browser
  // reads from this directory's gtk-3.0/settings.ini when it starts.
  const config = mkdtempSync(join(tmpdir(), 'webkitgtk-'));
  mkdirSync(join(config, 'gtk-3.0'));
  const port = await freePort();
  const driverProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`], { env: { ...process.env, DISPLAY: xvfb.display, XDG_CONFIG_HOME: config }, stdio: 'ignore' });
  endWithUs(driverProcess);
  const driver = new WebDriverClient(`http://127.0.0.1:${port}`);
  await driver.ready(15_000);

  // WebKitWebDriver drives one session at a time; the suite opens one page at a time.
  let current: { id: string; key: string } | undefined;
  let version = '';
  async function session(userAgent: string, reducedMotion: boolean): Promise<string> {
    const key = JSON.stringify([userAgent, reducedMotion]);
    if (current?.key === key) return current.id;
    if (current) await driver.send('DELETE', `/session/${current.id}`);
    current = undefined;
    writeFileSync(join(config, 'gtk-3.0', 'settings.ini'), `[Settings]\ngtk-enable-animations=${reducedMotion ? 0 : 1}\n`);
    const args = ['--automation', ...(userAgent ? [`--user-agent=${userAgent}`] : [])];
    const created = await driver.send<{ sessionId: string; capabilities: { browserVersion: string } }>('POST', '/session', {
      capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { args } } },
    });
    version = created.capabilities.browserVersion;
    current = { id: created.sessionId, key };
    return current.id;
  }

  return {
    name: 'WebKitGTK',
    version: () => version,
    async open(url: string, options: OpenOptions = {}): Promise<EnginePage> {
      if (options.media?.forcedColors || options.media?.print) throw new Error('WebKitGTK: forced colours and print cannot be emulated over WebDriver');
      const id = await session(options.userAgent ?? '', !!options.media?.reducedMotion);
      const at = (path: string) => `/session/${id}${path}`;
      const evaluate = async <T, A>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> => {
        const result = await driver.send<{ value?: T; error?: string }>('POST', at('/execute/async'), { script: asyncScript(fn.toString()), args: [arg ?? null] });
        if (result.error) throw new Error(`in WebKitGTK: ${result.error}`);
        return result.value as T;
      };
      // The window's size is the viewport's plus the browser's own toolbar.
      const { width, height } = options.viewport ?? { width: 1280, height: 800 };
      await driver.send('POST', at('/window/rect'), { width, height });
      const inner = await evaluate(() => ({ width: innerWidth, height: innerHeight }));
      if (inner.width !== width || inner.height !== height) {
        await driver.send('POST', at('/window/rect'), { width: width * 2 - inner.width, height: height * 2 - inner.height });
      }
      await driver.send('POST', at('/url'), { url });
      return {
        evaluate,
        async press(key) {
          const value = KEYS[key];
          await driver.send('POST', at('/actions'), { actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }] });
          await driver.send('DELETE', at('/actions'));
        },
        async screenshot(path) {
          writeFileSync(path, Buffer.from(await driver.send<string>('GET', at('/screenshot')), 'base64'));
        },
        // Classic WebDriver reports no console messages; the page's own probe does.
        reported: () => [],
        async close() {
          await evaluate(() => {
            sessionStorage.clear();
            localStorage.clear();
          });
          await driver.send('POST', at('/url'), { url: 'about:blank' });
        },
      };
    },
    async close() {
      if (current) await driver.send('DELETE', `/session/${current.id}`).catch(() => undefined);
      driverProcess.kill();
      xvfb.process.kill();
      rmSync(config, { recursive: true, force: true });
    },
  };
}
