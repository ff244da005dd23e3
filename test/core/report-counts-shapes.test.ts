import { describe, expect, it } from 'vitest';
import { OldBrowserNoticeError } from '../../src/errors';
import { readChunks } from '../../src/report/read-bytes';
import { emptyTally, type Tally } from '../../src/report/tally';

/**
 * Counted exports as each engine writes them, read as `report --counts` reads them. The
 * DuckDB and ClickHouse recipes run for real (test/dist/report-recipes.test.ts); BigQuery,
 * Athena, Trino, Spark and Elasticsearch are not at hand, so their output is written here
 * from their documented formats, the source beside each.
 */
const IE11 = 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko';
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
/** A comma, quotes, a backslash, bytes beyond ASCII, and spaces at both ends (which Spark trims unless told not to). */
const ODD = '  Odd/1.0 (a, "b"; c\\d) Övre  ';

/** Page views per day and user agent; `null` is a request without a user agent. */
const ROWS: ReadonlyArray<{ day: string; ua: string | null; count: number }> = [
  { day: '2025-11-03', ua: IE11, count: 3 },
  { day: '2025-11-03', ua: CHROME, count: 1234 },
  { day: '2025-11-04', ua: ODD, count: 2 },
  { day: '2025-11-04', ua: null, count: 5 },
  { day: '2025-11-10', ua: CHROME, count: 7 },
  { day: '2025-11-11', ua: IE11, count: 1 },
];

/** What every shape must read as: requests per user agent (none: the empty one) and per day. */
const EXPECTED = {
  requests: 1252,
  counts: new Map([
    [IE11, 4],
    [CHROME, 1241],
    [ODD, 2],
    ['', 5],
  ]),
  days: new Map([
    ['2025-11-03', new Map([[IE11, 3], [CHROME, 1234]])],
    ['2025-11-04', new Map([[ODD, 2], ['', 5]])],
    ['2025-11-10', new Map([[CHROME, 7]])],
    ['2025-11-11', new Map([[IE11, 1]])],
  ]),
};

/** `bytes` as the one chunk of a stream. */
async function* once(bytes: Buffer): AsyncIterable<Uint8Array> {
  yield bytes;
}

async function read(...files: string[]): Promise<Tally> {
  const tally = emptyTally(true);
  for (const [i, text] of files.entries()) await readChunks(once(Buffer.from(text, 'utf8')), `file ${i}`, tally, { counts: true });
  return tally;
}

const expectCounts = (tally: Tally) => expect({ requests: tally.requests, counts: tally.counts, days: tally.days }).toEqual(EXPECTED);

/** RFC 4180: quoted only where needed, quotes doubled. */
const minimal = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
/** Every value quoted. */
const everyQuoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

describe('counted exports in the shapes engines write', () => {
  it('BigQuery EXPORT DATA, CSV: a header in each file, quotes only where needed, NULL as an empty field', async () => {
    // Source: cloud.google.com/bigquery/docs/reference/standard-sql/export-statements (format = 'CSV',
    // header = true) and cloud.google.com/bigquery/docs/exporting-data (a wildcard URI writes several
    // files, each with the header; NULL is written as an empty value).
    const file = (rows: typeof ROWS) => 'date,user_agent,page_views\n' + rows.map((row) => `${row.day},${row.ua === null ? '' : minimal(row.ua)},${row.count}`).join('\n') + '\n';
    expectCounts(await read(file(ROWS.slice(0, 3)), file(ROWS.slice(3))));
  });

  it('BigQuery EXPORT DATA, JSON: one object a line, INT64 as a string, NULL as null', async () => {
    // Source: cloud.google.com/bigquery/docs/exporting-data, "Export formats": newline-delimited JSON, where
    // "INT64 (integer) data types are encoded as JSON strings to preserve 64-bit precision".
    const lines = ROWS.map((row) => JSON.stringify({ date: row.day, user_agent: row.ua, page_views: String(row.count) }));
    expectCounts(await read(lines.join('\n') + '\n'));
  });

  it('Athena query results and Trino\'s CSV_HEADER: every value and name quoted, NULL unquoted and empty', async () => {
    // Sources: Athena saves a SELECT's result as CSV with a header row (docs.aws.amazon.com/athena/latest/ug/querying-finding-output-files.html),
    // NULL as an unquoted empty field and '' as `""` (pyathena.dev/master/null_handling.html); Trino's and Presto's
    // CLI `--output-format CSV_HEADER` quote every value, with a header row (trino.io/docs/current/client/cli.html;
    // CSV_UNQUOTED came later for those who want none: github.com/prestodb/presto/issues/8845).
    const header = ['date', 'user_agent', 'page_views'].map(everyQuoted).join(',');
    const rows = ROWS.map((row) => [everyQuoted(row.day), row.ua === null ? '' : everyQuoted(row.ua), everyQuoted(String(row.count))].join(','));
    expectCounts(await read([header, ...rows].join('\n') + '\n'));
  });

  it('Spark\'s CSV writer as the recipe sets it: header in each part, quotes doubled (escape \'"\'), spaces kept, an empty part with its header alone', async () => {
    // Source: spark.apache.org/docs/latest/sql-data-sources-csv.html: `escape` (default `\`) set to `"`
    // doubles quotes; `ignoreLeadingWhiteSpace`/`ignoreTrailingWhiteSpace` (true for writing) set to false
    // keep spaces; null is written as `nullValue` (empty); one part file per partition, each with the header.
    const part = (rows: typeof ROWS) => 'date,user_agent,page_views\n' + rows.map((row) => `${row.day},${row.ua === null ? '' : minimal(row.ua)},${row.count}`).join('\n') + '\n';
    expect(part(ROWS.slice(2, 3))).toContain(',"  Odd/1.0 (a, ""b""; c\\d) Övre  ",');
    expectCounts(await read(part(ROWS.slice(0, 2)), part([]), part(ROWS.slice(2))));
  });

  it('the Elasticsearch loop\'s JSON lines: the missing bucket\'s user agent is null, the count a number', async () => {
    // Source: the recipe's jq (`{date: .key.date, user_agent: .key.user_agent, page_views: .doc_count}`) over
    // a composite aggregation's buckets (elastic.co/guide/en/elasticsearch/reference/current/search-aggregations-bucket-composite-aggregation.html,
    // `missing_bucket`: a bucket whose key is null).
    const lines = ROWS.map((row) => JSON.stringify({ date: row.day, user_agent: row.ua, page_views: row.count }));
    expectCounts(await read(lines.join('\n') + '\n'));
  });
});

