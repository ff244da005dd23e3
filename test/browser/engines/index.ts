import { existsSync } from 'node:fs';
import { CHROME } from '../harness';
import { startChromium } from './chromium';
import type { EngineEntry } from './engine';
import { FIREFOX, startFirefox } from './firefox';
import { startWebKit, WEBKIT_DRIVER } from './webkit';

/** The user agent of a Chrome of a given major version on Windows. */
export const CHROME_UA = (major: number) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${major}.0.0.0 Safari/537.36`;
// Old browsers on Windows 10, where current browsers run, so that the notice recommends some
// by link (on Windows 7 no browser gets security fixes any more).
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
const XVFB = process.env.XVFB_PATH || '/usr/bin/Xvfb';

/**
 * The three engines, and what each cannot do, as data: a test that needs a feature an
 * engine lacks is skipped with a title that names the engine and this reason.
 */
export const ENGINES: Record<'chromium' | 'firefox' | 'webkit', EngineEntry> = {
  chromium: {
    name: 'Chromium',
    executables: [CHROME],
    aptPackages: ['chromium'],
    cannot: {},
    oldUserAgent: IE11,
    // Headless Chromium says HeadlessChrome (a bot, rightly); a visitor's Chrome does not.
    currentUserAgent: CHROME_UA(157),
    firstStageDecides: true,
    start: startChromium,
  },
  firefox: {
    name: 'Firefox ESR',
    executables: [FIREFOX],
    aptPackages: ['firefox-esr'],
    cannot: {
      clientHints: 'Gecko has no navigator.userAgentData',
    },
    oldUserAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Firefox/78.0',
    firstStageDecides: true, // the first stage recognises Firefox on the desktop
    start: startFirefox,
  },
  webkit: {
    name: 'WebKitGTK',
    executables: [WEBKIT_DRIVER, XVFB],
    aptPackages: ['webkit2gtk-driver', 'xvfb'],
    cannot: {
      clientHints: 'WebKit has no navigator.userAgentData',
      forcedColors: 'WebKit has no forced-colours mode',
      printMedia: 'WebDriver cannot emulate print media',
      viewport320: 'a MiniBrowser window is at least 447 px wide, so the page is framed at 320 px',
    },
    // The visitors this engine stands for: iPhones and iPads.
    oldUserAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 12_5_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1',
    currentUserAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Mobile/15E148 Safari/604.1',
    firstStageDecides: true,
    start: startWebKit,
  },
};

/** The executables of an engine that are missing on this machine. */
export const missing = (entry: EngineEntry): string[] => entry.executables.filter((path) => !existsSync(path));
