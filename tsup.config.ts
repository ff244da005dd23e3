import { defineConfig } from 'tsup';

// One source, several builds: the universal library (browsers, edge runtimes),
// the Node library (adds browserslist queries), and the CLI. The ES5 script-tag
// build joins this list with the notice.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    platform: 'neutral',
    target: 'es2018',
    dts: true,
    sourcemap: false,
    external: ['ua-parser-js'],
  },
  {
    entry: { node: 'src/node.ts' },
    format: ['esm', 'cjs'],
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
]);
