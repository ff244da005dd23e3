import { describe, expect, it } from 'vitest';
import { compareVersions, normalizeVersion } from '../../src/version';

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
  ] as const)('%s keeping %i → %s', (raw, keep, expected) => {
    expect(normalizeVersion(raw, keep)).toBe(expected);
  });
});
