import { describe, expect, it } from 'vitest';
import { compilePolicy, createEvaluator, DEFAULT_POLICY, evaluate, parseSimpleQuery, type Policy } from '@lib/node';
import { evaluate as evaluateUniversal } from '@lib/universal';

// What `browsers` stands for must not depend on what was asked before: a query is read by the
// entry it is given to, and a policy is checked as it is when it is used.

const CHROME_100 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/100.0.4896.75 Safari/537.36';

describe('a query', () => {
  it('that only the Node entry can read is refused by the browser entry, before and after the Node entry compiled it', () => {
    // Two queries, so that each order is seen once in a process that may have compiled either.
    const first = '> 0.5%, last 2 versions, not dead';
    const second = 'last 3 versions, not dead';
    // (By its message: in the built files each entry has its own error class.)
    expect(() => evaluateUniversal(CHROME_100, { browsers: first })).toThrow(/only entries like `chrome >= 109`/);
    expect(evaluate(CHROME_100, { browsers: first }).agent).toBe('chrome');
    expect(() => evaluateUniversal(CHROME_100, { browsers: first })).toThrow(/only entries like `chrome >= 109`/);
    expect(evaluate(CHROME_100, { browsers: second }).agent).toBe('chrome');
    expect(() => evaluateUniversal(CHROME_100, { browsers: second })).toThrow(/only entries like `chrome >= 109`/);
  });

  it('that both entries read means the same to each, compiled by each', () => {
    const query = 'chrome >= 101, firefox >= 115';
    expect(evaluateUniversal(CHROME_100, { browsers: query }).minimum).toBe('101');
    expect(evaluate(CHROME_100, { browsers: query }).minimum).toBe('101');
  });
});

describe('a compiled policy', () => {
  it('as this library compiles it cannot be changed afterwards', () => {
    for (const policy of [compilePolicy('chrome >= 109'), parseSimpleQuery('chrome >= 109')]) {
      expect(evaluate(CHROME_100, { browsers: policy }).status).toBe('outdated');
      expect(() => {
        policy.agents.chrome = 'banana';
      }).toThrow(TypeError);
      expect(evaluate(CHROME_100, { browsers: policy }).status).toBe('outdated');
    }
  });

  it('written by hand is checked each time it is used: a change to a wrong version is refused, a right one is read', () => {
    // createEvaluator reads its options once, and judges each new user agent with them.
    const policy: Policy = { query: 'by hand', caniuse: null, agents: { chrome: '109' } };
    const judge = createEvaluator({ browsers: policy });
    expect(judge(CHROME_100).status).toBe('outdated');
    policy.agents.chrome = 'banana';
    expect(() => judge(CHROME_100.replace('Chrome/100', 'Chrome/101'))).toThrow(/Invalid policy/);
    expect(() => evaluate(CHROME_100, { browsers: policy })).toThrow(/Invalid policy/);
    policy.agents.chrome = '99';
    expect(judge(CHROME_100.replace('Chrome/100', 'Chrome/102')).status).toBe('supported');
  });

  it('as built in, `defaults`, cannot be changed either', () => {
    expect(() => {
      DEFAULT_POLICY.agents.chrome = 'banana';
    }).toThrow(TypeError);
  });
});
