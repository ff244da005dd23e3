import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { readFileSync } from 'node:fs';
import { compileGate } from './src/first-stage/gate';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
// The lazy import's gates for `defaults`, as tsup.config.ts sets them for the build.
const defaultPolicy = JSON.parse(readFileSync(here('src/generated/default-policy.json'), 'utf8')) as { agents: Record<string, string> };

// The same suites run twice: on the TypeScript sources, and on the built files in
// dist/ that users install. Tests import `@lib/node` (the Node entry) and
// `@lib/universal` (the browser/edge entry).
export default defineConfig({
  // The sources as the npm builds compile them (tsup.config.ts sets the same).
  define: {
    __FAST_PATH__: 'true',
    __DEFAULT_GATES__: JSON.stringify(JSON.stringify([compileGate(defaultPolicy.agents, false), compileGate(defaultPolicy.agents, true)])),
  },
  test: {
    // Many tests start the CLI as a process; on a busy two-core machine one start can take
    // seconds. A test that hangs still fails, just later.
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'src', include: ['test/core/**/*.test.ts', 'test/conformance/**/*.test.ts'] },
        resolve: { alias: { '@lib/node': here('src/node.ts'), '@lib/universal': here('src/index.ts'), '@lib/locales': here('src/locales/all.ts') } },
      },
      {
        extends: true,
        test: { name: 'dist', include: ['test/core/**/*.test.ts', 'test/conformance/**/*.test.ts', 'test/dist/**/*.test.ts'] },
        resolve: { alias: { '@lib/node': here('dist/node.js'), '@lib/universal': here('dist/index.js'), '@lib/locales': here('dist/locales.js') } },
      },
      {
        // Real engines decide: keyboard, CSP, axe-core, screenshots, in Chromium, Firefox ESR
        // and WebKitGTK (docs/engines.md). Runs on dist/ only; one engine at a time, after
        // the other projects, so that three browsers do not slow the CLI tests past their timeouts.
        extends: true,
        test: { name: 'browser', include: ['test/browser/**/*.test.ts'], testTimeout: 60_000, fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
