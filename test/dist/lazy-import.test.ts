import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as acorn from 'acorn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webpack from 'webpack';
import { site } from './jsdom-site';
import { deleteScript, NEWER_THAN_ES5 } from './newer-than-es5';

// A site's bundle for old browsers: `old-browser-notice/lazy` in an app built by webpack 5
// with an ES5 target (which does not transpile dependencies), run in jsdom as IE 11.
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Safari/537.36';

// What IE 11 lacks. Promise too, but webpack loads chunks with it, so such sites add a
// polyfill: this small one stands in for it.
const PROMISE_POLYFILL = `(function () {
  function P(executor) {
    var self = this; self.s = 0; self.q = [];
    function settle(state, value) {
      if (self.s) return;
      if (state === 1 && value && typeof value.then === 'function') { value.then(function (v) { settle(1, v); }, function (e) { settle(2, e); }); return; }
      self.s = state; self.v = value;
      var queue = self.q; self.q = [];
      for (var i = 0; i < queue.length; i++) self.run(queue[i]);
    }
    try { executor(function (v) { settle(1, v); }, function (e) { settle(2, e); }); } catch (e) { settle(2, e); }
  }
  P.prototype.run = function (h) {
    var self = this;
    setTimeout(function () {
      var callback = self.s === 1 ? h.f : h.r;
      if (typeof callback !== 'function') return (self.s === 1 ? h.res : h.rej)(self.v);
      try { h.res(callback(self.v)); } catch (e) { h.rej(e); }
    }, 0);
  };
  P.prototype.then = function (f, r) {
    var self = this;
    return new P(function (res, rej) { var h = { f: f, r: r, res: res, rej: rej }; if (self.s) self.run(h); else self.q.push(h); });
  };
  P.prototype['catch'] = function (r) { return this.then(null, r); };
  P.resolve = function (v) { return new P(function (res) { res(v); }); };
  P.all = function (list) {
    return new P(function (res, rej) {
      var out = [], left = list.length;
      if (!left) return res(out);
      for (var i = 0; i < list.length; i++) (function (i) { P.resolve(list[i]).then(function (v) { out[i] = v; if (--left === 0) res(out); }, rej); })(i);
    });
  };
  window.Promise = P;
})();`;

const DELETE = deleteScript(NEWER_THAN_ES5.filter((path) => path !== 'Promise'));

let dir: string;
let out: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'obn-webpack-es5-'));
  out = join(dir, 'out');
  // The app, with this package as its node_modules/old-browser-notice.
  const app = join(dir, 'app');
  mkdirSync(join(app, 'node_modules'), { recursive: true });
  symlinkSync(fileURLToPath(new URL('../..', import.meta.url)), join(app, 'node_modules', 'old-browser-notice'), 'dir');
  writeFileSync(join(app, 'app.js'), "import { showNotice } from 'old-browser-notice/lazy';\nshowNotice({ site: 'Haninge kommun' });\n");
  await new Promise<void>((resolve, reject) =>
    webpack({ mode: 'production', context: app, entry: './app.js', target: ['web', 'es5'], output: { path: out, filename: 'main.js' } }, (error, stats) =>
      error || stats!.hasErrors() ? reject(error || new Error(stats!.toString('errors-only'))) : resolve(),
    ),
  );
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the lazy import in a webpack 5 bundle with an ES5 target', () => {
  it('is ES5, the part every visitor loads and the rest', () => {
    const files = readdirSync(out).filter((name) => name.endsWith('.js'));
    expect(files.length).toBeGreaterThan(1);
    for (const name of files) expect(() => acorn.parse(readFileSync(join(out, name), 'utf8'), { ecmaVersion: 5 }), name).not.toThrow();
  });

  it('shows IE 11 the notice in a window with no built-in newer than ES5 but a Promise polyfill', async () => {
    const body = `<script>${DELETE}\n${PROMISE_POLYFILL}</script><script src="/js/main.js"></script>`;
    const { window, requested, notice } = await site(pathToFileURL(out + '/'), IE11, body, 'en');
    expect(window.Map).toBeUndefined();
    expect(requested.length).toBeGreaterThan(1);
    expect(notice()!.textContent).toContain('Haninge kommun');
  });

  it('loads nothing more in a current browser', async () => {
    const { requested, notice } = await site(pathToFileURL(out + '/'), CHROME, '<script src="/js/main.js"></script>', 'en');
    expect(requested).toEqual(['/js/main.js']);
    expect(notice()).toBeNull();
  });

  it('does nothing and breaks nothing in IE 11 without a Promise polyfill', async () => {
    const body = `<script>${DELETE}\ndelete window.Promise;</script><script src="/js/main.js"></script><script>window.after = true;</script>`;
    const { window, requested, notice } = await site(pathToFileURL(out + '/'), IE11, body, 'en');
    expect((window as unknown as { after?: boolean }).after).toBe(true);
    expect(requested).toEqual(['/js/main.js']);
    expect(notice()).toBeNull();
  });
});
