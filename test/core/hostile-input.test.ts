import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRequest, evaluate, type Verdict } from '@lib/node';
import { FIXTURES } from '../data';
import { hostileUserAgent, HOSTILE_RUNS, MEGABYTE_USER_AGENTS } from '../hostile';

const STATUSES = ['supported', 'outdated', 'unsupported', 'unknown', 'bot'];
const ACTIONS = ['update', 'switch', 'update-os', 'none'];

/** The shape every verdict has, whatever the input. */
function wellFormed(verdict: Verdict): boolean {
  return (
    STATUSES.includes(verdict.status) &&
    (verdict.agent === null || /^[a-z_]+$/.test(verdict.agent)) &&
    // `all` is browserslist's only Opera Mini version, for a token that states none.
    (verdict.version === null || /^\d+(\.\d+)?$/.test(verdict.version) || (verdict.agent === 'op_mini' && verdict.version === 'all')) &&
    (verdict.minimum === null || typeof verdict.minimum === 'string') &&
    typeof verdict.os === 'object' &&
    (verdict.os.name === null || typeof verdict.os.name === 'string') &&
    (verdict.os.version === null || typeof verdict.os.version === 'string') &&
    typeof verdict.reason === 'string' &&
    verdict.reason.length > 0 &&
    ACTIONS.includes(verdict.action) &&
    Array.isArray(verdict.recommend) &&
    verdict.recommend.every((id) => ['firefox', 'chrome', 'edge'].includes(id)) &&
    (verdict.action === 'none') === !['outdated', 'unsupported'].includes(verdict.status)
  );
}

describe(`evaluate on ${HOSTILE_RUNS.toLocaleString('en')} hostile inputs`, () => {
  it('never throws and always returns a well-formed verdict', () => {
    fc.assert(
      fc.property(hostileUserAgent(FIXTURES.map((fixture) => fixture.ua)), fc.boolean(), (ua, strict) => {
        const verdict = evaluate(ua, { strict });
        return wellFormed(verdict);
      }),
      { numRuns: HOSTILE_RUNS, seed: 20261127 },
    );
  }, 120_000);

  it('takes megabyte user agents', () => {
    for (const ua of MEGABYTE_USER_AGENTS) expect(wellFormed(evaluate(ua))).toBe(true);
  });

  it('checkRequest never throws on hostile headers and client hints either', () => {
    const hintValue = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.constantFrom('"Chromium";v="130", "Google Chrome";v="130"', '"Microsoft Edge";v="999999999999"', '?1', '?0', '"15.0.0"', '"macOS"', '"Windows"', '"A";v="1",'),
      fc.array(fc.constantFrom('"', ';', ',', '=', 'v', '?', '\\', ' ', 'Chromium', '1'), { maxLength: 60 }).map((parts) => parts.join('')),
    );
    const headers = fc.record(
      {
        'user-agent': hostileUserAgent(FIXTURES.map((fixture) => fixture.ua)),
        'sec-ch-ua': hintValue,
        'sec-ch-ua-full-version-list': hintValue,
        'sec-ch-ua-mobile': hintValue,
        'sec-ch-ua-platform': hintValue,
        'sec-ch-ua-platform-version': hintValue,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(headers, (record) => wellFormed(checkRequest(record))),
      { numRuns: 20_000, seed: 20261127 },
    );
  }, 120_000);

  it('takes anything as a user agent, not only strings', () => {
    for (const odd of [undefined, null, 42, {}, [], Symbol.iterator.toString()]) {
      expect(wellFormed(evaluate(odd as unknown as string))).toBe(true);
    }
  });
});
