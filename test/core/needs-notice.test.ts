import { describe, expect, it } from 'vitest';
import { compilePolicy, evaluate, needsNotice, type EvaluateOptions, type Policy } from '@lib/node';
import { evaluate as evaluateUniversal, needsNotice as needsNoticeUniversal } from '@lib/universal';
import { FIRST_STAGE_PATTERN } from '../../src/first-stage/shapes.generated';
import { EVERY_USER_AGENT } from '../conformance/corpus';

// needsNotice answers "would evaluate notify this visitor?" — the first stage's shape matcher
// for current browsers in the common shapes, the full rules for the rest. A site that asks it
// instead of evaluate must never get another answer: checked over every user agent the project
// has (fixtures, the user-agents dataset, the parsers' fixtures, the crawlers), under policies
// that move each version group, and with every option that changes the answer.

const notified = (status: string) => status === 'outdated' || status === 'unsupported' || status === 'insecure';

const POLICIES: Record<string, Policy> = {
  defaults: compilePolicy('defaults'),
  'tight minors': compilePolicy('chrome >= 130, and_chr >= 130, firefox >= 140, safari >= 26.1, ios_saf >= 18.5, edge >= 130, samsung >= 27.1, opera >= 120'),
  'old floor': compilePolicy('chrome >= 49, firefox >= 52, safari >= 9, ios_saf >= 9, edge >= 15, ie >= 11, samsung >= 5'),
  'firefox only': compilePolicy('firefox >= 115'),
  'last 1 version': compilePolicy('last 1 version'),
  // An iPad in desktop mode says it is a Mac: only the touch points tell which minimum applies.
  'iPad above Mac': compilePolicy('safari >= 15, ios_saf >= 26, chrome >= 109, firefox >= 115'),
};

const OPTIONS: Record<string, EvaluateOptions> = {
  plain: {},
  strict: { strict: true },
  'insecure, 1 March 2026': { insecure: true, now: Date.UTC(2026, 2, 1) },
  'a Mac with touch': { maxTouchPoints: 5 },
};

describe('needsNotice', () => {
  for (const [policyName, policy] of Object.entries(POLICIES)) {
    for (const [optionsName, extra] of Object.entries(OPTIONS)) {
      it(`answers as evaluate for every corpus user agent, under ${policyName}, ${optionsName}`, () => {
        const options = { browsers: policy, ...extra };
        const disagree = EVERY_USER_AGENT.filter((ua) => needsNotice(ua, options) !== notified(evaluate(ua, options).status));
        expect(disagree.slice(0, 5)).toEqual([]);
      });
    }
  }

  it('answers for the first stage’s shapes both ways: current ones no, old ones yes', () => {
    // The shape matcher's own answer is only ever "no"; an old browser in a common shape
    // goes on to the full rules. Both must happen in the corpus for the checks above to mean it.
    const options = { browsers: POLICIES['tight minors']! };
    const shaped = EVERY_USER_AGENT.filter((ua) => FIRST_STAGE_PATTERN.test(ua));
    const answers = new Set(shaped.map((ua) => needsNotice(ua, options)));
    expect(answers).toEqual(new Set([true, false]));
  });

  it('answers as evaluate in the browser entry, with an `agent >= version` query', () => {
    const options = { browsers: 'chrome >= 120, firefox >= 128, safari >= 17, ios_saf >= 17, edge >= 120, samsung >= 25' };
    const sample = EVERY_USER_AGENT.filter((_, i) => i % 3 === 0);
    const disagree = sample.filter((ua) => needsNoticeUniversal(ua, options) !== notified(evaluateUniversal(ua, options).status));
    expect(disagree.slice(0, 5)).toEqual([]);
  });

  it('follows a policy whose agents its owner changes between calls (only frozen ones are kept compiled)', () => {
    const chrome120 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';
    const agents: Record<string, string> = { chrome: '110' };
    const policy = { agents } as unknown as Policy;
    expect(needsNotice(chrome120, { browsers: policy })).toBe(false);
    agents.chrome = '130';
    expect(needsNotice(chrome120, { browsers: policy })).toBe(notified(evaluate(chrome120, { browsers: policy }).status));
    expect(needsNotice(chrome120, { browsers: policy })).toBe(true);
  });

  it('takes any input as evaluate does: no user agent is no notice, a hostile megabyte is quick', () => {
    for (const ua of [undefined, null, 42 as unknown as string, '', ' ', 'x'.repeat(1 << 20), `Mozilla/5.0 (${'('.repeat(1 << 20)}`]) {
      expect(needsNotice(ua, { browsers: 'defaults' })).toBe(notified(evaluate(ua, { browsers: 'defaults' }).status));
    }
  });

  it('refuses the options evaluate refuses, with the same message', () => {
    const messageOf = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    };
    for (const options of [{ browsers: 7 }, { now: 'tomorrow' }, { strict: 'yes' }] as unknown as EvaluateOptions[]) {
      expect(messageOf(() => evaluate('', options))).not.toBe('no error');
      expect(messageOf(() => needsNotice('', options))).toBe(messageOf(() => evaluate('', options)));
    }
  });
});
