// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { evaluate, renderNotice } from '@lib/universal';
import { en } from '@lib/locales';
import { findOsLimit } from '../../src/advice/advise';
import { OS_LIMITS } from '../../src/advice/os-limits';
import { SAFARI_MACOS } from '../../src/advice/safari-macos';
import { compareVersions } from '../../src/version';

/** Safari as every Mac since macOS 11 sends it: the system frozen at 10.15.7. */
const safari = (version: string) =>
  `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${version} Safari/605.1.15`;
const day = (iso: string) => Date.parse(iso + 'T00:00:00Z');
// A policy every browser's newest version meets: only which runs where, and its fixes, decide.
const OPEN = 'safari >= 99, firefox >= 100, chrome >= 100, edge >= 100';

// Each macOS a Mac may report, as a real version (the table's rows are read with these).
const MACOS = ['10.14.6', '10.15.7', '11.7.10', '12.7.6', '13.7.8', '14.8', '15.7', '26.1'];
// Every end date in the Mac rows, the day before it, and a few ordinary days.
const DAYS = [...new Set(OS_LIMITS.filter((row) => row.os === 'Mac OS').flatMap((row) => Object.values(row.last)))]
  .flatMap((last) => (Array.isArray(last) && /^\d{4}-\d\d-\d\d$/.test(last[1]) ? [day(last[1]), day(last[1]) - 86400000] : []))
  .concat([day('2022-01-01'), day('2026-01-15'), day('2026-11-30'), day('2031-01-01')]);

const inRange = (macos: string, from: string, to: string | null) =>
  compareVersions(macos, from) >= 0 && (to === null || compareVersions(macos, to) <= 0);

describe('Safari on a Mac that hides its macOS version', () => {
  it.each(SAFARI_MACOS.map((row) => [row.safari, row] as const))(
    'Safari %i: every browser recommended still gets fixes on every macOS that Safari runs on, on every day',
    (major, row) => {
      for (const now of DAYS) {
        const { recommend } = evaluate(safari(`${major}.0`), { browsers: OPEN, now });
        const iso = new Date(now).toISOString().slice(0, 10);
        for (const browser of recommend) {
          for (const macos of MACOS.filter((m) => inRange(m, row.from, row.to))) {
            const limit = findOsLimit('Mac OS', macos);
            const last = limit && limit !== 'older' ? limit.last[browser] : undefined;
            // Absent: current versions run there. Else it must run there and still get fixes.
            if (last !== undefined) expect({ major, browser, macos, iso, ok: Array.isArray(last) && last[1] > iso }).toMatchObject({ ok: true });
          }
        }
      }
    },
  );

  it('never sends Safari 14 to Chrome after 12 September 2023, nor Safari 15 after 17 September 2024, nor either to Edge', () => {
    // Safari 14 runs on macOS 10.14.6–11 (Chrome 116 is the last on 10.14); Safari 15 on
    // 10.15–12 (Chrome 128 the last on 10.15); Edge is unverified on macOS 11.
    for (const [version, chromeEnd] of [['14.1.2', '2023-09-12'], ['15.6.1', '2024-09-17']] as const) {
      for (let year = 2022; year <= 2030; year++) {
        for (let month = 1; month <= 12; month++) {
          const iso = `${year}-${String(month).padStart(2, '0')}-15`;
          const { recommend } = evaluate(safari(version), { browsers: OPEN, now: day(iso) });
          expect(recommend).not.toContain('edge');
          if (iso >= chromeEnd) expect({ version, iso, recommend }).not.toMatchObject({ recommend: expect.arrayContaining(['chrome']) });
        }
      }
      expect(evaluate(safari(version), { browsers: OPEN, now: day(chromeEnd) }).recommend).not.toContain('chrome');
    }
  });

  it('sends Safari 15 to Firefox (current on macOS 10.15–12) and Safari 14 to nothing once Firefox 115 ESR ended on 10.14', () => {
    const now = day('2026-11-30');
    expect(evaluate(safari('15.6.1'), { now })).toMatchObject({ status: 'outdated', action: 'switch', recommend: ['firefox'] });
    expect(evaluate(safari('14.1.2'), { browsers: OPEN, now: day('2026-01-15') })).toMatchObject({ action: 'switch', recommend: ['firefox'] });
    expect(evaluate(safari('14.1.2'), { now })).toMatchObject({ action: 'update-os', recommend: [] });
  });

  it('tells Safari 14 to update macOS without saying that no patched browser runs there (on macOS 11 one does)', () => {
    const text = renderNotice(evaluate(safari('14.1.2'), { now: day('2026-11-30') }), { lang: 'en', locales: [en], site: 'Haninge kommun' }).textContent!;
    expect(text).toContain(en.text.updateMac);
    expect(text).not.toContain(en.text.updateOs);
  });

  it('asks Safari to update itself only where its oldest macOS runs the newest Safari', () => {
    const now = day('2026-11-30');
    expect(evaluate(safari('26.0'), { now })).toMatchObject({ action: 'update' });
    // Safari 18 may be on macOS 13, which never gets Safari 26.
    expect(evaluate(safari('18.6'), { now })).toMatchObject({ action: 'switch' });
    const text = renderNotice(evaluate(safari('26.0'), { now }), { lang: 'en', locales: [en], site: 'Haninge kommun' }).textContent!;
    expect(text.replace(/\u00A0/g, ' ')).toContain('update to the latest version of Safari.');
  });

  it('recommends nothing for a Safari the table does not know (older than every row, or between rows)', () => {
    for (const version of ['13.1.2', '20.0']) {
      expect(evaluate(safari(version), { browsers: OPEN, now: day('2026-11-30') })).toMatchObject({ action: 'update-os', recommend: [] });
    }
  });
});
