import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../data';

// The documented way for large sites, end to end with a real SQL engine: DuckDB runs the
// `GROUP BY` of docs/report-at-scale.md over a generated log, and `report --counts` on
// its export gives the figures of `report` on the log itself.
const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const DOCS = readFileSync(new URL('../../docs/report-at-scale.md', import.meta.url), 'utf8');

/** The first SQL block under the DuckDB heading of the docs. */
function documentedQuery(): string {
  const section = DOCS.slice(DOCS.indexOf('### DuckDB'));
  const match = /```sql\n([\s\S]*?)```/.exec(section);
  if (!match) throw new Error('no SQL block under "### DuckDB" in docs/report-at-scale.md');
  return match[1]!;
}

/** What CSV quoting must carry, and bytes beyond ASCII. */
const ODD = ['Odd/1.0 (a, "b"; c\\d)', 'Mozilla/5.0 (Linux; Android 13; Tv – Övre våningen) Gecko/1', ''];
const USER_AGENTS = [...ODD, ...FIXTURES.map((fixture) => fixture.ua)];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

let dir: string;
let log: string;
let table: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'report-duckdb-'));
  // A fixed generator, so that every run writes the same log: 4,000 requests over 25 days.
  let state = 17;
  const random = () => ((state = (state * 48271) % 2147483647) / 2147483647);
  const combined: string[] = [];
  const rows: string[] = [];
  for (let i = 0; i < 4000; i++) {
    const ua = USER_AGENTS[Math.floor(random() * random() * USER_AGENTS.length)]!;
    const day = 20 + Math.floor(random() * 25); // 20 October to 13 November 2025
    const date = new Date(Date.UTC(2025, 9, day, Math.floor(random() * 24), Math.floor(random() * 60)));
    const [y, m, d, hh, mm] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()];
    const two = (n: number) => String(n).padStart(2, '0');
    const escaped = ua.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
    combined.push(`203.0.113.${i % 250} - - [${two(d)}/${MONTHS[m]}/${y}:${two(hh)}:${two(mm)}:00 +0100] "GET /p/${i} HTTP/1.1" 200 512 "-" "${escaped}"`);
    rows.push(JSON.stringify({ time: `${y}-${two(m + 1)}-${two(d)} ${two(hh)}:${two(mm)}:00`, user_agent: ua }));
  }
  log = join(dir, 'access.log');
  writeFileSync(log, combined.join('\n') + '\n');
  table = join(dir, 'logs.jsonl');
  writeFileSync(table, rows.join('\n') + '\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function report(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, 'report', '--format', 'json', '--browsers', 'defaults', ...args], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  // What was counted (page views of a log, what the query counted) and the visitors (a count holds no addresses) differ by nature.
  const { inputs, lines, generated, counted, visitors, browsers, versions, ...figures } = JSON.parse(result.stdout);
  const withoutVisitors = (rows: Array<Record<string, unknown>>) => rows.map(({ visitors: _, ...row }) => row);
  return { ...figures, browsers: withoutVisitors(browsers), versions: withoutVisitors(versions) };
}

describe('report --counts on a DuckDB export', { timeout: 120_000 }, () => {
  it('gives the raw log\'s figures, per week too', async () => {
    const counts = join(dir, 'counts.csv');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      await connection.run(
        `CREATE TABLE logs AS SELECT * FROM read_json('${table}', format = 'newline_delimited', columns = {time: 'TIMESTAMP', user_agent: 'VARCHAR'})`,
      );
      await connection.run(documentedQuery().replace("'counts.csv'", `'${counts}'`));
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
    const exported = readFileSync(counts, 'utf8');
    expect(exported.split('\n')[0]).toBe('date,user_agent,requests');
    expect(exported).toContain('"Odd/1.0 (a, ""b""; c\\d)"'); // RFC 4180 quoting, from DuckDB

    const fromLog = report(['--by', 'week', log]);
    const fromCounts = report(['--counts', '--by', 'week', counts]);
    expect(fromCounts).toEqual(fromLog);
    expect(fromLog.requests).toBe(4000);
    expect(fromLog.periods.length).toBeGreaterThan(3);
  });
});
