/**
 * What the browser suite needs from an engine, whatever protocol drives it: Chromium over
 * CDP (playwright-core), Gecko over WebDriver BiDi (puppeteer-core), WebKitGTK over W3C
 * WebDriver (our own client). The suite is written once against these two interfaces.
 */

/** Something an engine may be unable to do; the suite skips a test that needs it, by name. */
export type Feature =
  | 'clientHints' // navigator.userAgentData exists (User-Agent Client Hints)
  | 'trustedTypes' // require-trusted-types-for is enforced
  | 'forcedColors' // forced-colors: active can be emulated
  | 'reducedMotion' // prefers-reduced-motion: reduce can be emulated
  | 'printMedia' // print media can be emulated for computed styles
  | 'viewport320'; // the page's own viewport can be 320 CSS px wide

/** Media conditions a page is opened under. */
export interface Media {
  forcedColors?: boolean;
  reducedMotion?: boolean;
  print?: boolean;
}

export interface OpenOptions {
  /** A visitor's user agent instead of the engine's own (navigator.userAgent and the header). */
  userAgent?: string;
  /** Media conditions from the first request on (needs the matching feature). */
  media?: Media;
  /** Viewport size in CSS px; 1280 × 800 when absent. */
  viewport?: { width: number; height: number };
}

export interface EnginePage {
  /** Runs `fn` in the page with one JSON argument; `fn` is sent as source, so no closures. */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Presses and releases one key on whatever has focus: 'Tab', 'Enter' or ' '. */
  press(key: 'Tab' | 'Enter' | ' '): Promise<void>;
  /** Saves a PNG of the viewport. */
  screenshot(path: string): Promise<void>;
  /** What the protocol itself reported (console errors and warnings, uncaught errors); may be none. */
  reported(): string[];
  close(): Promise<void>;
}

export interface Engine {
  /** As the suite's titles say it: 'Chromium', 'Firefox ESR', 'WebKitGTK'. */
  name: string;
  /** The engine's version, as its protocol reports it (WebKitGTK: once a page was opened). */
  version(): string;
  open(url: string, options?: OpenOptions): Promise<EnginePage>;
  close(): Promise<void>;
}

/** One engine as the suite knows it, before it is started. */
export interface EngineEntry {
  name: string;
  /** The executables whose absence skips (or, in CI, fails) the engine's suite. */
  executables: string[];
  /** The Debian packages that provide them. */
  aptPackages: string[];
  /** What this engine cannot do, each with the reason the skipped test's title gives. */
  cannot: Partial<Record<Feature, string>>;
  /** A visitor on an old browser of this engine's family (the notice shows). */
  oldUserAgent: string;
  /** A visitor on a current browser of this engine's family, or the engine's own (undefined). */
  currentUserAgent?: string;
  /** Whether the first stage alone decides for `currentUserAgent` (one script, no second stage). */
  firstStageDecides: boolean;
  start(): Promise<Engine>;
}
