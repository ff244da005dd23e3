import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/**
 * Just enough of W3C WebDriver (classic) for the suite: sessions, navigation, scripts,
 * key actions, window size and screenshots, over plain HTTP to a local driver.
 */
export class WebDriverClient {
  constructor(private readonly base: string) {}

  async send<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const response = await fetch(this.base + path, {
      method,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json()) as { value: T & { error?: string; message?: string } };
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  }

  /** Waits until the driver answers /status. */
  async ready(timeoutMs: number): Promise<void> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      try {
        await this.send('GET', '/status');
        return;
      } catch (error) {
        if (Date.now() > until) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }
}

/** The WebDriver code of a key the suite presses. */
export const KEYS: Record<'Tab' | 'Enter' | ' ', string> = { Tab: '\uE004', Enter: '\uE007', ' ': ' ' };

/**
 * Wraps a function's source so that Execute Async Script returns its (awaited) result,
 * or its error: `fn` gets the one argument, as in the other engines.
 */
export function asyncScript(source: string): string {
  return `var args = arguments, done = args[args.length - 1];
Promise.resolve().then(function () { return (${source})(args[0]); }).then(
  function (value) { done({ value: value === undefined ? null : value }); },
  function (error) { done({ error: String((error && error.stack) || error) }); });`;
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** An X server of our own on a display nobody uses (Xvfb picks it), so no wrapper is needed. */
export async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  const display = await new Promise<string>((resolve, reject) => {
    child.stdio[3]!.once('data', (data: Buffer) => resolve(`:${data.toString().trim()}`));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
  return { display, process: child };
}

/** Ends a child we started when the test process ends, however it ends. */
export function endWithUs(child: ChildProcess): void {
  const end = () => child.kill();
  process.once('exit', end);
  child.once('exit', () => process.off('exit', end));
}
