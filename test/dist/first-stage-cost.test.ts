import { readFileSync } from 'node:fs';
import { Script, createContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ALL_USER_AGENTS } from '../data';

// What a current browser's visit costs in the first stage's own work: in a fresh
// Chromium page the first regular expression, the first element object and the first
// use of `location` each cost more main-thread time than the rest of the stage, and the
// first `split` or `push` about as much as reading the user agent character by character
// (bench/first-stage.bench.js). A current browser's path must use none of them.
const code = readFileSync(new URL('../../dist/old-browser-notice.js', import.meta.url), 'utf8');
const script = new Script(code, { filename: 'old-browser-notice.js' });
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Safari/537.36';

/** Runs the built first stage in a page that records what it touches. */
function run(userAgent: string, { previewElement = false, url = 'https://www.example.org/' as unknown, clobbered = false } = {}) {
  const touched: string[] = [];
  const own = { nodeName: 'SCRIPT', src: 'https://www.example.org/js/old-browser-notice.js', nonce: '', getAttribute: () => null, parentNode: { appendChild: () => touched.push('second stage') } };
  // The document's methods on its prototype, as in browsers: the first stage calls them there.
  class Document {
    querySelector(selector: string) {
      return previewElement && selector === '[data-preview]' ? (touched.push('element'), own) : null;
    }
    createElement() {
      return { setAttribute() {} };
    }
  }
  const document = Object.defineProperties(new Document(), {
    URL: { value: url },
    currentScript: { get: () => (touched.push('element'), own) },
    scripts: { get: () => (touched.push('element'), [own]) },
  });
  // `<img name="querySelector">` before the script puts an element in the method's place, on the document itself.
  if (clobbered) Object.defineProperty(document, 'querySelector', { value: { nodeName: 'IMG' } });
  const context = createContext({ document, Document, navigator: { userAgent, maxTouchPoints: 0 } });
  Object.defineProperty(context, 'location', { get: () => (touched.push('location'), { search: '' }) });
  context.window = context;
  // Every regular expression the script runs, in this context's realm.
  new Script(`
    for (const name of ['exec', 'test', Symbol.replace, Symbol.split, Symbol.match, Symbol.search]) {
      const original = RegExp.prototype[name];
      RegExp.prototype[name] = function (...args) { touched.push('regular expression'); return original.apply(this, args); };
    }
    for (const [owner, name] of [[String.prototype, 'split'], [Array.prototype, 'push']]) {
      const original = owner[name];
      owner[name] = function (...args) { touched.push(name); return original.apply(this, args); };
    }`).runInContext(Object.assign(context, { touched }));
  script.runInContext(context);
  return touched;
}

describe('the first stage, for a current browser', () => {
  it('asks Chromium to compile all its functions while the file streams in, off the main thread', () => {
    // The hint must come before any code (https://v8.dev/blog/explicit-compile-hints).
    expect(code.split('\n').slice(0, 2)).toEqual([expect.stringMatching(/^\/\*! old-browser-notice \S+ \| MIT \*\/$/), '//# allFunctionsCalledOnLoad']);
  });

  it('reads the user agent and stops: no regular expression, no element, no location, no split or push', () => {
    expect(run(CHROME)).toEqual([]);
    // The same on every user agent of the fixtures and datasets that it decides for alone.
    let alone = 0;
    for (const ua of ALL_USER_AGENTS) {
      const touched = run(ua);
      if (touched.includes('second stage')) continue;
      alone++;
      expect({ ua, touched }).toEqual({ ua, touched: [] });
    }
    expect(alone).toBeGreaterThan(200);
  });

  it('reads its own tag first when some element has data-preview, or the address asks for preview', () => {
    expect(run(CHROME, { previewElement: true })).toEqual(['element', 'element']);
    expect(run(CHROME, { url: 'https://www.example.org/?old-browser-notice=preview' })).toContain('second stage');
  });

  it('still decides, without touching an element, on a page whose elements are named URL or querySelector (they take the document\'s properties)', () => {
    const image = { nodeName: 'IMG', toString: () => '[object HTMLImageElement]' };
    expect(run(CHROME, { url: image, clobbered: true })).toEqual([]);
    expect(run('Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko', { url: image, clobbered: true })).toContain('second stage');
  });
});
