import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME157 } from '../user-agents';
import { IE11, TRAFFIC, csvField, figures, rawLog, report as reportOf, run as runIn, type Traffic } from './report-counts-data';

// `report --counts`: exports of `GROUP BY user_agent` from where the logs live, and tables
// saved from spreadsheets, give the figures of the raw log they were counted from.

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

const run = (args: string[], input?: string) => runIn(args, { input, cwd: dir });
const report = (args: string[], input?: string) => reportOf(args, { input, cwd: dir });

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

  it('refuses --by for a file without a date column, quoting its header and saying the fix, where it used to print one total with exit 0', () => {
    const csv = file('undated.csv', `\ufeffua;n\ncurl/8;1\n`);
    const message = 'no date column, and `--by week` groups rows by their date; add one (`date` or `day`, e.g. `CAST(time AS DATE) AS day` in the query), or drop `--by`.';
    expectOneLineError(run(['report', '--counts', '--by', 'week', csv]), 'undated.csv` line 1 `<U+FEFF>ua;n`: ' + message);
    expectOneLineError(run(['report', '--counts', '--by', 'day', '-'], `{"ua":"curl/8","count":1}\n`), 'standard input line 1 `{"ua":"curl/8","count":1}`: no date field, and `--by day`');
    // Without --by the same file is read.
    expect(report(['--counts', csv])).toMatchObject({ requests: 1 });
  });

  it('counts blank and zero-count rows as skipped rather than dropping them silently', () => {
    const result = report(['--counts', file('blank.csv', `ua,n\n${csvField(IE11)},2\n\ncurl/8,0\n`)]);
    expect(result).toMatchObject({ lines: 3, requests: 2, skipped: 2 });
  });
});

