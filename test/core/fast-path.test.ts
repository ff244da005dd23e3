import { describe, expect, it } from 'vitest';
import { compilePolicy, evaluate, type Policy } from '@lib/node';
import { EVERY_USER_AGENT as UAS } from '../conformance/corpus';

const POLICIES: Record<string, Policy> = {
  defaults: compilePolicy('defaults'),
  'last 2 versions': compilePolicy('last 2 versions'),
  'chrome >= 120 …': compilePolicy('chrome >= 120, firefox >= 115, safari >= 16.4, ios_saf >= 16.4, edge >= 120'),
  'safari 15 only': compilePolicy('safari >= 15, ios_saf >= 15'),
};

describe('the fast path', () => {
  it.each(Object.keys(POLICIES))('gives exactly the full parse\'s verdict for every user agent, under %s', (name) => {
    for (const strict of [false, true]) {
      for (const ua of UAS) {
        const options = { browsers: POLICIES[name], strict };
        const fast = evaluate(ua, options);
        const full = evaluate(ua, { ...options, fastPath: false });
        if (JSON.stringify(fast) !== JSON.stringify(full)) expect({ ua, fast }).toEqual({ ua, fast: full });
      }
    }
  }, 60_000);
});
