import { describe, expect, it } from 'vitest';
import { checkRequest, evaluate } from '@lib/node';

const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
const CRAWLER = 'Googlebot/2.1';

/** IE 11's user agent, padded with spaces so that the crawler's name starts at character `at` (counted from 0). */
const crawlerNameAt = (at: number) => IE11 + ' '.repeat(at - IE11.length) + CRAWLER;

// ua-parser-js reads only 500 characters by itself, but the bot, device and engine rules read
// what they are given: the cap decides what they see. A crawler's name counts in the first 512
// characters, and not after them (the cost of a hostile megabyte is in bench/redos.bench.ts).
describe('a user agent is read up to its 512th character', () => {
  it('reads a crawler name that ends at character 512', () => {
    const ua = crawlerNameAt(512 - CRAWLER.length);
    expect(ua).toHaveLength(512);
    expect(evaluate(ua).status).toBe('bot');
    expect(checkRequest({ 'user-agent': ua }).status).toBe('bot');
  });

  it('does not read one that starts after it, in a user agent of any length', () => {
    for (const ua of [crawlerNameAt(512), crawlerNameAt(513), crawlerNameAt(1_000_000)]) {
      expect(evaluate(ua)).toEqual(evaluate(IE11));
      expect(evaluate(ua).status).toBe('unsupported');
      expect(checkRequest({ 'user-agent': ua }).status).toBe('unsupported');
    }
  });
});
