import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8'));

// ua-parser-js releases that carried malware (2021): never again.
const COMPROMISED = ['0.7.29', '0.8.0', '1.0.0'];

describe('the supply chain', () => {
  it('has one runtime dependency, ua-parser-js, pinned to an exact, clean, MIT-licensed 1.x version', () => {
    expect(Object.keys(pkg.dependencies)).toEqual(['ua-parser-js']);
    const version: string = pkg.dependencies['ua-parser-js'];
    expect(version).toMatch(/^1\.\d+\.\d+$/);
    expect(COMPROMISED).not.toContain(version);
    const installed = lock.packages['node_modules/ua-parser-js'];
    expect(installed.version).toBe(version);
    expect(installed.license).toBe('MIT');
    expect(installed.dependencies ?? {}).toEqual({});
  });

  it('asks only for browserslist beside it, as a peer, for Node and the CLI', () => {
    expect(Object.keys(pkg.peerDependencies)).toEqual(['browserslist']);
  });

  it('runs no install scripts of its own', () => {
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare', 'prepublish']) expect(pkg.scripts[hook]).toBeUndefined();
  });

  it('keeps the lockfile in step with package.json', () => {
    expect(lock.packages[''].dependencies).toEqual(pkg.dependencies);
    expect(lock.packages[''].devDependencies).toEqual(pkg.devDependencies);
  });
});
