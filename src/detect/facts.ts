import UAParser from 'ua-parser-js';

export { MAX_UA_LENGTH } from './limits';

/** What the rules look at: the capped user agent and what ua-parser-js made of it. */
export interface UaFacts {
  ua: string;
  browser: string;
  browserVersion: string | undefined;
  engine: string;
  os: string;
  osVersion: string | undefined;
  /** More than one touch point on a Macintosh: an iPad asking for the desktop site. */
  touch: boolean;
}

// One parser, reused: the constructor sets up its regex tables, setUA does not.
const parser = new UAParser();

/** Runs ua-parser-js on an already capped user agent (browser, engine and OS only; device and CPU are never needed). */
export function readFacts(ua: string, maxTouchPoints: number): UaFacts {
  parser.setUA(ua);
  const browser = parser.getBrowser();
  const engine = parser.getEngine();
  const os = parser.getOS();
  return {
    ua,
    browser: browser.name || '',
    browserVersion: browser.version,
    engine: engine.name || '',
    os: os.name || '',
    osVersion: os.version,
    touch: maxTouchPoints > 1,
  };
}
