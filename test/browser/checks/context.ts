import type { Engine, EngineEntry, EnginePage, Feature, OpenOptions } from '../engines/engine';
import type { PageSpec } from '../harness';

/** What every group of checks gets from the suite: the engine, its pages, its skips. */
export interface SuiteContext {
  entry: EngineEntry;
  /** The started engine (inside a test). */
  engine: () => Engine;
  /** The test server's address of a page. */
  url: (path: string) => string;
  /** Adds a page to the test server (call it where the checks are defined, not in a test). */
  page: (path: string, spec: PageSpec) => void;
  /** Opens a page as an old browser of this engine's family sees it, once the notice is there. */
  open: (path: string, options?: OpenOptions) => Promise<EnginePage>;
  /** `it`, or a skip whose title says which engine cannot do what. */
  test: (title: string, needs: Feature[], fn: () => Promise<void>) => void;
  /** Where a screenshot of this engine goes. */
  shot: (name: string) => string;
}

export const STRICT_CSP = "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
export const NOTICE_BACKGROUND = 'rgb(255, 244, 214)';

/** What the page probe and the protocol saw go wrong. */
export async function problemsOf(page: EnginePage): Promise<string[]> {
  const seen = await page.evaluate(() => (window as unknown as { __probe: { problems: string[] } }).__probe.problems.slice());
  return [...seen, ...page.reported()];
}

/** Polls the page until `fn` returns something truthy (the engines share no wait primitive). */
export async function waitFor<A>(page: EnginePage, fn: (arg: A) => unknown, arg?: A, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await page.evaluate(fn, arg))) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${fn.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const hasNotice = () => document.querySelector('[data-old-browser-notice]') !== null;
