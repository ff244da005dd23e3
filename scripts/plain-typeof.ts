import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MARK = '"@swc/helpers - typeof";';
const BODY = /return obj && typeof Symbol !== "undefined" && obj\.constructor === Symbol \? "symbol" : typeof obj;/g;

/**
 * swc's ES5 output reads `typeof x === 'object'` through a helper that, to tell a polyfilled
 * Symbol from an object, reads `x.constructor`. On options from a page's script or a CMS that
 * read can throw (a Proxy's trap, a getter), outside the try that guards every other read of
 * them. The library takes no symbols, so the plain `typeof` is right: this puts it back in
 * every built file of `dir` that carries the helper, and fails the build if a newer swc writes
 * the helper in another way (test/core/fuzz-options.test.ts runs on the built files).
 *
 * Run after tsup, by `npm run build` (`tsx scripts/plain-typeof.ts dist`).
 *
 * @example
 * ```ts
 * plainTypeofIn('dist'); // after tsup's ES5 builds
 * ```
 */
export function plainTypeofIn(dir: string): void {
  for (const name of readdirSync(dir)) {
    if (!/\.(?:js|cjs)$/.test(name)) continue;
    const path = join(dir, name);
    const code = readFileSync(path, 'utf8');
    if (!code.includes(MARK)) continue;
    const plain = code.replace(BODY, 'return typeof obj;');
    if (plain === code) throw new Error(`${path}: swc's typeof helper is not in the form scripts/plain-typeof.ts rewrites`);
    writeFileSync(path, plain);
  }
}

if (process.argv[1] && /plain-typeof\.ts$/.test(process.argv[1])) plainTypeofIn(process.argv[2] || 'dist');
