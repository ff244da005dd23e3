import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import browserslist from 'browserslist';
import { afterEach, describe, expect, it } from 'vitest';
import { compilePolicy, OldBrowserNoticeError } from '@lib/node';

const newest = (agent: string) => browserslist.data[agent]!.released.at(-1)!;

describe('compilePolicy', () => {
  afterEach(() => {
    delete process.env.BROWSERSLIST;
  });

  it('keeps the lowest version per agent, with the query and caniuse-lite version', () => {
    const policy = compilePolicy('chrome >= 120, firefox 115, firefox >= 140');
    expect(policy.agents.chrome).toBe('120');
    expect(policy.agents.firefox).toBe('115');
    expect(policy.query).toBe('chrome >= 120, firefox 115, firefox >= 140');
    expect(policy.caniuse).toMatch(/^1\.0\.\d+$/);
    expect(policy.agents.ie).toBeUndefined();
  });

  it('takes the lower end of a version range', () => {
    expect(compilePolicy('ios_saf 15.2-15.3').agents.ios_saf).toBe('15.2');
  });

  it('keeps Safari TP above every numbered release', () => {
    expect(compilePolicy('safari TP').agents.safari).toBe('TP');
    expect(compilePolicy('safari TP, safari 17.0').agents.safari).toBe('17.0');
  });

  it('accepts every Opera Mini version as `all`', () => {
    expect(compilePolicy('op_mini all').agents.op_mini).toBe('all');
  });

  it('lets and_chr, and_ff and android visitors one release behind caniuse-lite pass', () => {
    const policy = compilePolicy('last 1 and_chr versions, last 1 and_ff versions, last 1 android versions');
    expect(policy.agents.and_chr).toBe(String(Number(newest('and_chr')) - 1));
    expect(policy.agents.and_ff).toBe(String(Number(newest('and_ff')) - 1));
    expect(policy.agents.android).toBe(String(Number(newest('android')) - 1));
  });

  it('compares and_chr, and_ff and android on the desktop version line when it is in the policy', () => {
    const policy = compilePolicy('chrome >= 120, firefox >= 115, and_chr >= 120, and_ff >= 120, android >= 120');
    expect(policy.agents.and_chr).toBe('120');
    expect(policy.agents.android).toBe('120');
    expect(policy.agents.and_ff).toBe('115');
  });

  it('leaves the pre-Chromium android versions alone', () => {
    expect(compilePolicy('android >= 4.4, chrome >= 100').agents.android).toBe('4.4');
  });

  it('uses the project config, then BROWSERSLIST, then defaults', () => {
    // browserslist caches what it found per directory, so each case gets its own.
    expect(compilePolicy(undefined, { path: mkdtempSync(join(tmpdir(), 'obn-none-')) }).query).toBe('defaults');
    const dir = mkdtempSync(join(tmpdir(), 'obn-config-'));
    writeFileSync(join(dir, '.browserslistrc'), 'chrome >= 118\nfirefox >= 115\n');
    const fromFile = compilePolicy(undefined, { path: dir });
    expect(fromFile.agents).toEqual({ chrome: '118', firefox: '115' });
    process.env.BROWSERSLIST = 'edge >= 120';
    expect(compilePolicy(undefined, { path: dir }).agents).toEqual({ edge: '120' });
  });

  it('reads package.json browserslist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'obn-pkg-'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ browserslist: ['safari >= 16.4'] }));
    expect(compilePolicy(undefined, { path: dir }).agents).toEqual({ safari: '16.4' });
  });

  it('throws a named error quoting an unknown query and saying how to fix it', () => {
    expect(() => compilePolicy('chrome >= banana')).toThrow(OldBrowserNoticeError);
    try {
      compilePolicy('chrome >= banana');
    } catch (error) {
      expect((error as Error).name).toBe('OldBrowserNoticeError');
      expect((error as Error).message).toContain('Unknown browser query `chrome >= banana`');
      expect((error as Error).message).toContain('npx browserslist');
      // What logs and error trackers show.
      expect(error).toBeInstanceOf(Error);
      expect(String(error)).toMatch(/^OldBrowserNoticeError: Unknown browser query/);
      expect((error as Error).stack).toMatch(/^OldBrowserNoticeError: Unknown browser query[^\n]*\n\s+at /);
    }
  });

  it('refuses a query that selects nothing', () => {
    expect(() => compilePolicy('chrome > 9000')).toThrow(/selects no browsers/);
  });
});
