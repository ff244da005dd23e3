import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
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
  it('count the largest language file, so that the total holds for every visitor', () => {
    const budgets: Array<{ path: string | string[] }> = JSON.parse(readFileSync(new URL('../../.size-limit.json', import.meta.url), 'utf8'));
    const counted = budgets.flatMap((budget) => budget.path).filter((path) => path.startsWith('dist/locales/'));
    const dir = new URL('../../dist/locales/', import.meta.url);
    const sizes = readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => ({ path: `dist/locales/${name}`, gzip: gzipSync(readFileSync(new URL(name, dir)), { level: 9 }).length }))
      .sort((a, b) => b.gzip - a.gzip);
    expect(counted).toEqual([sizes[0]!.path]);
  });

  it('quoted in the README or docs/ are the ones size-limit checks', () => {
    const budgets: Array<{ limit: string }> = JSON.parse(readFileSync(new URL('../../.size-limit.json', import.meta.url), 'utf8'));
    const docs = new URL('../../docs/', import.meta.url);
    const text = [README, ...readdirSync(docs).filter((name) => name.endsWith('.md')).map((name) => readFileSync(new URL(name, docs), 'utf8'))].join('\n');
    for (const { limit } of budgets) {
      const bytes = Number(limit.replace(/\s*B$/, ''));
      expect(text).toContain(`${bytes.toLocaleString('en')} B |`);
    }
  });
});
