import { describe, expect, it } from 'vitest';
import { evaluate } from '@lib/node';
import { REDOS_SHAPES, userAgentPatterns } from '../redos';

// Timing is bounded in bench/redos.bench.js; here every pair must simply finish and agree with itself.
describe('every user-agent regular expression on the classic ReDoS shapes at 512 characters', () => {
  const patterns = userAgentPatterns();

  it(`covers the rules (${patterns.length} expressions × ${REDOS_SHAPES.length} shapes)`, () => {
    expect(patterns.length).toBeGreaterThan(40);
    for (const { pattern } of patterns) {
      for (const { input } of REDOS_SHAPES) {
        pattern.lastIndex = 0;
        const first = pattern.exec(input);
        pattern.lastIndex = 0;
        expect(pattern.exec(input)).toEqual(first);
      }
    }
  });

  it.each(REDOS_SHAPES.map((shape) => [shape.name, shape.input] as const))('evaluate survives %s', (_name, input) => {
    expect(evaluate(input).status).toMatch(/^(supported|outdated|unsupported|unknown|bot)$/);
  });
});
