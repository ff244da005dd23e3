import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME157, GOOGLEBOT, IE11_WINDOWS_7 } from '../user-agents';
import { figures, quotedApache, MONTHS, report } from './report-counts-data';

// The Elasticsearch recipe of docs/recipes/counted-exports.md, the shell loop as written,
// against a small local server that pages a composite aggregation as Elasticsearch does
// (elastic.co/guide/en/elasticsearch/reference/current/search-aggregations-bucket-composite-aggregation.html:
// `after_key` on every page with buckets, none on the empty page after the last): it keeps
// every bucket (the one without a user agent too) when every page answers, and ends with a
// non-zero exit status, writing no counts, when a page fails, is partial, or never comes.
const RECIPES = readFileSync(new URL('../../docs/recipes/counted-exports.md', import.meta.url), 'utf8');
const SCRIPT = (() => {
  const section = RECIPES.slice(RECIPES.indexOf('\n## Elasticsearch and OpenSearch\n'));
  const match = /```sh\n(#!\/usr\/bin\/env bash\n[\s\S]*?)```/.exec(section);
  if (!match) throw new Error('no bash script under "## Elasticsearch and OpenSearch" in docs/recipes/counted-exports.md');
  return match[1]!;
})();

/** The tools the loop runs; a test that needs a missing one says so in its name and does not run. */
const MISSING = ['bash', 'curl', 'jq'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
const needs = (name: string) => (MISSING.length ? `${name} (NOT RUN: ${MISSING.join(', ')} not installed)` : name);

/** The buckets of the aggregation, in key order; `null` is the missing bucket. */
const BUCKETS = [
  { key: { date: '2025-11-03', user_agent: IE11_WINDOWS_7 }, doc_count: 3 },
  { key: { date: '2025-11-03', user_agent: CHROME157 }, doc_count: 12 },
  { key: { date: '2025-11-04', user_agent: null }, doc_count: 4 },
  { key: { date: '2025-11-04', user_agent: GOOGLEBOT }, doc_count: 2 },
  { key: { date: '2025-11-05', user_agent: 'Odd/1.0 (a, "b"; c\\d)' }, doc_count: 1 },
  { key: { date: '2025-11-10', user_agent: CHROME157 }, doc_count: 7 },
  { key: { date: '2025-11-11', user_agent: IE11_WINDOWS_7 }, doc_count: 1 },
];
/** Buckets per page: small, so that the loop pages four times. */
const PAGE = 2;

type Mode = 'answers' | 'fails at page 4' | 'partial at page 2' | 'never answers';
let mode: Mode = 'answers';
/** The bodies the loop sent, in order. */
let bodies: Array<Record<string, any>> = [];
let server: Server;
let url: string;
let dir: string;

function answer(request: IncomingMessage, response: ServerResponse, text: string) {
  const body = JSON.parse(text);
  bodies.push(body);
  if (mode === 'never answers') return; // the connection stays open, and nothing comes
  const after = body.aggs?.ua?.composite?.after;
  const from = after === undefined ? 0 : BUCKETS.findIndex((bucket) => JSON.stringify(bucket.key) === JSON.stringify(after)) + 1;
  const page = from / PAGE + 1;
  response.setHeader('Content-Type', 'application/json');
  if (mode === 'fails at page 4' && page === 4) {
    response.statusCode = 500;
    response.end(JSON.stringify({ error: { type: 'search_phase_execution_exception', reason: 'all shards failed' }, status: 500 }));
    return;
  }
  const buckets = BUCKETS.slice(from, from + PAGE);
  const failed = mode === 'partial at page 2' && page === 2 ? 1 : 0;
  response.end(
    JSON.stringify({
      took: 3,
      timed_out: false,
      _shards: { total: 2, successful: 2 - failed, skipped: 0, failed },
      hits: { total: { value: 30, relation: 'eq' }, max_score: null, hits: [] },
      aggregations: { ua: { ...(buckets.length ? { after_key: buckets.at(-1)!.key } : {}), buckets } },
    }),
  );
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'report-es-loop-'));
  writeFileSync(join(dir, 'es-counts.sh'), SCRIPT);
  server = createServer((request, response) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (text += chunk));
    request.on('end', () => answer(request, response, text));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the loop as the docs write it, with `TIMEOUT` seconds a page; killed only if it outlives 20 s. */
