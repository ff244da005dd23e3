import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as acorn from 'acorn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webpack from 'webpack';
import { site } from './jsdom-site';
import { deleteScript, NEWER_THAN_ES5 } from './newer-than-es5';

// What README, import.md and bundlers.md tell a site whose bundle must run in old browsers:
// `import { showNotice } from 'old-browser-notice'`, bundled by webpack 5 with an ES5 target.
// webpack does not transpile dependencies, so one `let` or arrow function in the package
// would be a SyntaxError that takes the site's whole legacy bundle down in IE 11.
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';

// What IE 11 lacks: the main entry needs none of it, Promise included.
const DELETE = deleteScript(NEWER_THAN_ES5);

let dir: string;
let out: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'obn-webpack-main-'));
  out = join(dir, 'out');
  const app = join(dir, 'app');
  mkdirSync(join(app, 'node_modules'), { recursive: true });
  symlinkSync(fileURLToPath(new URL('../..', import.meta.url)), join(app, 'node_modules', 'old-browser-notice'), 'dir');
  writeFileSync(join(app, 'app.js'), "import { showNotice } from 'old-browser-notice';\nshowNotice({ site: 'Haninge kommun' });\n");
  await new Promise<void>((resolve, reject) =>
    webpack({ mode: 'production', context: app, entry: './app.js', target: ['web', 'es5'], output: { path: out, filename: 'main.js' } }, (error, stats) =>
      error || stats!.hasErrors() ? reject(error || new Error(stats!.toString('errors-only'))) : resolve(),
    ),
  );
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the main entry in a webpack 5 bundle with an ES5 target', () => {
  it('is ES5', () => {
    const files = readdirSync(out).filter((name) => name.endsWith('.js'));
    expect(files).toContain('main.js');
    for (const name of files) expect(() => acorn.parse(readFileSync(join(out, name), 'utf8'), { ecmaVersion: 5 }), name).not.toThrow();
  });

  it('shows IE 11 the notice in a window with no built-in newer than ES5', async () => {
    const { window, notice } = await site(pathToFileURL(out + '/'), IE11, `<script>${DELETE}</script><script src="/js/main.js"></script>`, 'en');
    expect(window.Symbol).toBeUndefined();
    expect(notice()!.textContent).toContain('Haninge kommun');
  });
});
