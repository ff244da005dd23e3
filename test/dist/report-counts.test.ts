import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME100, CHROME157, GOOGLEBOT, IE11_WINDOWS_7, IOS15 } from '../user-agents';

// `report --counts`: exports of `GROUP BY user_agent` from where the logs live give the
// figures of the raw log they were counted from.
const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

const IE11 = IE11_WINDOWS_7;
/** Commas, quotes and a backslash: what CSV quoting must carry. */
const ODD = 'Odd/1.0 (x, "quoted"; back\\slash)';

/** Requests per user agent per day: two weeks of November 2025. */
const TRAFFIC: Array<{ ua: string; day: string; count: number }> = [
  { ua: IE11, day: '2025-11-03', count: 3 },
  { ua: IE11, day: '2025-11-11', count: 1 },
  { ua: CHROME157, day: '2025-11-04', count: 6 },
  { ua: CHROME157, day: '2025-11-12', count: 9 },
  { ua: CHROME100, day: '2025-11-09', count: 4 },
  { ua: IOS15, day: '2025-11-16', count: 2 },
  { ua: GOOGLEBOT, day: '2025-11-10', count: 5 },
  { ua: ODD, day: '2025-11-05', count: 1 },
];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const combinedTime = (day: string) => `${day.slice(8)}/${MONTHS[Number(day.slice(5, 7)) - 1]}/${day.slice(0, 4)}:23:30:00 +0100`;
const quotedApache = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const rawLog = () =>
  TRAFFIC.flatMap(({ ua, day, count }) =>
    Array.from({ length: count }, (_, i) => `192.0.2.${i} - - [${combinedTime(day)}] "GET / HTTP/1.1" 200 5 "-" ${quotedApache(ua)}`),
  ).join('\n') + '\n';
const csvField = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'report-counts-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, contents: string): string {
  const path = join(dir, name);
  writeFileSync(path, contents);
  return path;
}

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...process.env, BROWSERSLIST: '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function report(args: string[], input?: string) {
  const result = run(['report', '--format', 'json', '--browsers', 'defaults', ...args], input);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

/**
 * The figures a policy decision rests on; `lines` and `inputs` differ by nature, and so do
 * what was counted (page views of a log, what a counted export's query counted) and the
 * visitors (a count of requests holds no addresses).
 */
function figures(result: Record<string, unknown>) {
  const { inputs, lines, generated, counted, visitors, browsers, versions, ...rest } = result;
  const withoutVisitors = (rows: unknown) => (rows as Array<Record<string, unknown>>).map(({ visitors: _, ...row }) => row);
  return { ...rest, browsers: withoutVisitors(browsers), versions: withoutVisitors(versions) };
}

describe('report --counts', { timeout: 60_000 }, () => {
  it('gives the raw log\'s figures from CSV (RFC 4180 quoting), TSV and JSON lines, whatever the column names\' case', () => {
    const raw = figures(report([file('raw.log', rawLog())]));
    const csv = 'User_Agent,Requests\r\n' + TRAFFIC.map(({ ua, count }) => `${csvField(ua)},${count}`).join('\r\n') + '\r\n';
    const tsv = 'hits\tuseragent\n' + TRAFFIC.map(({ ua, count }) => `${count}\t${ua}`).join('\n') + '\n';
    const jsonl = TRAFFIC.map(({ ua, count }, i) => JSON.stringify({ http_user_agent: ua, count: i % 2 ? count : String(count) })).join('\n') + '\n';
    expect(figures(report(['--counts', file('counts.csv', csv)]))).toEqual(raw);
    expect(figures(report(['--counts', file('counts.tsv', tsv)]))).toEqual(raw);
    expect(figures(report(['--counts', '-'], jsonl))).toEqual(raw);
    expect(raw).toMatchObject({ requests: 31, distinctUserAgents: 6 });
  });

  it('reads a quoted field over several lines as one row', () => {
    const csv = `ua,n\n"Multi\nline/1.0",2\n${csvField(IE11)},3\n`;
    const result = report(['--counts', file('multiline.csv', csv)]);
    expect(result).toMatchObject({ lines: 2, requests: 5, skipped: 0 });
    expect(result.topUnknown[0]).toMatchObject({ userAgent: 'Multi\nline/1.0', requests: 2 });
  });

  it('groups a date column --by week as the raw log\'s timestamps do, and the periods add up to the total', () => {
    const csv = 'date,user_agent,count\n' + TRAFFIC.map(({ ua, day, count }) => `${day},${csvField(ua)},${count}`).join('\n') + '\n';
    const counted = report(['--counts', '--by', 'week', file('dated.csv', csv)]);
    const raw = report(['--by', 'week', file('dated-raw.log', rawLog())]);
    expect(counted.periods).toEqual(raw.periods);
    expect(counted.periods.map((period: { start: string }) => period.start)).toEqual(['2025-11-03', '2025-11-10']);
    expect(counted.periods.reduce((sum: number, period: { requests: number }) => sum + period.requests, 0)).toBe(counted.requests);
    expect(counted.undated).toBe(0);
    expect(counted.span).toEqual({ first: '2025-11-03', last: '2025-11-16' });
    const [first, second] = counted.periods;
    expect(first).toMatchObject({ requests: 14, notified: { requests: 7 } });
    expect(second).toMatchObject({ requests: 17, notified: { requests: 3 } });
  });
});

describe('report --counts: bad input', { timeout: 60_000 }, () => {
  const expectOneLineError = (result: ReturnType<typeof run>, ...quoted: string[]) => {
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    for (const text of quoted) expect(result.stderr).toContain(text);
  };

  it('refuses a header without the named columns, quoting it and naming the columns', () => {
    const result = run(['report', '--counts', file('nocols.csv', 'agent,total\nx,1\n')]);
    expectOneLineError(result, 'line 1', '`agent,total`', '`user_agent`', '`requests`');
  });

  it('refuses a count that is not a whole number, quoting the line', () => {
    expectOneLineError(run(['report', '--counts', file('nan.csv', `ua,count\ncurl/8,7\n${IE11},12a\n`)]), 'line 3', `\`${IE11},12a\``, '`12a`');
    expectOneLineError(run(['report', '--counts', '-'], `{"ua":"curl/8","count":-1}\n`), 'line 1', '`-1`');
  });

  it('refuses a date it cannot read, quoting the line and saying the form to use', () => {
    const result = run(['report', '--counts', file('baddate.csv', 'day,ua,n\n2025-02-30,curl/8,1\n')]);
    expectOneLineError(result, 'line 2', '`2025-02-30,curl/8,1`', 'YYYY-MM-DD');
  });

  it('counts blank and zero-count rows as skipped rather than dropping them silently', () => {
    const result = report(['--counts', file('blank.csv', `ua,n\n${csvField(IE11)},2\n\ncurl/8,0\n`)]);
    expect(result).toMatchObject({ lines: 3, requests: 2, skipped: 2 });
  });
});
