import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePolicy, evaluate, type Policy } from '@lib/node';
import { gateAccepts, patternAccepts } from '../../src/first-stage/accepts';
import { firstStageGate } from '../../src/first-stage/policy-gate';
import { FIRST_STAGE_PATTERN, FIRST_STAGE_SHAPES } from '../../src/first-stage/shapes.generated';
import { EVERY_USER_AGENT } from '../conformance/corpus';

// Three readers judge a user agent: the script tag's first stage (shapes and a gate), the
// server's fast path, and the full rules. Whatever a forged user agent holds, they must not
// disagree: the fast path gives exactly the full rules' verdict, and whatever the first
// stage lets through without loading the second, the full rules never notify. Here the
// user agents are real ones, mutated the ways forgeries and broken clients differ from them.

const POLICIES: Record<string, Policy> = {
  defaults: compilePolicy('defaults'),
  'tight minors': compilePolicy('chrome >= 130, and_chr >= 130, firefox >= 140, safari >= 26.1, ios_saf >= 18.5, edge >= 130, samsung >= 27.1'),
};

// The user agents the first stage reads are the interesting ones; some others for the rest.
const readByFirstStage = EVERY_USER_AGENT.filter((ua) => FIRST_STAGE_PATTERN.test(ua));
const others = EVERY_USER_AGENT.filter((_, i) => i % 40 === 0);
const BASE = [...readByFirstStage, ...others];

const FOREIGN = ['Trident/7.0', 'KAIOS/2.0', 'BB10', 'Edge/18', 'Chrome/30', 'Firefox/50', 'Googlebot/2.1', 'SmartTV', 'OPR/40', 'Version/9.0', 'MSIE 6.0', 'wv', 'CrKey/1.56', 'UCBrowser/11.1'];
const UNICODE_DIGITS = ['٣', '３', '𝟕', '۹', '८'];

/** One mutation: what it does, applied to a user agent with a seed. */
type Mutation = (ua: string, pick: number) => string;

const tokens = (ua: string) => ua.split(' ');
const MUTATIONS: Record<string, Mutation> = {
  'swap two tokens': (ua, pick) => {
    const t = tokens(ua);
    if (t.length < 2) return ua;
    const i = pick % t.length;
    const j = (pick >> 3) % t.length;
    [t[i], t[j]] = [t[j]!, t[i]!];
    return t.join(' ');
  },
  'double a token': (ua, pick) => {
    const t = tokens(ua);
    const i = pick % t.length;
    t.splice(i, 0, t[i]!);
    return t.join(' ');
  },
  'a foreign token in the Android model field': (ua, pick) => {
    const token = FOREIGN[pick % FOREIGN.length]!;
    return /Android [\d.]+; /.test(ua) ? ua.replace(/(Android [\d.]+; )([^;)]*)/, `$1$2 ${token}`) : ua.replace(/^Mozilla\/5\.0 \(Linux; Android ([\d.]+)\)/, `Mozilla/5.0 (Linux; Android $1; K ${token})`);
  },
  'a foreign token at the end': (ua, pick) => `${ua} ${FOREIGN[pick % FOREIGN.length]}`,
  'a long run of digits': (ua, pick) => {
    const runs = [...ua.matchAll(/\d+/g)];
    if (!runs.length) return ua;
    const run = runs[pick % runs.length]!;
    const long = pick % 2 ? '0'.repeat(6) + String(pick % 10) : String(pick).repeat(4);
    return ua.slice(0, run.index) + run[0] + long + ua.slice(run.index! + run[0].length);
  },
  'a minor of zeros and a digit': (ua, pick) => {
    const minors = [...ua.matchAll(/(\d)([._])(\d+)/g)];
    if (!minors.length) return ua;
    const minor = minors[pick % minors.length]!;
    const at = minor.index! + 2;
    return ua.slice(0, at) + '0'.repeat(3 + (pick % 5)) + String(1 + (pick % 9)) + ua.slice(at + minor[3]!.length);
  },
  'a Unicode digit': (ua, pick) => {
    const at = [...ua.matchAll(/\d/g)];
    if (!at.length) return ua;
    const i = at[pick % at.length]!.index!;
    return ua.slice(0, i) + UNICODE_DIGITS[pick % UNICODE_DIGITS.length] + ua.slice(i + 1);
  },
  'a token with its case flipped': (ua, pick) => {
    const t = tokens(ua);
    const i = pick % t.length;
    t[i] = t[i] === t[i]!.toLowerCase() ? t[i]!.toUpperCase() : t[i]!.toLowerCase();
    return t.join(' ');
  },
};

const notified = (status: string) => status === 'outdated' || status === 'unsupported';

const mutated = fc
  .tuple(fc.constantFrom(...BASE), fc.array(fc.tuple(fc.constantFrom(...Object.keys(MUTATIONS)), fc.nat()), { minLength: 1, maxLength: 3 }))
  .map(([ua, steps]) => steps.reduce((acc, [name, pick]) => MUTATIONS[name]!(acc, pick), ua));

describe('the first stage, the server fast path and the full rules read alike', () => {
  it.each(Object.keys(POLICIES))('on mutated real user agents, under %s: 0 disagreements', (name) => {
    const policy = POLICIES[name]!;
    const gates = [firstStageGate(policy, false), firstStageGate(policy, true)];
    let accepted = 0;
    fc.assert(
      fc.property(mutated, fc.boolean(), fc.constantFrom(0, 5), (ua, strict, touch) => {
        const full = evaluate(ua, { browsers: policy, strict, fastPath: false, maxTouchPoints: touch });
        // The fast path never runs with touch (an iPad in desktop mode): the full rules decide.
        const fast = evaluate(ua, { browsers: policy, strict, maxTouchPoints: touch });
        expect({ ua, fast }).toEqual({ ua, fast: full });
        const gate = gates[strict ? 1 : 0]!;
        const first = gateAccepts(ua, FIRST_STAGE_SHAPES, gate, () => touch);
        expect({ ua, lazy: patternAccepts(ua, FIRST_STAGE_PATTERN, gate, () => touch) }).toEqual({ ua, lazy: first });
        if (first) {
          accepted++;
          expect({ ua, strict, touch, notified: notified(full.status) }).toEqual({ ua, strict, touch, notified: false });
        }
      }),
      { numRuns: 5000, seed: 20261207 },
    );
    // Most mutations break a current browser's shape, which sends it to the second stage; enough
    // must keep it (long digit runs, a model's word) for the first stage to be tested at all.
    expect(accepted).toBeGreaterThan(100);
  }, 120_000);
});
