import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `report --by`: the shares over time, from the logs' own timestamps; and the report's languages.
const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

const IE11 = 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko';
const CHROME157 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Safari/537.36';
const CHROME100 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/100.0.4896.75 Safari/537.36';

/**
 * Three weeks of requests, in the combined format and as JSON lines with `time`: old
 * browsers leave week by week (IE 11: 4, 2, 1 requests; Chrome 100: 2, 1, 0).
 */
const DAYS: Array<{ day: string; ua: string; count: number }> = [
  { day: '2025-10-27', ua: IE11, count: 4 },
  { day: '2025-10-28', ua: CHROME100, count: 2 },
  { day: '2025-11-02', ua: CHROME157, count: 6 },
  { day: '2025-11-03', ua: IE11, count: 2 },
  { day: '2025-11-05', ua: CHROME100, count: 1 },
  { day: '2025-11-09', ua: CHROME157, count: 9 },
  { day: '2025-11-10', ua: IE11, count: 1 },
  { day: '2025-11-16', ua: CHROME157, count: 12 },
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const combined = (day: string, ua: string) =>
  `198.51.100.7 - - [${day.slice(8)}/${MONTHS[Number(day.slice(5, 7)) - 1]}/${day.slice(0, 4)}:08:15:00 +0100] "GET / HTTP/1.1" 200 5 "-" "${ua}"`;
const jsonLine = (day: string, ua: string) => JSON.stringify({ time: `${day}T08:15:00+01:00`, status: 200, user_agent: ua });

let dir: string;
let log: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'report-periods-'));
  log = join(dir, 'access.log');
  // Half of each day's requests in each format: the timestamps of both are read.
  const lines = DAYS.flatMap(({ day, ua, count }) => Array.from({ length: count }, (_, i) => (i % 2 ? jsonLine(day, ua) : combined(day, ua))));
  writeFileSync(log, lines.join('\n') + '\nno-date-here/1.0\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, 'report', '--browsers', 'defaults', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const json = (args: string[]) => {
  const result = run(['--format', 'json', ...args]);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout);
};
type Period = { start: string; requests: number; notified: { requests: number; percent: number }; status: Record<string, { requests: number }> };

describe('report --by', { timeout: 60_000 }, () => {
  it('groups requests into ISO weeks from Monday, and the periods with the undated add up to the total', () => {
    const report = json(['--by', 'week', log]);
    expect(report.by).toBe('week');
    expect(report.periods.map((p: Period) => [p.start, p.requests, p.notified.requests])).toEqual([
      ['2025-10-27', 12, 6],
      ['2025-11-03', 12, 3],
      ['2025-11-10', 13, 1],
    ]);
    expect(report.undated).toBe(1);
    expect(report.periods.reduce((sum: number, p: Period) => sum + p.requests, 0) + report.undated).toBe(report.requests);
    for (const period of report.periods as Period[]) {
      expect(Object.values(period.status).reduce((sum, s) => sum + s.requests, 0)).toBe(period.requests);
    }
    expect(report.span).toEqual({ first: '2025-10-27', last: '2025-11-16' });
  });

  it('groups by day and by month', () => {
    expect(json(['--by', 'day', log]).periods.map((p: Period) => p.start)).toEqual(DAYS.map((d) => d.day));
    expect(json(['--by', 'month', log]).periods.map((p: Period) => [p.start, p.requests])).toEqual([
      ['2025-10-01', 6],
      ['2025-11-01', 31],
    ]);
  });

  it('draws the notified share over time in the HTML page, as an image with a text alternative and a table of the same numbers', () => {
    const report = json(['--by', 'week', log]);
    const { document } = new JSDOM(run(['--by', 'week', '--format', 'html', log]).stdout).window;
    const svg = document.querySelector('svg[role="img"]')!;
    expect(svg.getAttribute('role')).toBe('img');
    const named = svg.getAttribute('aria-labelledby')!.split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
    expect(named[0]).toMatch(/week/);
    expect(named[1]).toMatch(/table/);
    expect(svg.querySelectorAll('rect.chart-bar')).toHaveLength(report.periods.length);
    const rows = [...document.querySelectorAll('#periods-table tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual(report.periods.map((p: Period) => [p.start, String(p.requests), String(p.notified.requests), `${p.notified.percent.toFixed(1)} %`]));
    expect(document.querySelector('#span')?.textContent).toContain('2025-10-27');
    expect(document.querySelector('#span')?.textContent).toContain('2025-11-16');
    expect(document.querySelector('#generated')?.textContent).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    expect(document.querySelectorAll('script[src], [src], [href]')).toHaveLength(0);
  });

  it('exits 2 on an unknown period, quoting it', () => {
    const result = run(['--by', 'fortnight', log]);
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('`fortnight`');
  });
});

describe('report --lang', { timeout: 60_000 }, () => {
  it('writes the table and the page in Swedish, numbers in the Swedish way, and leaves the JSON alone', () => {
    const table = run(['--lang', 'sv', '--by', 'week', log]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Rapport om gamla webbläsare');
    expect(table.stdout).toMatch(/Sidvisningar\s+38\n/);
    expect(table.stdout).toContain('per vecka');
    expect(table.stdout).toMatch(/\d,\d %/);
    const { document } = new JSDOM(run(['--lang', 'sv', '--format', 'html', log]).stdout).window;
    expect(document.documentElement.lang).toBe('sv');
    expect(document.querySelector('h1')?.textContent).toBe('Rapport om gamla webbläsare');
    expect(json(['--lang', 'sv', log]).status).toEqual(json([log]).status);
  });

  it('exits 2 on a language it does not have, naming the ones it has', () => {
    const result = run(['--lang', 'constructor', log]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('`constructor`');
    expect(result.stderr).toContain('`sv`');
  });
});
