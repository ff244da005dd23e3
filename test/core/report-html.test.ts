import { createHash } from 'node:crypto';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/policy/compile';
import { buildReport, type Report } from '../../src/report/aggregate';
import { HTML_TEXTS } from '../../src/report/html-text';
import { labelLayout } from '../../src/report/render-chart';
import { renderHtml } from '../../src/report/render-html';
import { isPartial, periodEnd, type PeriodUnit } from '../../src/report/periods';
import { REPORT_TEXTS } from '../../src/report/text';
import { emptyTally, type Tally } from '../../src/report/tally';

// The HTML report's whole tables, trends and chart, from a tally made by hand: what an
// analyst reads in the page, and what the page must not need (script, other files).

const chrome = (version: number) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${version}.0.0.0 Safari/537.36`;
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) Gecko/20100101 Firefox/145.0';
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
const CURL = 'curl/8.5.0';
const IOS12 = 'Mozilla/5.0 (iPhone; CPU iPhone OS 12_5_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1';
const policy = compilePolicy('defaults');

/** A tally of `days` (`YYYY-MM-DD` → user agent → requests). */
function tallyOf(days: Record<string, Record<string, number>>): Tally {
  const tally = emptyTally(true);
  for (const [day, counts] of Object.entries(days)) {
    const map = new Map<string, number>();
    for (const [ua, requests] of Object.entries(counts)) {
      map.set(ua, requests);
      tally.counts.set(ua, (tally.counts.get(ua) ?? 0) + requests);
      tally.requests += requests;
      tally.lines += requests;
    }
    tally.days!.set(day, map);
  }
  return tally;
}

/** `count` days from `first`, each with the user agents of `day(i)`. */
function daysFrom(first: string, count: number, day: (i: number) => Record<string, number>): Record<string, Record<string, number>> {
  const start = Date.parse(`${first}T00:00:00Z`);
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [new Date(start + i * 86_400_000).toISOString().slice(0, 10), day(i)]));
}

/**
 * Wednesday 24 September to Saturday 22 November 2025: 60 days, whose first and last
 * weeks are partial. iOS 12 only in the first ten days: later periods have none of it.
 */
const SIXTY = daysFrom('2025-09-24', 60, (i) => ({
  [chrome(140)]: 20,
  [chrome(60 + (i % 30))]: 2,
  [IE11]: 3 - Math.floor(i / 20),
  [FIREFOX]: 5,
  [GOOGLEBOT]: 1,
  [CURL]: 1,
  ...(i < 10 ? { [IOS12]: 1 } : {}),
}));

const report = (by: PeriodUnit | undefined, days = SIXTY) => buildReport(tallyOf(days), { inputs: ['access.log'], policy, by, now: new Date('2025-11-23T08:00:00Z') });
const page = (built: Report, lang = 'en') => new JSDOM(renderHtml(built, REPORT_TEXTS[lang])).window.document;
const cells = (row: Element) => [...row.children].map((cell) => cell.textContent);

describe('partial periods', () => {
  it('knows the last day of a week and a month, leap years included', () => {
    expect(periodEnd('2025-09-22', 'week')).toBe('2025-09-28');
    expect(periodEnd('2025-12-29', 'week')).toBe('2026-01-04');
    expect(periodEnd('2024-02-01', 'month')).toBe('2024-02-29');
    expect(periodEnd('2025-11-01', 'month')).toBe('2025-11-30');
    expect(periodEnd('2025-11-12', 'day')).toBe('2025-11-12');
  });

  it('marks the first and last week and month that the logs cover only in part, and never a day', () => {
    const span = { first: '2025-09-24', last: '2025-11-22' };
    expect(report('week').periods!.filter((p) => p.partial).map((p) => p.start)).toEqual(['2025-09-22', '2025-11-17']);
    expect(report('month').periods!.map((p) => [p.start, p.partial])).toEqual([
      ['2025-09-01', true],
      ['2025-10-01', false],
      ['2025-11-01', true],
    ]);
    expect(report('day').periods!.some((p) => p.partial)).toBe(false);
    // A span from a Monday to a Sunday holds whole weeks only.
    expect(isPartial('2025-09-22', 'week', { first: '2025-09-22', last: '2025-09-28' })).toBe(false);
    expect(isPartial('2025-11-17', 'week', span)).toBe(true);
  });
});

describe('trends per browser family and per status (--by)', () => {
  it('gives every family of the report in every period, in one order, adding up to the period', () => {
    const periods = report('week').periods!;
    const order = periods[0]!.families.map((share) => share.family);
    expect(order.slice(0, 2)).toEqual(['chrome', 'firefox']);
    expect(order).toEqual(['chrome', 'firefox', 'ie', 'bot', 'unknown', 'ios_saf']);
    for (const period of periods) {
      expect(period.families.map((share) => share.family)).toEqual(order);
      expect(period.families.reduce((sum, share) => sum + share.requests, 0)).toBe(period.requests);
    }
    // IE 11 fades: 3 requests a day for 20 days, then 2, then 1 (the first week has 5 days, the last 6).
    expect(periods.map((period) => period.families.at(-1)!.requests)).toEqual([5, 5, 0, 0, 0, 0, 0, 0, 0]);
    const ie = periods.map((period) => period.families.find((share) => share.family === 'ie')!.requests);
    expect(ie).toEqual([15, 21, 21, 15, 14, 14, 7, 7, 6]);
    expect(periods.at(-1)!.families.find((share) => share.family === 'bot')).toEqual({ family: 'bot', requests: 6, percent: expect.closeTo(100 * 6 / periods.at(-1)!.requests, 1) });
  });

  it('shows the share per status and per family in each period as tables in the page', () => {
    const built = report('week');
    const document = page(built);
    const statusRows = [...document.querySelectorAll('#status-trend-table tbody tr')];
    expect(statusRows.map((row) => cells(row))).toEqual(
      built.periods!.map((p) => [`${p.start}${p.partial ? ' (partial)' : ''}`, ...['supported', 'outdated', 'unsupported', 'unknown', 'bot'].map((s) => `${p.status[s as 'bot']!.percent.toFixed(1)} %`)]),
    );
    const familyHead = cells(document.querySelector('#family-trend-table thead tr')!);
    expect(familyHead).toEqual(['From', ...built.periods![0]!.families.map((f) => (f.family === 'bot' ? 'bots' : f.family === 'unknown' ? 'unknown (no browser)' : f.family))]);
    expect([...document.querySelectorAll('#family-trend-table tbody tr')].map((row) => cells(row).slice(1))).toEqual(
      built.periods!.map((p) => p.families.map((f) => `${f.percent.toFixed(1)} %`)),
    );
    expect(document.querySelector('#status-trend')!.tagName).toBe('DETAILS');
  });
});

describe('whole tables in the page', () => {
  it('lists every browser version with its status, in order of requests, and every family', () => {
    const built = report(undefined);
    expect(built.versions.length).toBeGreaterThan(30);
    const rows = [...page(built).querySelectorAll('#versions tbody tr')];
    // The page lists the versions of browsers; bots and unknown are rows of the status table.
    const listed = built.versions.filter((v) => v.status !== 'bot' && v.status !== 'unknown');
    expect(rows.map((row) => cells(row).slice(0, 4))).toEqual(
      listed.map((v) => [`${v.agent} ${v.version}`, v.status, v.requests.toLocaleString('en-US'), `${v.percent.toFixed(1)} %`]),
    );
    expect(built.versions.map((v) => v.requests)).toEqual([...built.versions.map((v) => v.requests)].sort((a, b) => b - a));
    // Every request judged is in one row of the families, and of the versions or the bots and unknown.
    const judged = built.requests;
    expect(listed.reduce((sum, v) => sum + v.requests, 0) + built.status.bot!.requests + built.status.unknown!.requests).toBe(judged);
    const families = [...page(built).querySelectorAll('#families tbody tr')].map((row) => row.querySelector('th')!.textContent);
    expect(families).toEqual(['chrome', 'firefox', 'ie', 'bots', 'unknown (no browser)', 'ios_saf']);
    expect(built.versions.find((v) => v.agent === 'ie')).toMatchObject({ status: 'unsupported', example: IE11 });
    // Beside a second policy, the statuses are the first one's, and the captions say so.
    const compared = buildReport(tallyOf(SIXTY), { inputs: ['access.log'], policy, compare: compilePolicy('last 1 version') });
    expect(page(compared).querySelector('#versions caption')!.textContent).toBe('Page views per browser version (share of all page views), A');
    expect(compared.versions).toEqual(built.versions);
  });

  it('is sortable by a small script the page needs no more than its CSP allows, and complete without it', () => {
    const html = renderHtml(report(undefined));
    const document = new JSDOM(html).window.document;
    const scripts = [...document.querySelectorAll('script')];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.hasAttribute('src')).toBe(false);
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`'sha256-${createHash('sha256').update(scripts[0]!.textContent!).digest('base64')}'`);
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect([...document.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => a.name.startsWith('on')))).toBe(false);
    for (const id of ['families', 'versions']) {
      const table = document.getElementById(id)!;
      expect(table.hasAttribute('data-sortable')).toBe(true);
      expect([...table.querySelectorAll('thead th')].filter((th) => th.getAttribute('aria-sort') === 'descending').map((th) => th.textContent)).toEqual(['Page views']);
      for (const row of table.querySelectorAll('tbody tr')) expect(Number(row.querySelector('td[data-sort]')!.getAttribute('data-sort'))).toBeGreaterThan(0);
    }
    // The long table is folded, its summary says how long it is.
    const listed = report(undefined).versions.filter((v) => v.status !== 'bot' && v.status !== 'unknown');
    expect(document.querySelector('#every-version > summary')!.textContent).toContain(`${listed.length} rows`);
  });
});

describe('the chart over time', () => {
  /** Tick labels with their estimated extents (7.5 px a character at 12 px, as drawn). */
  const ticks = (document: Document) =>
    [...document.querySelectorAll('svg .chart-tick')].map((text) => {
      const x = Number(text.getAttribute('x'));
      const half = (text.textContent!.length * 7.5) / 2;
      return { text: text.textContent!, left: x - half, right: x + half };
    });

  it('draws 60 days at their own size, one slot of at least 24 px each, in a focusable named region that scrolls beside the scale', () => {
    const built = report('day');
    const document = page(built);
    const svg = document.querySelector('.chart-scroll svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(Number(svg.getAttribute('width'))).toBeGreaterThanOrEqual(60 * 24);
    expect(svg.getAttribute('style') ?? '').not.toMatch(/max-width|height: auto/);
    const region = svg.closest('[role="region"]')!;
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.getAttribute('aria-label')).toContain('Notified share per day');
    expect(document.querySelector('style')!.textContent).toMatch(/\.chart-label \{[^}]*font-size: 12px/);
    expect(svg.querySelectorAll('rect.chart-bar')).toHaveLength(60);
    // The scale stays in view, outside the region that scrolls.
    const scale = document.querySelector('svg.chart-scale')!;
    expect(scale.closest('.chart-scroll')).toBeNull();
    // 0, half and the top: the highest share rounded up to a multiple of 5.
    const highest = Math.max(...built.periods!.map((p) => p.notified.percent));
    const top = Math.ceil(highest / 5) * 5;
    expect(top - highest).toBeLessThan(5);
    expect([...scale.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['0 %', `${top / 2} %`, `${top} %`]);
  });

  it('labels both axes, and thins the period labels by a rule so that they never meet', () => {
    for (const by of ['day', 'week', 'month'] as const) {
      const document = page(report(by));
      const labels = ticks(document);
      for (let i = 1; i < labels.length; i++) expect(labels[i]!.left, `${by}: ${labels[i - 1]!.text} meets ${labels[i]!.text}`).toBeGreaterThan(labels[i - 1]!.right);
      const titles = [...document.querySelectorAll('.chart .chart-axis-name')].map((t) => t.textContent);
      expect(titles).toEqual(['Share of page views that would see the notice', HTML_TEXTS.en!.periodAxis[by]]);
    }
    // Nine weeks: each one labelled. Sixty days: every second.
    expect(ticks(page(report('week')))).toHaveLength(9);
    expect(ticks(page(report('day')))).toHaveLength(30);
    expect(labelLayout(Array(200).fill('10-05')).step).toBe(2);
  });

  it('hatches the partial periods, and says so in their titles, the legend and the table', () => {
    const document = page(report('week'));
    const bars = [...document.querySelectorAll('svg rect.chart-bar')];
    expect(bars.map((bar) => bar.classList.contains('partial'))).toEqual([true, false, false, false, false, false, false, false, true]);
    expect(bars[0]!.getAttribute('style')).toBe('fill: url(#periods-hatch)');
    expect(bars[0]!.querySelector('title')!.textContent).toMatch(/^2025-09-22 \(partial\): \d+\.\d %$/);
    expect(bars[1]!.querySelector('title')!.textContent).not.toContain('partial');
    expect(document.querySelector('.chart-legend')!.textContent).toContain('a week the logs cover only in part');
    expect(cells(document.querySelector('#periods-table tbody tr')!)[0]).toBe('2025-09-22 (partial)');
    expect(page(report('day')).querySelector('.chart-legend')).toBeNull();
  });
});

describe('--lang sv in the page', () => {
  /** Every string a text table holds, its functions called with a placeholder. */
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : typeof value === 'function' ? strings(value('§', '§', 1, '§', '§', (s: string) => s)) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

  it('has every page word in Swedish, and the page shows none of the English ones', () => {
    expect(Object.keys(HTML_TEXTS)).toEqual(Object.keys(REPORT_TEXTS));
    const document = page(report('week'), 'sv');
    expect(document.documentElement.lang).toBe('sv');
    const shown = `${document.body.textContent} ${[...document.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label')).join(' ')}`;
    const english = [...strings(REPORT_TEXTS.en), ...strings(HTML_TEXTS.en)].flatMap((s) => s.split('§')).map((s) => s.trim()).filter((s) => s.length >= 8 && /[a-z]{4}/.test(s));
    const swedish = new Set([...strings(REPORT_TEXTS.sv), ...strings(HTML_TEXTS.sv)]);
    for (const phrase of english) if (![...swedish].some((s) => s.includes(phrase))) expect(shown, phrase).not.toContain(phrase);
    expect(shown).toContain('Andel sidvisningar som skulle få se meddelandet');
    expect(shown).toContain('Alla webbläsare och versioner');
    expect(cells(document.querySelector('#periods-table tbody tr')!)[0]).toBe('2025-09-22 (ofullständig)');
    expect(document.querySelector('#periods-table tbody tr td:last-child')!.textContent).toMatch(/^\d+,\d %$/);
  });
});
