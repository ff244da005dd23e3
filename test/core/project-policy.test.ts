import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkRequest, compilePolicy, createEvaluator, evaluate, oldBrowserNoticeMiddleware, type NodeLikeRequest, type NodeLikeResponse } from '@lib/node';

// In Node, without `browsers`, the helpers judge by the project's browserslist config,
// the one `npx old-browser-notice check` and `build` read: a server and its script tag agree.
const CHROME_120 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';

/** A new project directory with these files (browserslist caches by directory, so each test has its own). */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'obn-project-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('the project policy in the Node helpers', () => {
  afterEach(() => {
    delete process.env.BROWSERSLIST;
  });

  it('judges by .browserslistrc when no browsers are given: evaluate, createEvaluator, checkRequest, middleware', () => {
    const path = project({ '.browserslistrc': '# the site\nchrome >= 130\n' });
    expect(evaluate(CHROME_120, { path }).status).toBe('outdated');
    expect(evaluate(CHROME_120, { path }).minimum).toBe('130');
    expect(createEvaluator({ path })(CHROME_120).status).toBe('outdated');
    expect(checkRequest({ 'user-agent': CHROME_120 }, { path }).status).toBe('outdated');
    const req = { headers: { 'user-agent': CHROME_120 } } as NodeLikeRequest;
    oldBrowserNoticeMiddleware({ path })(req, { setHeader() {}, getHeader() {} } as unknown as NodeLikeResponse, () => {});
    expect(req.oldBrowserNotice!.status).toBe('outdated');
    // The same browser under the built-in `defaults` is fine: the config is what decided.
    expect(evaluate(CHROME_120, { path: project({}) }).status).toBe('supported');
  });

  it('reads package.json browserslist and the BROWSERSLIST variable, as the CLI does', () => {
    expect(evaluate(CHROME_120, { path: project({ 'package.json': JSON.stringify({ browserslist: ['chrome >= 125'] }) }) }).status).toBe('outdated');
    process.env.BROWSERSLIST = 'chrome >= 131';
    const path = project({ '.browserslistrc': 'chrome >= 100\n' });
    expect(evaluate(CHROME_120, { path }).minimum).toBe('131');
  });

  it('reads the config once: a change to the file after the first verdict does not change the next', () => {
    const path = project({ '.browserslistrc': 'chrome >= 130\n' });
    expect(evaluate(CHROME_120, { path }).status).toBe('outdated');
    writeFileSync(join(path, '.browserslistrc'), 'chrome >= 100\n');
    expect(evaluate(CHROME_120, { path }).status).toBe('outdated');
  });

  it('never mistakes a query for a config directory of the same text, or the other way round', () => {
    // Once the directory's config is cached, its path given as a query is still a (bad) query.
    const path = project({ '.browserslistrc': 'chrome >= 130\n' });
    expect(evaluate(CHROME_120, { path }).status).toBe('outdated');
    expect(() => evaluate(CHROME_120, { browsers: path })).toThrow(`Unknown browser query \`${path}\``);
    // And a query cached first never answers for a directory of the same text.
    const query = 'chrome >= 100';
    expect(evaluate(CHROME_120, { browsers: query }).status).toBe('supported');
    expect(() => evaluate(CHROME_120, { path: query })).not.toThrow();
    expect(evaluate(CHROME_120, { path: query }).minimum).not.toBe('100');
  });

  it('names the config file and the line of a query typo', () => {
    const path = project({ '.browserslistrc': '# the site\nchrome >= 130\nchrme >= 120\n' });
    expect(() => evaluate(CHROME_120, { path })).toThrow(`in ${join(path, '.browserslistrc')} line 3`);
    expect(() => compilePolicy(undefined, { path })).toThrow('`chrome >= 130, chrme >= 120`');
  });

  it('names a BROWSERSLIST_CONFIG file that is not there', () => {
    const missing = join(project({}), 'browsers.txt');
    process.env.BROWSERSLIST_CONFIG = missing;
    try {
      expect(() => compilePolicy(undefined, { path: project({}) })).toThrow(`Cannot read the browserslist config \`${missing}\``);
    } finally {
      delete process.env.BROWSERSLIST_CONFIG;
    }
  });

  // root reads any file: this one runs as an ordinary user only.
  it.skipIf(process.getuid?.() === 0)('names a config file that cannot be read, and the reason', () => {
    const path = project({ '.browserslistrc': 'chrome >= 130\n' });
    chmodSync(join(path, '.browserslistrc'), 0o000);
    expect(() => compilePolicy(undefined, { path })).toThrow(new RegExp(`Cannot read the browserslist config \`${join(path, '.browserslistrc')}\` \\(EACCES`));
  });
});
