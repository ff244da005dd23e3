import { defineConfig } from 'vitest/config';
import mutate from './vitest.mutate.config';

/** The decision code: what `npm run coverage` reports on (and `npm run mutate` mutates, stryker.config.json). */
export const DECISION_CODE = [
  'src/detect/**/*.ts',
  'src/gate/**/*.ts',
  'src/first-stage/**/*.ts',
  'src/fast-path/**/*.ts',
  'src/shapes/**/*.ts',
  'src/advice/**/*.ts',
  'src/policy/**/*.ts',
  'src/hints/**/*.ts',
  'src/notice/content.ts',
  'src/locales/choose.ts',
  'src/locales/plural-rules.ts',
];

// `npm run coverage` (scripts/coverage.mjs): every core test, property tests included, on the
// sources; lines of the decision code that no test runs are listed per file.
export default defineConfig({
  define: mutate.define,
  resolve: mutate.resolve,
  test: {
    include: ['test/core/**/*.test.ts'],
    // Reads the built files in dist/ (sizes, languages), not the decision code.
    exclude: ['test/core/readme.test.ts'],
    testTimeout: 20_000,
    coverage: {
      provider: 'v8',
      include: DECISION_CODE,
      reporter: ['text', 'json-summary'],
      reportsDirectory: 'coverage',
    },
  },
});
