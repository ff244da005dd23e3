import { describe, expect, it } from 'vitest';
import { compilePolicy, evaluate, type Policy } from '@lib/node';
import { gateAccepts } from '../../src/gate/accepts';
import { atLeastInteger, gateRegex } from '../../src/gate/gate-regex';
import { firstStageShapes } from '../../src/gate/first-stage-shapes';
import { FAST_PATTERNS } from '../../src/gate/patterns';
import { firstStageGate, gateThresholds } from '../../src/gate/thresholds';
import { ALL_USER_AGENTS as UAS, DATASET } from '../data';

const POLICIES: Record<string, Policy> = {
  defaults: compilePolicy('defaults'),
  'last 2 versions': compilePolicy('last 2 versions'),
  '> 0.5%, not dead': compilePolicy('> 0.5%, not dead'),
  'chrome 120, firefox 115, safari 16.4': compilePolicy('chrome >= 120, firefox >= 115, safari >= 16.4, ios_saf >= 16.4, edge >= 120'),
  'safari and ios only': compilePolicy('safari >= 15, ios_saf >= 15'),
};

describe('version ranges as regular expressions', () => {
  it.each([0, 1, 9, 10, 99, 100, 109, 120, 153, 999, 1000])('>= %i matches exactly the numbers from it up', (n) => {
    const range = new RegExp(`^${atLeastInteger(n)}$`);
    for (let x = 0; x < 3000; x++) expect(range.test(String(x)), String(x)).toBe(x >= n);
    expect(range.test('0' + String(n + 1))).toBe(false);
  });
});

describe('the first stage\'s gate', () => {
  it.each(Object.keys(POLICIES))('is sound under %s: whatever it accepts, evaluate calls supported', (name) => {
    const policy = POLICIES[name]!;
    for (const strict of [false, true]) {
      const check = (gate: RegExp, touch: boolean) => {
        for (const ua of UAS) {
          if (!gateAccepts(ua, gate)) continue;
          const verdict = evaluate(ua, { browsers: policy, strict, maxTouchPoints: touch ? 5 : 0 });
          if (verdict.status !== 'supported') expect({ ua, strict, touch, status: verdict.status }).toBeNull();
        }
      };
      // The first stage's gate, on a Mac with and without touch (an iPad in desktop mode).
      check(firstStageGate(policy, strict), false);
      check(firstStageGate(policy, strict), true);
      // Every fast-path shape bounded the same way: the thresholds themselves are sound.
      check(gateRegex(FAST_PATTERNS, gateThresholds(policy, strict)), false);
    }
  });

  it('has only shapes narrower than the fast path\'s, so that their thresholds hold', () => {
    for (const strict of [false, true]) {
      for (const shape of firstStageShapes(strict)) {
        for (const ua of UAS) {
          if (!shape.pattern.test(ua)) continue;
          expect({ ua, wider: shape.narrows.some((wider) => wider.pattern.test(ua)) }).toEqual({ ua, wider: true });
        }
      }
    }
  });

  it('accepts at least 95 % of the weighted traffic that `defaults` supports', () => {
    const gate = firstStageGate(POLICIES.defaults!, false);
    let supported = 0;
    let accepted = 0;
    for (const { userAgent, weight } of DATASET) {
      if (evaluate(userAgent, { browsers: POLICIES.defaults }).status === 'supported') supported += weight;
      if (gateAccepts(userAgent, gate)) accepted += weight;
    }
    expect(accepted / supported).toBeGreaterThanOrEqual(0.95);
  });

  it('never accepts a browser the policy leaves out, or one just below its minimum', () => {
    const chrome = (major: number) =>
      `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${major}.0.0.0 Safari/537.36`;
    expect(gateAccepts(chrome(157), firstStageGate(POLICIES['safari and ios only']!, false))).toBe(false);
    const gate = firstStageGate(compilePolicy('chrome >= 120'), false);
    expect(gateAccepts(chrome(119), gate)).toBe(false);
    expect(gateAccepts(chrome(120), gate)).toBe(true);
  });
});
