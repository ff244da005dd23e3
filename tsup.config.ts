import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { downlevelToEs5 } from './scripts/downlevel-es5';
import { browserDataDate } from './src/build/data-date';
import { siteFiles } from './src/build/site-files';
import { en, LOCALES } from './src/locales/all';
import { DEFAULT_POLICY } from './src/policy/default';
import { NOTICE_CSS } from './src/notice/styles';
import { localeScript } from './scripts/locale-script';
import { uaParserLean, uaParserNotice } from './scripts/ua-parser-lean';
import { compileGate } from './src/first-stage/gate';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
// The lazy import's gates for `defaults`, not strict and strict: numbers instead of the policy.
const DEFAULT_GATES = JSON.stringify(JSON.stringify([compileGate(DEFAULT_POLICY.agents, false), compileGate(DEFAULT_POLICY.agents, true)]));

// One source, several builds: the universal library (browsers, edge runtimes),
// the Node library (adds browserslist queries), the CLI, and the ES5 script tag.
export default defineConfig([
  {
    // ES5 like the lazy import: the docs send bundles for old browsers here, and webpack 5
    // with an ES5 target does not transpile dependencies (test/dist/main-entry-es5.test.ts).
    entry: { index: 'src/index.ts', locales: 'src/locales/all.ts' },
    define: { __FAST_PATH__: 'true' },
    format: ['esm', 'cjs'],
    platform: 'neutral',
    target: 'es5',
    dts: true,
    external: ['ua-parser-js'],
  },
  {
    // The lazy import: ES5, so that a bundle for old browsers (webpack 5 with an ES5 target,
    // which does not transpile dependencies) still runs in IE 11; its dynamic import() of the
    // rest is left for the site's bundler to split into a chunk of its own.
    entry: { lazy: 'src/lazy.ts' },
    define: { __FAST_PATH__: 'false', __DEFAULT_GATES__: DEFAULT_GATES },
    format: ['esm', 'cjs'],
    platform: 'browser',
    target: 'es5',
    dts: true,
    noExternal: ['ua-parser-js'],
    esbuildPlugins: [uaParserLean],
  },
  {
    entry: { node: 'src/node.ts' },
    define: { __FAST_PATH__: 'true' },
    format: ['esm', 'cjs'],
    shims: true, // import.meta.url in the CommonJS build
    platform: 'node',
    target: 'node20',
    dts: true,
    external: ['ua-parser-js', 'browserslist'],
  },
  {
    entry: { cli: 'src/cli.ts', 'report-worker': 'src/report/worker.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    define: { __VERSION__: JSON.stringify(pkg.version), __FAST_PATH__: 'true' },
    banner: { js: '#!/usr/bin/env node' },
    external: ['ua-parser-js', 'browserslist'],
  },
  {
    // The script tag's two stages: bundled as ES2020 by esbuild, then turned into ES5
    // templates by swc below; ua-parser-js (lean) bundled into the second.
    entry: { 'stage-one': 'src/stage-one.ts', 'stage-two': 'src/global.ts' },
    format: ['iife'],
    platform: 'browser',
    target: 'es2020',
    noExternal: ['ua-parser-js'],
    esbuildPlugins: [uaParserLean],
    define: { __VERSION__: JSON.stringify(pkg.version), __FAST_PATH__: 'false' },
    async onSuccess() {
      mkdirSync('dist/templates', { recursive: true });
      const templates = { version: pkg.version, css: NOTICE_CSS + '\n', stageOne: '', stageTwo: '' };
      for (const stage of ['stage-one', 'stage-two'] as const) {
        const built = `dist/${stage}.global.js`;
        // The first stage is one function with its own try (and every byte counts there).
        const es5 = await downlevelToEs5(readFileSync(built, 'utf8'), { guard: stage === 'stage-two' });
        // The second stage carries a copy of ua-parser-js, and so its licence line.
        const template = stage === 'stage-two' ? uaParserNotice() + es5 : es5;
        writeFileSync(`dist/templates/${stage}.js`, template);
        rmSync(built);
        templates[stage === 'stage-one' ? 'stageOne' : 'stageTwo'] = template;
      }
      // The package's own ready-made files: `defaults` and English built in, every other
      // language beside them in locales/, fetched by the second stage when a visitor needs it.
      const others = LOCALES.filter((locale) => locale !== en);
      const choice = { policy: DEFAULT_POLICY, strict: false, locales: [en], available: others.map((locale) => locale.tag), dataDate: browserDataDate() };
      for (const file of siteFiles(templates, choice)) {
        if (file.name !== 'README.md') writeFileSync(`dist/${file.name}`, file.contents);
      }
      mkdirSync('dist/locales', { recursive: true });
      for (const locale of LOCALES) {
        writeFileSync(`dist/locales/${locale.tag}.js`, localeScript(locale, pkg.version));
        writeFileSync(`dist/locales/${locale.tag}.json`, JSON.stringify(locale) + '\n');
      }
    },
  },
]);
