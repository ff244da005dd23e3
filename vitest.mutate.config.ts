import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// Mutation testing (stryker.config.json, `npm run mutate`): the core tests on the TypeScript
// sources, with the build-time constants and import aliases of vitest.config.ts's `src` project.
const src = base.test!.projects!.find((project) => typeof project === 'object' && 'test' in project && project.test?.name === 'src') as {
  resolve: { alias: Record<string, string> };
};

export default defineConfig({
  define: base.define,
  resolve: { alias: src.resolve.alias },
  test: {
    include: ['test/core/**/*.test.ts'],
    exclude: [
      // Property tests that judge thousands of generated or corpus inputs (15-45 s each on a
      // busy two-core machine): run for every mutant they cover, they would take a day.
      // `npm test` runs them; docs/testing.md says what mutation testing leaves to them.
      'test/core/fuzz-options.test.ts',
      'test/core/fuzz-trust.test.ts',
      'test/core/needs-notice.test.ts',
      'test/core/hostile-input.test.ts',
      'test/core/fast-path.test.ts',
      'test/core/three-readers.test.ts',
      // Reads the built files in dist/ (sizes, languages), not the decision code.
      'test/core/readme.test.ts',
      // The report's tests (18 of the 29 s the rest take here) reach the decision code only
      // through the public API, as any caller does; no mutated folder is theirs to guard.
      'test/core/report-*.test.ts',
    ],
    // One worker and one jsdom for every test file (StrykerJS runs them in one thread anyway):
    // a new worker, environment and module graph per file made a mutant cost about twice as
    // much. Each file still imports the sources afresh (test/mutate-setup.ts), and the core
    // tests pass in any order (`--sequence.shuffle`): no state crosses from one file to the next.
    isolate: false,
    setupFiles: ['test/mutate-setup.ts'],
    testTimeout: 20_000,
  },
});
