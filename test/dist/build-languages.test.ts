import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

function build(...args: string[]) {
  const out = mkdtempSync(join(tmpdir(), 'obn-build-'));
  const result = spawnSync(process.execPath, [BIN, 'build', '--out', out, ...args], { encoding: 'utf8' });
  return { out, code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The tags baked into the second stage's locales. */
const bundled = (out: string) => [...readFileSync(join(out, 'old-browser-notice.global.js'), 'utf8').matchAll(/"tag":"([\w-]+)"/g)].map((m) => m[1]);

describe('build says which languages it bundled', () => {
  it('names them in their own words', () => {
    const result = build('--lang', 'sv,en,fi');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('languages sv svenska, en English, fi suomi');
  });

  it('warns that se is Northern Sami, not Swedish, and still builds what was asked', () => {
    for (const tag of ['se', 'se-SE']) {
      const result = build('--lang', `${tag},en`);
      expect(result.code).toBe(0);
      expect(result.stderr).toContain(`Warning: \`${tag}\` is Northern Sami (davvisámegiella)`);
      expect(result.stderr).toContain('Swedish is `sv`.');
      expect(result.stdout).toContain('languages se davvisámegiella, en English');
    }
    expect(build('--lang', 'sv,en').stderr).toBe('');
  });

  it('says what a country code was probably meant to be, in the one-line error', () => {
    const result = build('--lang', 'dk');
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('Unknown language `dk` in `--lang dk`. `dk` is Denmark\'s country code, not a language; Danish is `da`. Available: sv, en,');
    // No Japanese text: the plain error, with no promise of one.
    expect(build('--lang', 'jp').stderr).not.toContain('Japanese');
  });

  it('adds up a repeated --lang', () => {
    const result = build('--lang', 'sv', '--lang', 'en', '--lang', 'ar');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('languages sv svenska, en English, ar العربية');
    expect(bundled(result.out)).toEqual(['sv', 'en', 'ar']);
  });
});
