import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { site } from './jsdom-site';

const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const CHROME_109_WIN7 = 'Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36';
const CHROME_157_WIN10 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Safari/537.36';
// Chrome 138 is the last for Android 8–9; its fixes ended on 5 August 2025. The first stage
// knows this shape (Chrome on Android), so without --insecure it stops there.
const CHROME_138_ANDROID_9 = 'Mozilla/5.0 (Linux; Android 9; SM-G960F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36';
const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

describe('--insecure on the command line', () => {
  it('check: Chrome 109 on Windows 7 is insecure under chrome >= 109 only when asked', () => {
    const judged = (...extra: string[]) =>
      JSON.parse(cli('check', '--json', '--browsers', 'chrome >= 109', '--date', '2026-11-30', ...extra, CHROME_109_WIN7).stdout) as { status: string; action: string };
    expect(judged()).toMatchObject({ status: 'supported', action: 'none' });
    expect(judged('--insecure')).toMatchObject({ status: 'insecure', action: 'update-os' });
  });

  it('report: counts them in a row of their own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'obn-insecure-'));
    const log = join(dir, 'agents.txt');
    writeFileSync(log, `${CHROME_109_WIN7}\n${CHROME_109_WIN7}\n${CHROME_157_WIN10}\n`);
    const report = (...extra: string[]) => JSON.parse(cli('report', '--format', 'json', '--browsers', 'chrome >= 109', ...extra, log).stdout);
    expect(report().status.insecure).toBeUndefined();
    expect(report('--insecure').status.insecure).toEqual({ requests: 2, percent: 66.7 });
    expect(cli('report', '--browsers', 'chrome >= 109', '--insecure', log).stdout).toMatch(/insecure\s+2/);
  });

  it('build: a page shows Chrome 138 on Android 9 the notice, a current Chrome loads only the first stage', async () => {
    const build = (...extra: string[]) => {
      const out = mkdtempSync(join(tmpdir(), 'obn-insecure-build-'));
      expect(cli('build', '--out', out, '--browsers', 'chrome >= 109, and_chr >= 109', '--lang', 'en', ...extra).status).toBe(0);
      return pathToFileURL(out + '/');
    };
    const tag = '<script src="/js/old-browser-notice.js"></script>';
    const plain = await site(build(), CHROME_138_ANDROID_9, tag, 'en');
    expect(plain.notice()).toBeNull();
    expect(plain.requested).toHaveLength(1);
    const insecure = await site(build('--insecure'), CHROME_138_ANDROID_9, tag, 'en');
    expect(insecure.notice()!.textContent).toContain('This browser no longer gets security updates on your system.');
    expect((await site(build('--insecure'), CHROME_157_WIN10, tag, 'en')).requested).toHaveLength(1);
    const off = await site(build('--insecure'), CHROME_138_ANDROID_9, '<script src="/js/old-browser-notice.js" data-insecure="false"></script>', 'en');
    expect(off.notice()).toBeNull();
  });
});
