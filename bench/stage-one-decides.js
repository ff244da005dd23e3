// Runs the built first stage (dist/old-browser-notice.js, `defaults`) as a browser would,
// in a stand-in page, for every user agent of the dataset: did it stop, or load the
// second stage? Shared by the first-stage bench and its budget check.
import { readFileSync } from 'node:fs';
import { Script, createContext } from 'node:vm';

const code = readFileSync(new URL('../dist/old-browser-notice.js', import.meta.url), 'utf8');
const script = new Script(code, { filename: 'old-browser-notice.js' });

/** A page with the first stage's own tag in it, which records whether a second stage was inserted. */
function page() {
  const state = { inserted: false, userAgent: '', maxTouchPoints: 0 };
  const own = {
    nodeName: 'SCRIPT',
    src: 'https://www.example.org/js/old-browser-notice.js',
    nonce: '',
    hasAttribute: () => false,
    getAttribute: () => null,
  };
  // The first stage inserts its second stage into <head>.
  const head = { appendChild: () => (state.inserted = true) };
  const document = { currentScript: own, scripts: [own], URL: 'https://www.example.org/', head, createElement: () => ({ setAttribute() {} }) };
  const navigator = {
    get userAgent() {
      return state.userAgent;
    },
    get maxTouchPoints() {
      return state.maxTouchPoints;
    },
  };
  const context = createContext({ document, navigator, location: { search: '' } });
  context.window = context;
  return { state, context };
}

const { state, context } = page();

/** Whether the built first stage decides alone (loads nothing more) for this user agent. */
export function firstStageDecides(userAgent, maxTouchPoints = 0) {
  state.userAgent = userAgent;
  state.maxTouchPoints = maxTouchPoints;
  state.inserted = false;
  script.runInContext(context);
  return !state.inserted;
}
