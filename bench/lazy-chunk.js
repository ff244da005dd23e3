// Bundles `import { showNotice } from 'old-browser-notice/lazy'` as a site would with
// esbuild (minified, code splitting) into node_modules/.cache/, so that size-limit checks
// the chunk every visitor loads (app.js; the rest goes to another chunk). Run by `npm run size`.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = fileURLToPath(new URL('../node_modules/.cache/old-browser-notice-size/', import.meta.url));
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir + 'src/node_modules', { recursive: true });
symlinkSync(root, dir + 'src/node_modules/old-browser-notice', 'dir');
writeFileSync(dir + 'src/app.js', "import { showNotice } from 'old-browser-notice/lazy';\nshowNotice({ site: 'Haninge kommun' });\n");
const result = await esbuild.build({
  entryPoints: [dir + 'src/app.js'],
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  outdir: dir + 'out',
  metafile: true,
  platform: 'browser',
  logLevel: 'silent',
});
// Everything the entry imports statically would load for every visitor too: there must be none.
const entry = Object.values(result.metafile.outputs).find((output) => output.entryPoint);
if (entry.imports.some((i) => i.kind === 'import-statement')) throw new Error('the lazy import puts code every visitor loads outside app.js');
