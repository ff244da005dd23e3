import { describe, expect, it } from 'vitest';
import { evaluate, OldBrowserNoticeError, parseSimpleQuery } from '@lib/universal';

const IE11 = 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko';
const CHROME_120 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';

describe('parseSimpleQuery (the usage-free subset)', () => {
  it('reads agent >= version lists, aliases, ranges and op_mini all', () => {
    const policy = parseSimpleQuery('Chrome >= 109, FirefoxAndroid >= 115 or iOS >= 15.4, ios_saf 15.2-15.3, op_mini all');
    expect(policy.agents).toEqual({ chrome: '109', and_ff: '115', ios_saf: '15.2', op_mini: 'all' });
    expect(policy.caniuse).toBeNull();
  });

  it.each([['chrome >= banana'], ['> 0.5%'], ['last 2 versions'], ['netscape >= 4'], ['chrome all']])(
    'rejects `%s` with the fix',
    (query) => {
      expect(() => parseSimpleQuery(query)).toThrow(OldBrowserNoticeError);
      expect(() => parseSimpleQuery(query)).toThrow(/`.+`/);
    },
  );

  it('says to compile queries that need usage data', () => {
    expect(() => parseSimpleQuery('> 0.5%')).toThrow(/npx old-browser-notice policy/);
  });
});

describe('evaluate in the universal entry', () => {
  it('uses the built-in defaults policy', () => {
    expect(evaluate(IE11).status).toBe('unsupported');
    expect(evaluate(CHROME_120).status).toBe('supported');
  });

  it('takes a simple query or a compiled policy', () => {
    expect(evaluate(CHROME_120, { browsers: 'chrome >= 121' }).status).toBe('outdated');
    expect(evaluate(IE11, { browsers: { query: 'ie 11', caniuse: null, agents: { ie: '11' } } }).status).toBe('supported');
  });

  it('rejects a malformed policy object with a clear error', () => {
    expect(() => evaluate(CHROME_120, { browsers: { agents: { chrome: 'banana' } } as never })).toThrow(
      /Invalid policy/,
    );
  });
});
