// The linter in `npm test` (`npm run lint`): rules that find bugs, not matters of taste or
// layout (docs/testing.md). TypeScript already refuses undefined names and wrong types.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'reports/', '.stryker-tmp/', 'src/generated/', 'test/screenshots/', 'demo/', 'lazy/', 'locales/', 'node/'] },
  {
    files: ['**/*.{ts,js,mjs}'],
    extends: [js.configs.recommended, tseslint.configs.eslintRecommended],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Mistakes that eslint:recommended leaves out.
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-self-compare': 'error',
      'no-template-curly-in-string': 'error',
      'no-unreachable-loop': 'error',
      'no-constructor-return': 'error',
      'array-callback-return': 'error',
      // The TypeScript versions, which know types, overloads and `declare`.
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // A promise nobody awaits loses its error (these three need the types).
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-misused-new': 'error',
      '@typescript-eslint/no-unsafe-declaration-merging': 'error',
      '@typescript-eslint/no-duplicate-enum-values': 'error',
      // Off: each fires here only on a deliberate pattern or on style. `\/` and `\-` in a
      // character class are style; a one-line error for a person (OldBrowserNoticeError)
      // carries no cause on purpose; `var` and `arguments` are how the ES5 page probes
      // (test/browser/*.js) must be written.
      'no-useless-escape': 'off',
      'preserve-caught-error': 'off',
      'no-var': 'off',
      'prefer-rest-params': 'off',
    },
  },
  {
    // Code that runs in the visitor's page as the first stage is written for bytes: `==`
    // between two numbers or two strings, and `c != c` to test for NaN (the end of a string).
    files: ['src/stage-one.ts', 'src/gate/**', 'src/first-stage/**', 'src/shapes/**'],
    rules: { eqeqeq: 'off', 'no-self-compare': 'off' },
  },
  {
    // Scripts and benches in plain JavaScript are outside tsconfig.json: linted without types.
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      parserOptions: { projectService: false },
      globals: {
        console: 'readonly', process: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
        performance: 'readonly', globalThis: 'readonly', window: 'readonly', document: 'readonly', navigator: 'readonly',
      },
    },
  },
);
