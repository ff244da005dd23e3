import { describe, expect, it } from 'vitest';
import { compilePolicy, evaluate, type Policy } from '@lib/node';
import { ALL_USER_AGENTS as UAS, DATASET } from '../data';
import { firstStageGate, gateThresholds } from '../../src/gate/thresholds';
import { FAST_PATTERNS, FIRST_STAGE_PATTERNS } from '../../src/gate/patterns';
import { recognisesSupported } from '../../src/gate/recognise';

const POLICIES: Record<string, Policy> = {
  defaults: compilePolicy('defaults'),
  'last 2 versions': compilePolicy('last 2 versions'),
  '> 0.5%, not dead': compilePolicy('> 0.5%, not dead'),
  'chrome 120, firefox 115, safari 16.4': compilePolicy('chrome >= 120, firefox >= 115, safari >= 16.4, ios_saf >= 16.4, edge >= 120'),
  'safari and ios only': compilePolicy('safari >= 15, ios_saf >= 15'),
};

describe('the first stage\'s gate', () => {
  it.each(Object.keys(POLICIES))('is sound under %s: whatever it calls supported, evaluate does too', (name) => {
    for (const strict of [false, true]) {
      // Every shape (the server's fast path) and the first stage's share.
      const gates: Array<[typeof FAST_PATTERNS, Array<string | null>]> = [
        [FAST_PATTERNS, gateThresholds(POLICIES[name]!, strict)],
        [FIRST_STAGE_PATTERNS, firstStageGate(POLICIES[name]!, strict)],
      ];
      for (const [patterns, gate] of gates) for (const touch of [false, true]) {
        for (const ua of UAS) {
          if (!recognisesSupported(ua, patterns, gate, touch)) continue;
          const verdict = evaluate(ua, { browsers: POLICIES[name], strict, maxTouchPoints: touch ? 5 : 0 });
          if (verdict.status !== 'supported') expect({ ua, strict, touch, status: verdict.status }).toBeNull();
        }
      }
    }
  });

  it('recognises, in its first-stage share, at least 95 % of the weighted traffic that `defaults` supports', () => {
    const gate = firstStageGate(POLICIES.defaults!, false);
    let supported = 0;
    let recognised = 0;
    for (const { userAgent, weight } of DATASET) {
      if (evaluate(userAgent, { browsers: POLICIES.defaults }).status === 'supported') supported += weight;
      if (recognisesSupported(userAgent, FIRST_STAGE_PATTERNS, gate, false)) recognised += weight;
    }
    expect(recognised / supported).toBeGreaterThanOrEqual(0.95);
  });

  it('never passes an agent the policy leaves out', () => {
    const gate = gateThresholds(POLICIES['safari and ios only']!, false);
    const chrome = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Safari/537.36';
    expect(recognisesSupported(chrome, FAST_PATTERNS, gate, false)).toBe(false);
  });
});
