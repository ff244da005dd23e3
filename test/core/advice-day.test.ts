import { describe, expect, it } from 'vitest';
import { adviceDay } from '../../src/advice/advise';

// adviceDay keeps the text of the last day asked (a server asks on every request): each answer
// must still be the day of the moment given, whatever was asked before it.
describe('adviceDay', () => {
  it('names the day of each moment, in any order of asking', () => {
    const moments: Array<[Date | number, string]> = [
      [Date.UTC(2026, 1, 24, 23, 59, 59, 999), '2026-02-24'],
      [Date.UTC(2026, 1, 25), '2026-02-25'],
      [new Date('2026-02-24T12:00:00Z'), '2026-02-24'],
      [-0.5, '1970-01-01'], // clipped towards zero, as a Date does
      [-1, '1969-12-31'],
      [8.64e15, '+275760-09'], // the last one: a six-digit year, cut as the table's dates are
      [8.64e15 + 1, ''], // past the last moment a Date can hold
      [NaN, ''],
      [new Date(NaN), ''],
    ];
    for (let round = 0; round < 2; round++) {
      for (const [now, day] of moments) expect(adviceDay(now), String(now)).toBe(day);
      moments.reverse();
    }
  });

  it('names no day for a string, and today for no moment', () => {
    expect(adviceDay(Date.UTC(2026, 0, 1))).toBe('2026-01-01');
    expect(adviceDay('2026-01-01' as unknown as number)).toBe('');
    expect(adviceDay()).toBe(new Date().toISOString().slice(0, 10));
  });

  it('names no day for a string of digits either: text from a page or a CMS field is never read as milliseconds', () => {
    // The npm entry points refuse a string `now` before this; a visitor's page passes what it was given.
    expect(adviceDay('1767225600000' as unknown as number)).toBe('');
  });
});
