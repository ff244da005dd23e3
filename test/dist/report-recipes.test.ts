import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { query as clickhouse } from 'chdb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../data';
import { MONTHS, figures, quotedApache, report } from './report-counts-data';

// The documented way for large sites, end to end with real SQL engines: DuckDB and ClickHouse
// (chDB, in-process) run the queries of docs/recipes/counted-exports.md as written over a
// table of generated requests (page views, assets, errors, POSTs), and `report --counts` on
// their exports gives the page views the generator made, day by day, and the figures of
// `report` on a log of those page views alone.
const RECIPES = readFileSync(new URL('../../docs/recipes/counted-exports.md', import.meta.url), 'utf8');

/** The first fenced block of `language` under the `## heading` of the recipes. */
function recipe(heading: string, language: string): string {
  const at = RECIPES.indexOf(`\n## ${heading}\n`);
  if (at === -1) throw new Error(`no "## ${heading}" in docs/recipes/counted-exports.md`);
  const match = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(RECIPES.slice(at));
  if (!match) throw new Error(`no ${language} block under "## ${heading}" in docs/recipes/counted-exports.md`);
  return match[1]!;
}

/**
 * The requests the generator makes, and which of them are page views, decided here by
 * hand for each kind rather than by the recipes' rule: a query string that names a PDF,
 * a dot earlier in the path, upper-case extensions, 204, 206, 301, 304, 404, 500, HEAD, POST.
 */
const KINDS: ReadonlyArray<{ method: string; path: string; status: number; pageView: boolean }> = [
  { method: 'GET', path: '/', status: 200, pageView: true },
  { method: 'GET', path: '/nyheter/artikel-12?utm_source=nyhetsbrev', status: 200, pageView: true },
  { method: 'HEAD', path: '/om-kommunen', status: 200, pageView: true },
  { method: 'GET', path: '/', status: 304, pageView: true },
  { method: 'GET', path: '/sok?q=taxa.pdf', status: 200, pageView: true },
  { method: 'GET', path: '/v2.1/start', status: 200, pageView: true },
  { method: 'GET', path: '/blanketter/ansokan.aspx', status: 204, pageView: true },
  { method: 'GET', path: '/styles/site.CSS?v=3', status: 200, pageView: false },
  { method: 'GET', path: '/js/app.js', status: 200, pageView: false },
  { method: 'GET', path: '/bilder/Logo.PNG', status: 304, pageView: false },
  { method: 'GET', path: '/filer/protokoll.pdf', status: 200, pageView: false },
  { method: 'GET', path: '/fonts/text.woff2', status: 206, pageView: false },
  { method: 'GET', path: '/nyheter/rss.xml', status: 200, pageView: false },
  { method: 'POST', path: '/kontakt', status: 200, pageView: false },
  { method: 'GET', path: '/saknas', status: 404, pageView: false },
  { method: 'GET', path: '/gammal-sida', status: 301, pageView: false },
  { method: 'GET', path: '/fel', status: 500, pageView: false },
];

/** What CSV quoting must carry, bytes beyond ASCII, and a request without a user agent. */
const ODD = ['Odd/1.0 (a, "b"; c\\d)', 'Mozilla/5.0 (Linux; Android 13; Tv – Övre våningen) Gecko/1', ''];
const USER_AGENTS = [...ODD, ...FIXTURES.map((fixture) => fixture.ua)];
const REQUESTS = 4000;
const two = (n: number) => String(n).padStart(2, '0');

