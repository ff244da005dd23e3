import { describe, expect, it } from 'vitest';
import { createEvaluator, evaluate } from '@lib/node';

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

  it('refuses a size below 1', () => {
    expect(() => createEvaluator({ cacheSize: 0 })).toThrow(/at least 1, got 0/);
  });
});
