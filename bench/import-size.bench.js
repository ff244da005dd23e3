// What a site's own bundle makes every visitor download when it imports the notice:
// a two-line app bundled by esbuild, webpack and Vite as sites do (minified, code
// splitting), with the lazy import (`old-browser-notice/lazy`) and the eager one.
// The chunk a current browser loads is the entry chunk with everything it imports
// statically, bundler runtime included; the rest loads only for old browsers or
// preview. Run: npm run bench
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import webpack from 'webpack';
import { build as viteBuild } from 'vite';

export const TARGET = 1536;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** A scratch app whose node_modules/old-browser-notice is this package. */
export function scratchApp(source) {
  const dir = mkdtempSync(join(tmpdir(), 'obn-import-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'old-browser-notice'), 'dir');
  writeFileSync(join(dir, 'app.js'), source);
  return dir;
}

/** Files of an output directory, gzipped, with the statically loaded ones marked. */
function sizes(out, initial) {
  const files = readdirSync(out, { recursive: true }).filter((name) => name.endsWith('.js'));
  const first = files.filter((name) => initial(name));
  return {
    initial: first.reduce((sum, name) => sum + gzip(join(out, name)), 0),
    files: first.length,
    lazy: files.filter((name) => !initial(name)).reduce((sum, name) => sum + gzip(join(out, name)), 0),
  };
}

export async function withEsbuild(dir) {
  const out = join(dir, 'esbuild');
  const result = await esbuild.build({ entryPoints: [join(dir, 'app.js')], bundle: true, splitting: true, format: 'esm', minify: true, outdir: out, metafile: true, platform: 'browser', logLevel: 'silent' });
  // The entry and the chunks it imports statically.
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((file) => outputs[file].entryPoint);
  const initial = new Set([entry, ...outputs[entry].imports.filter((i) => i.kind === 'import-statement').map((i) => i.path)].map((file) => file.split('/').pop()));
  return sizes(out, (name) => initial.has(name.split('/').pop()));
}

export function withWebpack(dir, target = 'web') {
  const out = join(dir, 'webpack-' + (Array.isArray(target) ? target.join('-') : target));
  return new Promise((resolve, reject) => {
    webpack(
      { mode: 'production', context: dir, entry: './app.js', target, output: { path: out, filename: 'main.js' }, resolve: { symlinks: true } },
      (error, stats) => {
        if (error || stats.hasErrors()) return reject(error || new Error(stats.toString('errors-only')));
        resolve({ ...sizes(out, (name) => name === 'main.js'), out });
      },
    );
  });
}

export async function withVite(dir) {
  const out = join(dir, 'vite');
  const result = await viteBuild({
    root: dir,
    logLevel: 'silent',
    configFile: false,
    build: { outDir: out, rollupOptions: { input: join(dir, 'app.js') }, minify: true, write: true },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  const entry = output.find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
  const initial = new Set([entry.fileName, ...entry.imports]);
  return sizes(out, (name) => initial.has(name.replace(/\\/g, '/')));
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const apps = {
    lazy: "import { showNotice } from 'old-browser-notice/lazy';\nshowNotice({ site: 'Haninge kommun' });\n",
    eager: "import { showNotice } from 'old-browser-notice';\nshowNotice({ site: 'Haninge kommun' });\n",
  };
  console.log(`\nImport bundled by a site (gzip; "current" = what every visitor loads; target ${TARGET.toLocaleString('en')} B for the lazy import):`);
  // The same app with a dynamic import of its own and no notice: what the bundler adds to
  // any app that loads code on demand (its chunk loader), whoever's code it loads.
  const BASELINE = "import('./later.js').then((m) => m.later());\n";
  const BUNDLERS = { 'esbuild': withEsbuild, 'webpack 5': withWebpack, 'Vite': withVite };
  const runtime = {};
  const base = scratchApp(BASELINE);
  writeFileSync(join(base, 'later.js'), 'export function later() { return 1; }\n');
  try {
    for (const [bundler, run] of Object.entries(BUNDLERS)) runtime[bundler] = (await run(base)).initial;
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
  let over = false;
  for (const [name, source] of Object.entries(apps)) {
    const dir = scratchApp(source);
    try {
      for (const [bundler, run] of Object.entries(BUNDLERS)) {
        const r = await run(dir);
        const ours = name === 'lazy' ? `, of which the bundler's chunk loader ${runtime[bundler].toLocaleString('en')} B (an app with one import() of its own) and ours ${(r.initial - runtime[bundler]).toLocaleString('en')} B` : '';
        console.log(`  ${name.padEnd(5)} ${bundler.padEnd(10)} current ${String(r.initial.toLocaleString('en')).padStart(6)} B in ${r.files} file(s)${ours}; only for old browsers or preview ${r.lazy.toLocaleString('en')} B`);
        if (name === 'lazy' && r.initial - runtime[bundler] > TARGET) over = true;
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (over) {
    console.error(`The lazy import's part of the current-browser chunk is over ${TARGET} B.`);
    process.exitCode = 1;
  }
}
