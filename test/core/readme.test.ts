import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '@lib/locales';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const LANGUAGES = readFileSync(new URL('../../docs/languages.md', import.meta.url), 'utf8');
const SIZES = readFileSync(new URL('../../docs/sizes.md', import.meta.url), 'utf8');

/** The README's sections (from one heading to the next) as a reader sees them: a closed `<details>` is one line. */
function sections(markdown: string): Array<{ heading: string; lines: number }> {
  const shown = markdown.replace(/<details>\n<summary>.*<\/summary>[\s\S]*?<\/details>/g, '<details>');
  const parts = shown.split(/^(?=#{1,3} )/m);
  return parts.map((part) => ({ heading: part.split('\n')[0]!, lines: part.trimEnd().split('\n').length }));
}

describe('the README', () => {
  it('says on its first screen how to install, and the script tag to add', () => {
    const start = README.slice(0, 3000);
    expect(start).toContain('npm install old-browser-notice browserslist');
    expect(start).toMatch(/<script src="[^"]+\/old-browser-notice\.js"[^>]*><\/script>/);
    expect(start).toContain('npx old-browser-notice build');
  });

  it('has no section longer than a screen', () => {
    const long = sections(README).filter((section) => section.lines > 50);
    expect(long).toEqual([]);
  });

  it('keeps the quick start for contributors in its Development section', () => {
    const development = README.split(/^## Development$/m)[1]!.split(/^## /m)[0]!;
    expect(development).toContain('npm install && npm run demo');
    expect(development).toContain('npm test');
  });
});

describe('the README on the package page', () => {
  // npm shows the README without the files it links to (docs/ is not in the package), so
  // every link and the picture point at the repository that package.json names.
  const REPO = 'https://github.com/old-browser-notice/old-browser-notice';
  const PKG = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const targets = [...README.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
  /** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
  const anchor = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-');

  it('names the repository, home page and issue tracker in package.json', () => {
    expect(PKG).toMatchObject({ repository: { type: 'git', url: `git+${REPO}.git` }, homepage: `${REPO}#readme`, bugs: { url: `${REPO}/issues` } });
  });

  it('links only to absolute addresses or its own headings, and each file it links to exists on main', () => {
    expect(targets.length).toBeGreaterThan(30);
    const relative = targets.filter((target) => !/^(?:https?:\/\/|#)/.test(target));
    expect(relative).toEqual([]);
    const missing: string[] = [];
    for (const target of targets) {
      const own = new RegExp(`^(?:${REPO}/blob/main/|${REPO.replace('github.com', 'raw.githubusercontent.com')}/main/)([^#]+)(?:#(.+))?$`).exec(target);
      if (!own) continue;
      const file = new URL(`../../${own[1]}`, import.meta.url);
      if (!existsSync(file)) missing.push(target);
      else if (own[2] && !readFileSync(file, 'utf8').split('\n').some((line) => /^#+ /.test(line) && anchor(line.replace(/^#+ /, '')) === own[2])) missing.push(target);
    }
    expect(missing).toEqual([]);
  });

  it('shows its picture from the repository', () => {
    expect(targets).toContain(`${REPO.replace('github.com', 'raw.githubusercontent.com')}/main/docs/notice.png`);
  });
});

describe('docs/languages.md', () => {
  it('lists every locale with its direction and review status, and their number', () => {
    for (const locale of LOCALES) {
      const row = new RegExp(`\\| \`${locale.tag}\` \\| [^|]+ \\| [^|]+ \\| ${locale.dir} \\| ${locale.reviewed ? 'yes' : 'not yet'} \\|`);
      expect(LANGUAGES).toMatch(row);
    }
    expect(LANGUAGES).toContain(`in ${LOCALES.length} languages`);
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

  it('quoted in docs/sizes.md are the ones size-limit checks', () => {
    const budgets: Array<{ limit: string }> = JSON.parse(readFileSync(new URL('../../.size-limit.json', import.meta.url), 'utf8'));
    for (const { limit } of budgets) {
      const bytes = Number(limit.replace(/\s*B$/, ''));
      expect(SIZES).toContain(`${bytes.toLocaleString('en')} B |`);
    }
  });
});
