// `npm run coverage`: line and branch coverage of the decision code by the core tests
// (vitest.coverage.config.ts), with the lines no test runs. Not in `npm test`: it runs the
// core tests once more, instrumented.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const vitestVersion = require('vitest/package.json').version;
try {
  require.resolve('@vitest/coverage-v8/package.json');
} catch {
  console.error(
    `npm run coverage needs @vitest/coverage-v8 at vitest's version: npm install --save-dev --save-exact @vitest/coverage-v8@${vitestVersion}`,
  );
  process.exit(1);
}
const run = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.coverage.config.ts', '--coverage', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
