import { describe, expect, it, vi } from 'vitest';
import { createEvaluator, evaluate, OldBrowserNoticeError } from '@lib/node';

const IE11 = 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko';
const chrome = (major: number) =>
  `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${major}.0.0.0 Safari/537.36`;

describe('createEvaluator (LRU cache)', () => {
  it('gives the same verdicts as evaluate, for its options', () => {
    const judge = createEvaluator({ browsers: 'chrome >= 120' });
    expect(judge(IE11)).toEqual(evaluate(IE11, { browsers: 'chrome >= 120' }));
    expect(judge(chrome(119)).status).toBe('outdated');
    expect(judge(undefined).status).toBe('unknown');
  });

  it('answers a repeated user agent from the cache, frozen', () => {
    const judge = createEvaluator();
    const first = judge(IE11);
    expect(judge(IE11)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => {
      (first.recommend as string[]).push('x');
    }).toThrow();
  });

  it('keeps at most cacheSize user agents, dropping the least recently used', () => {
    const judge = createEvaluator({ cacheSize: 2 });
    const a = judge(chrome(120));
    const b = judge(chrome(121));
    expect(judge(chrome(120))).toBe(a); // a is now the most recent
    judge(chrome(122)); // evicts b
    expect(judge(chrome(120))).toBe(a);
    expect(judge(chrome(121))).not.toBe(b);
  });

  it('starts afresh on a new day when judging as of now: the advice follows the end of security fixes', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-02-23T23:00:00Z'));
      const judge = createEvaluator({ browsers: 'firefox >= 115' });
      const before = judge(IE11);
      expect(before).toMatchObject({ action: 'switch', recommend: ['firefox'] });
      expect(judge(IE11)).toBe(before);
      // Firefox 115 ESR's fixes for Windows 7 end on 24 February 2026.
      vi.setSystemTime(new Date('2026-02-24T01:00:00Z'));
      expect(judge(IE11)).toMatchObject({ action: 'update-os', recommend: [] });
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps its verdicts for a fixed `now`', () => {
    const judge = createEvaluator({ browsers: 'firefox >= 115', now: new Date('2026-01-15') });
    const first = judge(IE11);
    expect(first).toMatchObject({ action: 'switch', recommend: ['firefox'] });
    expect(judge(IE11)).toBe(first);
  });

  it('refuses a size below 1', () => {
    // The library's own error, in one line that quotes the value: never a RangeError.
    expect(() => createEvaluator({ cacheSize: 0 })).toThrow(/^`cacheSize` must be a number of user agents from 1 up, e\.g\. `5000`, got `0`\.$/);
    expect(() => createEvaluator({ cacheSize: 0 })).toThrow(OldBrowserNoticeError);
  });
});
