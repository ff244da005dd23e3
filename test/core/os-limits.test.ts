import { describe, expect, it } from 'vitest';
import { evaluate, type Policy } from '@lib/universal';
import { OS_LIMITS, type OsLimit } from '../../src/advice/os-limits';
import type { BrowserId } from '../../src/locales/types';

// Every row of the OS table, judged through the public API at fixed days around each end of
// security fixes. The visitor is an old Firefox on the row's lowest OS version; the policy
// asks little (41), so that each last version meets it and only the dates decide.
const LOW: Policy = { query: 'test', caniuse: null, agents: { firefox: '41', and_ff: '41', chrome: '41', and_chr: '41', edge: '41' } };
const BROWSERS: BrowserId[] = ['firefox', 'chrome', 'edge'];
const TODAY = Date.parse('2026-11-30T00:00:00Z');
const FAR_FUTURE = Date.parse('2100-01-01T00:00:00Z');

function oldFirefoxOn(row: OsLimit): string {
  if (row.os === 'Windows') return `Mozilla/5.0 (Windows NT ${row.from}; rv:40.0) Gecko/20100101 Firefox/40.0`;
  // A point release: user agents freeze 10.15 and 10.15.7, which say nothing about the Mac.
  if (row.os === 'Mac OS') return `Mozilla/5.0 (Macintosh; Intel Mac OS X ${row.from.replace(/\./g, '_')}_1; rv:40.0) Gecko/20100101 Firefox/40.0`;
  return `Mozilla/5.0 (Android ${row.from}; Mobile; rv:40.0) Gecko/40.0 Firefox/40.0`;
}

/** The first day without fixes: a date given as a year or a month counts from its start. */
function firstDayWithout(until: string): number {
  const [year, month = '01', date = '01'] = until.split('-');
  return Date.UTC(Number(year), Number(month) - 1, Number(date));
}

const recommended = (row: OsLimit, now: number, policy = LOW) => evaluate(oldFirefoxOn(row), { browsers: policy, now }).recommend;
const label = (row: OsLimit) => `${row.os} ${row.from}–${row.to}`;

describe('the OS table', () => {
  it('gives every last version a well-formed end of security fixes, and sorts its rows', () => {
    for (const row of OS_LIMITS) {
      for (const browser of BROWSERS) {
        const entry = row.last[browser];
        if (Array.isArray(entry)) {
          expect(entry[0], label(row)).toBeGreaterThan(0);
          expect(entry[1], label(row)).toMatch(/^(?:19|20)\d\d(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/);
        } else {
          expect([undefined, null, 'unknown'], label(row)).toContain(entry);
        }
      }
    }
    const order = ['Windows', 'Mac OS', 'Android'];
    const sorted = [...OS_LIMITS].sort((a, b) => order.indexOf(a.os) - order.indexOf(b.os));
    expect(OS_LIMITS).toEqual(sorted);
  });

  for (const row of OS_LIMITS) {
    describe(label(row), () => {
      it('is the row that applies to its lowest version', () => {
        const verdict = evaluate(oldFirefoxOn(row), { browsers: LOW, now: TODAY });
        expect(verdict.status).toBe('outdated');
        expect(verdict.os.name).toBe(row.os);
      });

      for (const browser of BROWSERS) {
        const entry = row.last[browser];
        if (Array.isArray(entry)) {
          const [last, until] = entry as readonly [number, string];
          const end = firstDayWithout(until);
          it(`recommends ${browser} ${last} the day before its fixes end (${until}), not from that day on`, () => {
            expect(recommended(row, end - 86_400_000)).toContain(browser);
            expect(recommended(row, end)).not.toContain(browser);
            expect(recommended(row, TODAY)).not.toContain(browser);
          });
          it(`does not recommend ${browser} ${last} to a policy that needs ${last + 1}, even with fixes`, () => {
            const above = String(last + 1);
            const strict: Policy = { ...LOW, agents: { ...LOW.agents, firefox: above, and_ff: above, chrome: above, and_chr: above, edge: above } };
            expect(recommended(row, end - 86_400_000, strict)).not.toContain(browser);
          });
        } else if (entry === undefined) {
          it(`recommends ${browser} (current versions run here)`, () => {
            expect(recommended(row, TODAY)).toContain(browser);
            expect(recommended(row, FAR_FUTURE)).toContain(browser);
          });
        } else {
          it(`never recommends ${browser} (${entry === null ? 'never available' : 'last version not verified'})`, () => {
            expect(recommended(row, Date.UTC(2000, 0, 1))).not.toContain(browser);
            expect(recommended(row, TODAY)).not.toContain(browser);
          });
        }
      }
    });
  }

  it('sends systems older than every row, and iOS, to a system update at any date', () => {
    for (const ua of [
      'Mozilla/4.0 (compatible; MSIE 6.0; Windows 98)',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_5_8; rv:40.0) Gecko/20100101 Firefox/40.0',
      'Mozilla/5.0 (Android 4.0.4; Mobile; rv:40.0) Gecko/40.0 Firefox/40.0',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/137.0.7151.79 Mobile/15E148 Safari/604.1',
    ]) {
      for (const now of [Date.UTC(2015, 0, 1), TODAY]) {
        expect(evaluate(ua, { browsers: { ...LOW, agents: { ...LOW.agents, ie: '11', ios_saf: '17' } }, now }).action).toBe('update-os');
      }
    }
  });
});
