import { describe, expect, it } from 'vitest';
import { compilePolicy } from '@lib/node';
import { patternAccepts } from '../../src/first-stage/accepts';
import { compileGate, NEVER, versionNumber, type Gate } from '../../src/first-stage/gate';
import { gatedPattern, versionAtLeast } from '../../src/first-stage/gated-pattern';
import { FIRST_STAGE_PATTERN, GATE_GROUPS } from '../../src/first-stage/shapes.generated';
import { EVERY_USER_AGENT } from '../conformance/corpus';

// The Node entry's needsNotice answers "current browser" with one regular expression that holds
// the policy's minimums (gated-pattern.ts), and sends everything it does not accept straight to
// the full rules. That is only right if it accepts exactly what the first stage's pattern and
// gate accept: checked here over every corpus user agent, and over versions written around
// every bound (the corpus has few versions just below or above a minimum).

const POLICIES = {
  defaults: compilePolicy('defaults'),
  'tight minors': compilePolicy('chrome >= 130, and_chr >= 130, firefox >= 140, safari >= 26.1, ios_saf >= 18.5, edge >= 130, samsung >= 27.1, opera >= 120'),
  'old floor': compilePolicy('chrome >= 49, firefox >= 52, safari >= 9, ios_saf >= 9, edge >= 15, ie >= 11, samsung >= 5'),
  'firefox only': compilePolicy('firefox >= 115'),
  'iPad above Mac': compilePolicy('safari >= 15, ios_saf >= 26, chrome >= 109, firefox >= 115'),
};

/** Every gate side to check: each policy, not strict and strict, without and with touch points. */
const SIDES = Object.entries(POLICIES).flatMap(([name, policy]) =>
  [false, true].flatMap((strict) => {
    const gate = compileGate(policy.agents, strict);
    return ([0, 1] as const).map((touch) => ({ name: `${name}${strict ? ', strict' : ''}${touch ? ', touch' : ''}`, gate, touch }));
  }),
);

const firstStageAccepts = (ua: string, gate: Gate, touch: 0 | 1) => patternAccepts(ua, FIRST_STAGE_PATTERN, gate, () => (touch ? 5 : undefined));

/** Versions written around a bound: one below, at, one above, ten times, in the ways a user agent writes them. */
function versionsAround(bound: number): string[] {
  const major = Math.floor(bound / 1000);
  const minor = bound % 1000;
  const numbers = [bound - 1, bound, bound + 1, bound - 1000, bound + 1000, bound * 10, 0, 1000];
  return numbers.filter((n) => n >= 0).flatMap((n) => {
    const [M, m] = [Math.floor(n / 1000), n % 1000];
    return [`${M}`, `${M}.${m}`, `${M}_${m}`, `${M}.${m}.0.1`, `${M}.${m}9`, `0${M}.${m}`, `${M}.0${m}`, `${M}00000.${m}`, `${M}.${m}000`, `${M}..${m}`, `.${m}`, `${M}.`];
  }).concat([`${major}.${minor}`, `${major}`, '_', '.']);
}

describe('the gated first-stage pattern', () => {
  it('is made from the generated pattern: one version group for each of the gate’s groups', () => {
    expect(gatedPattern(compileGate(POLICIES.defaults.agents, false)[0])).toBeInstanceOf(RegExp);
    expect(gatedPattern([0])).toBeNull();
  });

  it('reads a version as versionNumber does, around every bound of every policy', () => {
    const bounds = new Set(SIDES.flatMap(({ gate, touch }) => gate[touch]).filter((bound) => bound < NEVER));
    for (const bound of [...bounds, 1, 999, 1000, 1001, 99_999_000, 99_999_999, 100_000_000]) {
      const pattern = new RegExp(`^(?:${versionAtLeast(bound)})$`);
      const wrong = versionsAround(bound).filter((version) => pattern.test(version) !== versionNumber(version) >= bound);
      expect(wrong.map((version) => `${version} against ${bound}`)).toEqual([]);
    }
  });

  for (const { name, gate, touch } of SIDES) {
    it(`accepts what the first stage accepts, for every corpus user agent, under ${name}`, () => {
      const gated = gatedPattern(gate[touch])!;
      const within = EVERY_USER_AGENT.filter((ua) => ua.length <= 512);
      const disagree = within.filter((ua) => gated.test(ua) !== firstStageAccepts(ua, gate, touch));
      expect(disagree.slice(0, 5)).toEqual([]);
    });
  }

  it('accepts what the first stage accepts with each version group written around its bound', () => {
    // For each version group, corpus user agents that have it, with its version swapped for
    // versions around the group's bound under every policy.
    const withIndices = new RegExp(FIRST_STAGE_PATTERN.source, 'd');
    const examples = GATE_GROUPS.map((_, group) => EVERY_USER_AGENT.filter((ua) => withIndices.exec(ua)?.[group + 1] !== undefined).slice(0, 3));
    let checked = 0;
    const answers = new Set<boolean>();
    for (const { name, gate, touch } of SIDES) {
      const gated = gatedPattern(gate[touch])!;
      examples.forEach((uas, group) => {
        for (const ua of uas) {
          // The `d` flag's indices: where the version group matched (not in this project's ES lib types).
          const [start, end] = (withIndices.exec(ua) as unknown as { indices: Array<[number, number]> }).indices[group + 1]!;
          for (const version of versionsAround(Math.min(gate[touch][group]!, 99_999_999))) {
            const swapped = ua.slice(0, start) + version + ua.slice(end);
            const expected = firstStageAccepts(swapped, gate, touch);
            answers.add(expected);
            checked++;
            if (gated.test(swapped) !== expected) expect(`${name}: ${swapped}`).toBe(`answered ${expected}`);
          }
        }
      });
    }
    expect(examples.every((uas) => uas.length > 0)).toBe(true);
    expect(answers).toEqual(new Set([true, false]));
    expect(checked).toBeGreaterThan(1000);
  });
});
