import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { versionNumber } from '../../src/first-stage/gate';
import { compareVersions, normalizeVersion, versionByPattern } from '../../src/version';

describe('compareVersions', () => {
  it.each([
    ['157', '109', 1],
    ['109', '109', 0],
    ['15.10', '15.2', 1],
    ['15.2', '15.2.0', 0],
    ['4.4.3', '4.4', 1],
    ['18.5', '26', -1],
    ['TP', '27.2', 1],
    ['27.2', 'TP', -1],
    ['TP', 'TP', 0],
    ['2.5', '3.0', -1],
  ] as const)('%s vs %s → %i', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
  });
});

describe('normalizeVersion', () => {
  it.each([
    ['157.0.7390.54', 1, '157'],
    ['16.5.2', 2, '16.5'],
    ['28.0', 2, '28'],
    ['15_4_1', 2, '15.4'],
    ['x', 2, null],
    [undefined, 2, null],
    // The first 5 digits of a major, the first 3 of a minor: leading zeros count.
    ['1234567', 1, '12345'],
    ['26.0000006', 2, '26'],
    ['17.1000', 2, '17.100'],
    ['18_0005', 2, '18'],
  ] as const)('%s keeping %i → %s', (raw, keep, expected) => {
    expect(normalizeVersion(raw, keep)).toBe(expected);
  });

  it('reads every version as the script tag’s second stage does (by character codes, and as a regular expression)', () => {
    const version = fc.stringMatching(/^[\d._a-z٣ -]{0,16}$/);
    fc.assert(
      fc.property(version, fc.constantFrom(1 as const, 2 as const), (raw, keep) => {
        expect({ raw, keep, read: normalizeVersion(raw, keep) }).toEqual({ raw, keep, read: raw ? versionByPattern(raw, keep) : null });
      }),
      { numRuns: 20000 },
    );
  });

  it('reads every version as the first stage’s versionNumber does (the same reading in two functions)', () => {
    const version = fc.stringMatching(/^\d{1,12}(?:[._]\d{0,12}){0,3}$/);
    fc.assert(
      fc.property(version, (raw) => {
        const number = versionNumber(raw);
        const minor = number % 1000;
        const expected = minor ? `${Math.floor(number / 1000)}.${minor}` : String(Math.floor(number / 1000));
        expect({ raw, read: normalizeVersion(raw, 2) }).toEqual({ raw, read: expected });
      }),
      { numRuns: 5000 },
    );
  });
});
