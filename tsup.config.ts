import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { downlevelToEs5 } from './scripts/downlevel-es5';
import { LOCALES } from './src/locales/all';
import { NOTICE_CSS } from './src/notice/styles';
import { localeScript } from './scripts/locale-script';
import { uaParserLean } from './scripts/ua-parser-lean';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const policy = JSON.parse(readFileSync('src/generated/default-policy.json', 'utf8')) as { caniuse: string };

// One source, several builds: the universal library (browsers, edge runtimes),
// the Node library (adds browserslist queries), the CLI, and the ES5 script tag.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', locales: 'src/locales/all.ts' },
    format: ['esm', 'cjs'],
    platform: 'neutral',
    target: 'es2018',
    dts: true,
    external: ['ua-parser-js'],
  },
  {
    entry: { node: 'src/node.ts' },
    format: ['esm', 'cjs'],
    shims: true, // import.meta.url in the CommonJS build
    platform: 'node',
    target: 'node20',
    dts: true,
    external: ['ua-parser-js', 'browserslist'],
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    external: ['ua-parser-js', 'browserslist'],
  },
  {
    // The script tag: bundled as ES2020 by esbuild, then turned into ES5 by swc
    // below; ua-parser-js bundled in; its one global is set by hand.
    entry: { 'old-browser-notice': 'src/global.ts' },
    format: ['iife'],
    platform: 'browser',
    target: 'es2020',
    noExternal: ['ua-parser-js'],
    esbuildPlugins: [uaParserLean],
    define: { __VERSION__: JSON.stringify(pkg.version) },
    async onSuccess() {
      const file = 'dist/old-browser-notice.global.js';
      const banner = `/*! old-browser-notice ${pkg.version} | MIT | default policy: browserslist defaults, caniuse-lite ${policy.caniuse} */`;
      writeFileSync(file, await downlevelToEs5(readFileSync(file, 'utf8'), banner));
      writeFileSync('dist/old-browser-notice.css', NOTICE_CSS + '\n');
      mkdirSync('dist/locales', { recursive: true });
      for (const locale of LOCALES) writeFileSync(`dist/locales/${locale.tag}.js`, localeScript(locale, pkg.version));
    },
  },
]);
