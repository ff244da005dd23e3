import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '@lib/locales';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the README', () => {
  it('opens with the two quick-start commands', () => {
    const start = README.slice(0, 400);
    expect(start).toContain('npm install && npm run demo');
    expect(start).toContain('npm test');
  });

  it('lists every locale with its review status', () => {
    for (const locale of LOCALES) {
      const row = new RegExp(`\\| \`${locale.tag}\` \\| [^|]+ \\| [^|]+ \\| ${locale.dir} \\| ${locale.reviewed ? 'yes' : 'not yet'} \\|`);
      expect(README).toMatch(row);
    }
  });
});

describe('the size budgets', () => {
  it('quoted in the README are the ones size-limit checks', () => {
    const budgets: Array<{ limit: string }> = JSON.parse(readFileSync(new URL('../../.size-limit.json', import.meta.url), 'utf8'));
    for (const { limit } of budgets) {
      const bytes = Number(limit.replace(/\s*B$/, ''));
      expect(README).toContain(`${bytes.toLocaleString('en')} B |`);
    }
  });
});