function loop(as: Mode): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  mode = as;
  bodies = [];
  rmSync(join(dir, 'counts.jsonl'), { force: true });
  return new Promise((resolve) => {
    const child = spawn('bash', ['es-counts.sh'], { cwd: dir, env: { ...process.env, ES: url, TIMEOUT: '2' }, timeout: 20_000 });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

describe('the Elasticsearch loop, run as written', { timeout: 30_000 }, () => {
  it.skipIf(MISSING.length > 0)(needs('keeps every bucket, the one without a user agent too, and report --counts reads them'), async () => {
    const result = await loop('answers');
    expect(result).toMatchObject({ code: 0, signal: null });
    expect(bodies).toHaveLength(5); // four pages of buckets, and the empty page that ends the loop
    expect(bodies[1]!.aggs.ua.composite.after).toEqual(BUCKETS[1]!.key);
    // It asks for page views, and for the buckets of requests without a user agent or a date.
    expect(bodies[0]!.query.bool.filter[0]).toEqual({ terms: { 'http.request.method': ['GET', 'HEAD'] } });
    expect(bodies[0]!.aggs.ua.composite.sources.map((source: Record<string, any>) => Object.values(source)[0][Object.keys(Object.values(source)[0])[0]!].missing_bucket)).toEqual([true, true]);

    const lines = readFileSync(join(dir, 'counts.jsonl'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines).toEqual(BUCKETS.map((bucket) => ({ date: bucket.key.date, user_agent: bucket.key.user_agent, page_views: bucket.doc_count })));
    // The counts give what a raw log of the same page views gives (no user agent: an empty one).
    const raw = BUCKETS.flatMap(({ key, doc_count }) =>
      Array.from({ length: doc_count }, () => `192.0.2.1 - - [${key.date.slice(8)}/${MONTHS[10]}/2025:12:00:00 +0100] "GET / HTTP/1.1" 200 5 "-" ${quotedApache(key.user_agent ?? '')}`),
    );
    writeFileSync(join(dir, 'raw.log'), raw.join('\n') + '\n');
    const counted = report(['--counts', '--by', 'week', join(dir, 'counts.jsonl')]);
    expect(figures(counted)).toEqual(figures(report(['--by', 'week', join(dir, 'raw.log')])));
    expect(counted.requests).toBe(30);
  });

  it.skipIf(MISSING.length > 0)(needs('ends with a non-zero status and writes no counts when page 4 fails'), async () => {
    const result = await loop('fails at page 4');
    expect(result.signal).toBeNull();
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('500');
    expect(existsSync(join(dir, 'counts.jsonl'))).toBe(false);
    expect(bodies.length).toBeGreaterThanOrEqual(4); // pages 1 to 3, then page 4 (and curl's retries of it)
  });

  it.skipIf(MISSING.length > 0)(needs('ends with a non-zero status when a page holds only some shards\' counts'), async () => {
    const result = await loop('partial at page 2');
    expect(result).toMatchObject({ code: 1, signal: null });
    expect(result.stderr).toContain('page 2 is incomplete');
    expect(bodies).toHaveLength(2);
    expect(existsSync(join(dir, 'counts.jsonl'))).toBe(false);
  });

  it.skipIf(MISSING.length > 0)(needs('gives up by itself within its timeout when nothing answers'), async () => {
    const result = await loop('never answers');
    expect(result.signal).toBeNull(); // it ended by itself: the test's 20 s limit did not kill it
    expect(result.code).toBe(28); // curl's "Operation timed out"
    expect(result.stderr).toMatch(/timed out/i);
    expect(existsSync(join(dir, 'counts.jsonl'))).toBe(false);
  });
});