describe('report --counts: files as people make them', { timeout: 60_000 }, () => {
  const BOM = '\ufeff';
  /** Every field in quotes, quotes doubled: how PowerShell's Export-Csv and Athena write. */
  const quotedAll = (fields: Array<string | number>) => fields.map((field) => `"${String(field).replace(/"/g, '""')}"`).join(',');
  const exactError = (result: ReturnType<typeof run>, message: string) => {
    expect({ code: result.code, stdout: result.stdout, stderr: result.stderr }).toEqual({ code: 2, stdout: '', stderr: `old-browser-notice: ${message}\n` });
  };

  it('reads Windows PowerShell\'s Export-Csv -Encoding utf8: a byte-order mark, a #TYPE line, every field quoted, CRLF; --by week gives the raw log\'s periods', () => {
    // Windows PowerShell 5.1: `$rows | Export-Csv -Encoding utf8 counts.csv` (a BOM, and `#TYPE` without -NoTypeInformation).
    const csv =
      BOM +
      '#TYPE System.Management.Automation.PSCustomObject\r\n' +
      [quotedAll(['date', 'user_agent', 'requests']), ...TRAFFIC.map(({ ua, day, count }) => quotedAll([day, ua, count]))].join('\r\n') +
      '\r\n';
    const counted = report(['--counts', '--by', 'week', file('powershell.csv', csv)]);
    const raw = report(['--by', 'week', file('powershell-raw.log', rawLog())]);
    expect(figures(counted)).toEqual(figures(raw));
    expect(counted.periods.map((period: { start: string; requests: number }) => [period.start, period.requests])).toEqual([
      ['2025-11-03', 14],
      ['2025-11-10', 17],
    ]);
  });

  it('reads Excel in Swedish: `;` between fields, a byte-order mark, CRLF, and a count in digit groups (1 234 with a no-break space)', () => {
    // "CSV UTF-8 (kommaavgränsad)" in Swedish Excel writes `;`, as the decimal mark is a comma; a cell formatted
    // with a thousands separator is written as shown, with U+00A0 (or U+202F) between digit groups.
    const traffic: Traffic[] = [...TRAFFIC, { ua: CHROME157, day: '2025-11-14', count: 1234 }, { ua: IE11, day: '2025-11-14', count: 2001 }];
    const groups = (count: number, space: string) => String(count).replace(/\B(?=(\d{3})+$)/g, space);
    const rows = traffic.map(({ ua, day, count }) => `${day};${/[";]/.test(ua) ? `"${ua.replace(/"/g, '""')}"` : ua};${groups(count, count === 2001 ? '\u202f' : '\u00a0')}`);
    const csv = BOM + ['date;User_Agent;Requests', ...rows].join('\r\n') + '\r\n';
    expect(csv).toContain(';1\u00a0234\r\n');
    expect(csv).toContain(';2\u202f001\r\n');
    const counted = report(['--counts', file('excel-sv.csv', csv)]);
    expect(figures(counted)).toEqual(figures(report([file('excel-sv-raw.log', rawLog(traffic))])));
    expect(counted.requests).toBe(31 + 1234 + 2001);
  });

  it('reads Excel\'s `sep=;` line, and a header with `user_agent` first behind a byte-order mark', () => {
    const raw = figures(report([file('first-raw.log', rawLog())]));
    const sep = 'sep=;\r\nuser_agent;n\r\n' + TRAFFIC.map(({ ua, count }) => `"${ua.replace(/"/g, '""')}";${count}`).join('\r\n') + '\r\n';
    expect(figures(report(['--counts', file('sep.csv', sep)]))).toEqual(raw);
    const first = BOM + 'user_agent,requests\n' + TRAFFIC.map(({ ua, count }) => `${csvField(ua)},${count}`).join('\n') + '\n';
    expect(figures(report(['--counts', file('first.csv', first)]))).toEqual(raw);
  });

  it('refuses a decimal comma in a count, in one line that says why and the fix', () => {
    file('decimal.csv', `user_agent;requests\r\ncurl/8;2\r\n"${IE11}";1,0\r\n`);
    exactError(
      run(['report', '--counts', 'decimal.csv']),
      `\`decimal.csv\` line 3 \`"${IE11}";1,0\`: the count \`1,0\` has a comma, a decimal comma in Swedish and a thousands separator in English, and a count has neither; export the count as a whole number without separators, e.g. \`count(*) AS requests\` (in a spreadsheet: format the column as a number with 0 decimals and no thousands separator).`,
    );
  });

  it('shows the invisible characters of a line it refuses: a no-break space, a tab, a byte-order mark', () => {
    file('nbsp.csv', 'ua,n\ncurl/8,12\u00a034\n');
    exactError(
      run(['report', '--counts', 'nbsp.csv']),
      '`nbsp.csv` line 2 `curl/8,12<U+00A0>34`: the count `12<U+00A0>34` is not a whole number; export the count as a whole number without separators, e.g. `count(*) AS requests` (in a spreadsheet: format the column as a number with 0 decimals and no thousands separator).',
    );
    file('tab.csv', `${BOM}agent\ttotal\ncurl/8\t1\n`);
    exactError(
      run(['report', '--counts', 'tab.csv']),
      '`tab.csv` line 1 `<U+FEFF>agent\\ttotal`: the header names no user-agent column; name a user-agent column (`user_agent`, `ua`, `useragent` or `http_user_agent`) and a count column (`requests`, `page_views`, `count`, `hits` or `n`), e.g. `SELECT user_agent, count(*) AS requests ... GROUP BY 1`.',
    );
  });

  it('refuses an unreadable header in one line naming the column it expected and the byte it found', () => {
    // UTF-16 with a byte-order mark: Excel's "Unicode Text", Windows PowerShell's `>`.
    writeFileSync(join(dir, 'utf16.csv'), Buffer.from(`${BOM}user_agent,requests\r\ncurl/8,1\r\n`, 'utf16le'));
    const utf16 = run(['report', '--counts', 'utf16.csv']);
    exactError(
      utf16,
      '`utf16.csv` line 1 `<U+FFFD><U+FFFD>u<U+0000>s<U+0000>e<U+0000>r<U+0000>_<U+0000>a<U+0000>g<U+0000>e<U+0000>n<U+0000>t<U+0000>,<U+0000>r<...`: expected the column `user_agent` and found the byte 0xFF (byte 1 of the line), so the file is UTF-16 (Excel\'s "Unicode Text", Windows PowerShell\'s `>` and `Out-File`); save it as UTF-8: in Excel as "CSV UTF-8", in PowerShell with `Export-Csv -Encoding utf8`.',
    );
    // Two files joined with `cat`, each with its mark, or a mark written twice.
    file('twice.csv', `${BOM}${BOM}user_agent,requests\ncurl/8,1\n`);
    exactError(
      run(['report', '--counts', 'twice.csv']),
      '`twice.csv` line 1 `<U+FEFF><U+FEFF>user_agent,requests`: expected the column `user_agent` and found the byte 0xEF (byte 4 of the line), the start of a second byte-order mark (U+FEFF); remove it, so that the file starts with one mark at most and then the header.',
    );
    // The count column is the one missing: `requests` behind a no-break space.
    file('nbsp-header.csv', 'user_agent,\u00a0requests\ncurl/8,1\n');
    exactError(
      run(['report', '--counts', 'nbsp-header.csv']),
      '`nbsp-header.csv` line 1 `user_agent,<U+00A0>requests`: expected the column `requests` and found the byte 0xC2 (byte 12 of the line), which is in no column name; write the header in plain ASCII, e.g. `user_agent,requests`.',
    );
  });
});