describe('counts as spreadsheets write them', () => {
  /** The requests a count is read as, or the reason it is refused. */
  async function countOf(count: string): Promise<number | string> {
    const tally = emptyTally();
    try {
      await readChunks(once(Buffer.from(`ua;n\ncurl/8;${count}\n`)), 'count.csv', tally, { counts: true });
      return tally.requests;
    } catch (error) {
      return (error as Error).message.replace(/^.*`: the count `[^`]*` /, '').replace(/;.*$/, '');
    }
  }

  it('reads digits, and digit groups split by a space, a no-break space or a narrow no-break space', async () => {
    expect(await countOf('1234')).toBe(1234);
    expect(await countOf(' 42 ')).toBe(42);
    expect(await countOf('1 234')).toBe(1234);
    expect(await countOf('12\u00a0345\u00a0678')).toBe(12345678);
    expect(await countOf('999\u202f999\u202f999\u202f999\u202f999')).toBe(999999999999999);
  });

  it('refuses a comma, a point, a sign, groups that are not of three, and more than 15 digits, saying which', async () => {
    expect(await countOf('1,0')).toMatch(/^has a comma, a decimal comma in Swedish/);
    expect(await countOf('"1,234,567"')).toMatch(/^has a comma/);
    expect(await countOf('1.234')).toMatch(/^has a point/);
    expect(await countOf('-3')).toBe('is negative');
    expect(await countOf('12 34')).toBe('is not a whole number');
    expect(await countOf('1 234,5')).toBe('is not a whole number');
    expect(await countOf('1234567890123456')).toMatch(/^has more than 15 digits/);
  });
});

describe('--by and a file without dates', () => {
  const readBy = (text: string, by?: string) => readChunks(once(Buffer.from(text, 'utf8')), 'undated.csv', emptyTally(true), { counts: true, by });

  /** The error reading `text` with `by` throws: the project's, on one line. */
  const refusal = async (text: string, by: string) => {
    const error: unknown = await readBy(text, by).then(() => undefined, (thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(OldBrowserNoticeError);
    return (error as Error).message;
  };

  it('refuses the header of a CSV file without a date column, and a JSON row without a date field, when periods are asked for', async () => {
    expect(await refusal('user_agent,requests\ncurl/8,2\n', 'week')).toBe(
      '`undated.csv` line 1 `user_agent,requests`: no date column, and `--by week` groups rows by their date; add one (`date` or `day`, e.g. `CAST(time AS DATE) AS day` in the query), or drop `--by`.',
    );
    expect(await refusal('{"ua":"curl/8","count":2,"day":"2025-11-03"}\n{"ua":"curl/8","count":1}\n', 'month')).toMatch(/^`undated.csv` line 2 `\{"ua":"curl\/8","count":1\}`: no date field, and `--by month`/);
  });

  it('reads the same files without --by, and a file with a date column with it', async () => {
    await expect(readBy('user_agent,requests\ncurl/8,2\n')).resolves.toBeUndefined();
    await expect(readBy('{"ua":"curl/8","count":1}\n')).resolves.toBeUndefined();
    await expect(readBy('day,user_agent,requests\n2025-11-03,curl/8,2\n', 'week')).resolves.toBeUndefined();
  });
});

describe('counts files from outside: hostile input', () => {
  /** What reading `bytes` as a counts file does: the tally, or the project's error; anything else fails. */
  async function outcome(bytes: Buffer): Promise<'read' | 'refused'> {
    try {
      await readChunks(once(bytes), 'hostile.csv', emptyTally(true), { counts: true });
      return 'read';
    } catch (error) {
      expect(error).toBeInstanceOf(OldBrowserNoticeError);
      expect((error as Error).message).not.toContain('\n');
      return 'refused';
    }
  }

  it('reads `__proto__` and `constructor` as names like any other, not as the table\'s own', async () => {
    expect(await outcome(Buffer.from('__proto__,constructor\nx,1\n'))).toBe('refused');
    const tally = emptyTally();
    await readChunks(once(Buffer.from('constructor,ua,n,__proto__\n1,toString,2,3\n')), 'names.csv', tally, { counts: true });
    expect([...tally.counts]).toEqual([['toString', 2]]);
  });

  it('answers with the project\'s one-line error or a tally for headers of one repeated byte, and for random bytes', async () => {
    for (const char of ['"', ';', ',', '\t', '\ufeff', '\u0000', '\u00ff', 's', '{']) {
      await outcome(Buffer.from(char.repeat(60_000) + '\nx,1\n', char === '\u00ff' ? 'latin1' : 'utf8'));
    }
    let state = 7;
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
    const alphabet = ['user_agent', 'requests', ',', ';', '\t', '"', '\r\n', '\n', '\ufeff', '1 234', '1,0', '{', '}', 'sep=;', '#TYPE x', '\u0000', '\u00a0'];
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      await outcome(Buffer.from(text));
    }
  });
});
