// `npm run lint:package`: arethetypeswrong on the package as it would be published.
// Packed here without the `prepack` build, which `attw --pack` would run again:
// `npm test` has just built dist/.
import { execSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const [{ filename }] = JSON.parse(execSync('npm pack --ignore-scripts --json', { encoding: 'utf8' }));
try {
  execSync(`attw ${filename} --entrypoints . ./lazy ./locales ./node`, { stdio: 'inherit' });
} finally {
  rmSync(filename);
}
