import { describe, expect, it } from 'vitest';
import { compilePolicy, evaluate } from '@lib/node';
import { advise } from '../../src/advice/advise';

// The edges of the advice: systems below or beside the table's rows (src/advice/os-limits.ts),
// Safari past the newest row of src/advice/safari-macos.ts, and the `insecure` check's limits.
const day = (iso: string) => Date.parse(iso + 'T00:00:00Z');
const TODAY = day('2026-11-30');
// A policy every browser's newest version meets: only which runs where, and its fixes, decide.
const OPEN = 'firefox >= 100, chrome >= 120, edge >= 120, opera >= 120, ie >= 11';

/** Internet Explorer 5 on a Windows that ua-parser-js reports by its own number (it names 95, 98, 2000 and later). */
const ie5On = (windows: string) => `Mozilla/4.0 (compatible; MSIE 5.0; Windows ${windows})`;

describe('Windows versions the table reads as numbers', () => {
  // The first Windows row is XP (NT 5.1): no current Chrome, Firefox or Edge ever ran below it.
  it.each(['3.1', '3.11'])('tells a visitor on Windows %s to update the system, and offers no browser that cannot run there', (windows) => {
    expect(evaluate(ie5On(windows), { browsers: OPEN, now: TODAY })).toMatchObject({ action: 'update-os', recommend: [] });
  });

  it('offers current browsers on a Windows NT version it cannot place (NT 11.0), rather than telling the visitor the system is too old', () => {
    const firefox60 = 'Mozilla/5.0 (Windows NT 11.0; Win64; x64; rv:60.0) Gecko/20100101 Firefox/60.0';
    expect(evaluate(firefox60, { browsers: OPEN, now: TODAY })).toMatchObject({ status: 'outdated', action: 'update', recommend: ['firefox', 'chrome', 'edge'] });
  });
});

describe('a Mac that hides its macOS version', () => {
  const mac = (tail: string) => `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) ${tail}`;

  it('asks a Safari newer than every row (on a current macOS) to update itself, with every browser as an alternative', () => {
    // safari-macos.ts: the newest row is Safari 26; a newer one runs on a current macOS. The
    // policy is one a site may write once Safari 28 is out (browserslist knows no such version yet).
    const open = compilePolicy(OPEN);
    const browsers = { ...open, agents: { ...open.agents, safari: '28' } };
    expect(evaluate(mac('Version/27.0 Safari/605.1.15'), { browsers, now: TODAY })).toMatchObject({
      status: 'outdated',
      action: 'update',
      recommend: ['firefox', 'chrome', 'edge'],
    });
  });

  it('does not ask an outdated Opera to update itself (the newest Opera may not run on that macOS), but sends it to a browser', () => {
    const opera = 'Chrome/100.0.4896.127 Safari/537.36 OPR/86.0.4363.59';
    expect(evaluate(mac(opera), { browsers: OPEN, now: TODAY })).toMatchObject({ status: 'outdated', agent: 'opera', action: 'switch' });
    // Where the system is known to run current versions, Opera is asked to update itself.
    const windows10 = `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) ${opera}`;
    expect(evaluate(windows10, { browsers: OPEN, now: TODAY })).toMatchObject({ action: 'update' });
  });
});

describe('the `insecure` option at its limits', () => {
  const chromeOnWindows7 = (version: string) =>
    `Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${version}.0.0.0 Safari/537.36`;

  it('calls Chrome 109 on Windows 7 insecure from 10 January 2023, the first day without fixes, not the day before', () => {
    // os-limits.ts, Windows 7–8.1: chrome [109, '2023-01-10'], the day fixes ENDED.
    expect(evaluate(chromeOnWindows7('109'), { now: day('2023-01-10'), insecure: true }).status).toBe('insecure');
    expect(evaluate(chromeOnWindows7('109'), { now: day('2023-01-09'), insecure: true }).status).toBe('supported');
  });

  it('never calls a Chrome above the last for Windows 7 (a fork that keeps patching it) insecure', () => {
    expect(evaluate(chromeOnWindows7('120'), { browsers: 'chrome >= 109', now: TODAY, insecure: true }).status).toBe('supported');
  });

  it('never calls a browser insecure that the table does not cover, and judges it without error (Internet Explorer 11 on Windows 7)', () => {
    const ie11 = 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko';
    expect(evaluate(ie11, { browsers: 'ie >= 11', now: TODAY, insecure: true })).toMatchObject({ status: 'supported', action: 'none' });
  });

  it('never calls a browser insecure on a system older than every row, where no source names its end (Firefox 16 on Mac OS X 10.5)', () => {
    const firefox16 = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.5; rv:16.0) Gecko/20100101 Firefox/16.0';
    expect(evaluate(firefox16, { browsers: 'firefox >= 16', now: TODAY, insecure: true })).toMatchObject({ status: 'supported', action: 'none' });
  });

  it('judges Edge on Windows XP, where Edge never ran (a forged user agent), without error and not as insecure', () => {
    const edgeXp = 'Mozilla/5.0 (Windows NT 5.1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/100.0.0.0 Safari/537.36 Edg/100.0.0.0';
    expect(evaluate(edgeXp, { browsers: 'edge >= 79', now: TODAY, insecure: true })).toMatchObject({ status: 'supported', action: 'none' });
  });
});

describe('advice for a visitor who gets no notice', () => {
  // The script tag's second stage advises every verdict (src/detect/judge.ts), not only the notified.
  it.each(['supported', 'bot', 'unknown'])('asks a %s visitor nothing and recommends no browser', (status) => {
    const input = { status, agent: 'ie', version: '8', os: { name: 'Windows', version: 'XP' } };
    expect(advise(input, compilePolicy('chrome >= 109'), false, '2026-11-30')).toEqual({ action: 'none', recommend: [] });
  });
});