let dir: string;
/** Every request as a combined-format line, and the page views alone. */
let mixedLog: string;
let pagesLog: string;
/** The table the engines read: one JSON object per request. */
let table: string;
let pageViews = 0;
/** Page views per day in Stockholm, as the generator knows them. */
const perDay = new Map<string, number>();
const pageViewAgents = new Set<string>();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'report-recipes-'));
  // A fixed generator, so that every run writes the same log: 4,000 requests from
  // 20 October to 13 November 2025, across the end of summer time (26 October, 01:00 UTC).
  let state = 17;
  const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const mixed: string[] = [];
  const pages: string[] = [];
  const rows: string[] = [];
  const start = Date.UTC(2025, 9, 19, 22); // 20 October, 00:00 in Stockholm
  const summerEnds = Date.UTC(2025, 9, 26, 1);
  for (let i = 0; i < REQUESTS; i++) {
    const ua = USER_AGENTS[Math.floor(random() * random() * USER_AGENTS.length)]!;
    const kind = KINDS[Math.floor(random() * KINDS.length)]!;
    const instant = start + Math.floor(random() * 25 * 24 * 60) * 60_000;
    const offset = instant < summerEnds ? 2 : 1;
    const local = new Date(instant + offset * 3_600_000); // Stockholm's wall clock, read with the UTC getters
    const day = `${local.getUTCFullYear()}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())}`;
    const stamp = `${two(local.getUTCDate())}/${MONTHS[local.getUTCMonth()]}/${local.getUTCFullYear()}:${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:00 +0${offset}00`;
    const address = `203.0.113.${i % 250}`;
    const line = `${address} - - [${stamp}] "${kind.method} ${kind.path} HTTP/1.1" ${kind.status} 512 "-" ${quotedApache(ua)}`;
    mixed.push(line);
    if (kind.pageView) {
      pages.push(line);
      pageViews++;
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
      pageViewAgents.add(ua);
    }
    rows.push(JSON.stringify({ time: new Date(instant).toISOString(), epoch: instant / 1000, address, method: kind.method, path: kind.path, status: kind.status, user_agent: ua }));
  }
  mixedLog = join(dir, 'mixed.log');
  writeFileSync(mixedLog, mixed.join('\n') + '\n');
  pagesLog = join(dir, 'pages.log');
  writeFileSync(pagesLog, pages.join('\n') + '\n');
  table = join(dir, 'requests.jsonl');
  writeFileSync(table, rows.join('\n') + '\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a counted export must give: the generator's page views, day by day, and the page-view log's figures. */
function expectPageViews(counts: string) {
  const byDay = report(['--counts', '--by', 'day', counts]);
  // Against the generator: the page views of each day in Stockholm, so assets, errors, POSTs
  // and redirects are left out and late-evening and after-midnight requests are on their local day.
  expect(byDay.requests).toBe(pageViews);
  expect(byDay.distinctUserAgents).toBe(pageViewAgents.size);
  expect(byDay.periods.map((period: { start: string; requests: number }) => [period.start, period.requests])).toEqual([...perDay].sort());
  // Against the raw report on a log of the page views alone (a log whose every request is a
  // page view reads the same whether `report` counts requests or page views): the same
  // shares, top lists and weeks.
  const counted = report(['--counts', '--by', 'week', counts]);
  expect(figures(counted)).toEqual(figures(report(['--by', 'week', pagesLog])));
  // Against the raw report on the mixed log, which counts its page views: the export's
  // figures, and what it left out is every other request the generator wrote.
  const mixed = report(['--by', 'week', mixedLog]);
  expect(mixed.requests).toBe(pageViews);
  expect(mixed.leftOut.total).toBe(REQUESTS - pageViews);
  expect(figures(mixed)).toEqual(figures(counted));
  return counted;
}

describe('the counting recipes, run as written', { timeout: 60_000 }, () => {
  it('the generated log mixes page views with other requests, across days and summer time', () => {
    expect(pageViews).toBeGreaterThan(REQUESTS / 4);
    expect(pageViews).toBeLessThan(REQUESTS / 2);
    expect(perDay.size).toBe(25);
  });

  it('DuckDB: its export gives the page views, per local day', async () => {
    const counts = join(dir, 'duckdb.csv');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      await connection.run(
        `CREATE TABLE logs AS SELECT * FROM read_json('${table}', format = 'newline_delimited', columns = {time: 'TIMESTAMPTZ', address: 'VARCHAR', method: 'VARCHAR', path: 'VARCHAR', status: 'INTEGER', user_agent: 'VARCHAR'})`,
      );
      // The machine's own time zone must not matter: the recipe sets Stockholm's.
      await connection.run("SET TimeZone = 'UTC'");
      await connection.run(recipe('DuckDB', 'sql').replace("'counts.csv'", `'${counts}'`));
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
    const exported = readFileSync(counts, 'utf8');
    expect(exported.split('\n')[0]).toBe('date,user_agent,page_views');
    expect(exported).toContain('"Odd/1.0 (a, ""b""; c\\d)"'); // RFC 4180 quoting, from DuckDB
    expectPageViews(counts);
  });

  it('ClickHouse (chDB): its export gives the page views, per local day', () => {
    const counts = join(dir, 'clickhouse.csv');
    const load = [
      "CREATE TEMPORARY TABLE access_log (time DateTime('UTC'), address String, method String, path String, status UInt16, user_agent String) ENGINE = Memory",
      `INSERT INTO access_log SELECT toDateTime(epoch, 'UTC'), address, method, path, status, user_agent FROM file('${table}', JSONEachRow, 'epoch UInt32, address String, method String, path String, status UInt16, user_agent String')`,
    ];
    writeFileSync(counts, clickhouse([...load, recipe('ClickHouse', 'sql')].join(';\n'), 'CSVWithNames'));
    const exported = readFileSync(counts, 'utf8');
    expect(exported.split('\n')[0]).toBe('"date","user_agent","page_views"'); // CSVWithNames quotes every string
    expect(exported).toContain('"Odd/1.0 (a, ""b""; c\\d)"');
    expectPageViews(counts);
  });

  it('every recipe names the extensions of the page-view definition, in its order', () => {
    const lists = [...RECIPES.matchAll(/\[\.\]\(([a-z0-9|]+)\)/g)].map((match) => match[1]);
    expect(lists).toHaveLength(8); // the definition, DuckDB, ClickHouse, BigQuery, Trino, Athena, Spark, Elasticsearch
    // The report's own table (src/report/page-views.ts); test/core/report-page-views.test.ts holds the docs to it.
    for (const list of lists) expect(list).toBe(lists[0]);
  });
});
