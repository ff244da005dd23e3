import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `report` on a log full of forged user agents, each one distinct: it used to keep them all
// until Node aborted (exit 134, no report; 470,000 distinct agents in a 256 MB heap). The
// built CLI, spawned with that heap, on a million of them written here.
const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const DISTINCT = 1_000_000;
/** Requests from one real old browser among them: it must still be judged. */
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
const IE11_REQUESTS = 5_000;

let dir: string;
let log: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'obn-report-memory-'));
  log = join(dir, 'access.log');
  const out = createWriteStream(log);
  let lines: string[] = [];
  for (let i = 0; i < DISTINCT; i++) {
    lines.push(`203.0.113.${i % 250} - - [07/Dec/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 512 "-" "Mozilla/5.0 (X11; Linux x86_64; forged ${i.toString(36)}) Gecko/20100101 Firefox/${i % 150}.0"`);
    if (i % 200 === 0) lines.push(`198.51.100.7 - - [07/Dec/2026:10:00:01 +0000] "GET / HTTP/1.1" 200 512 "-" "${IE11}"`);
    if (lines.length >= 10_000) {
      if (!out.write(lines.join('\n') + '\n')) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      lines = [];
    }
  }
  out.end(lines.join('\n') + '\n');
  await new Promise<void>((resolve) => out.once('finish', () => resolve()));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI with a 256 MB heap; resolves with its exit code, signal and output. */
function report(...args: string[]): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--max-old-space-size=256', BIN, 'report', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

describe('report on a million distinct user agents in a 256 MB heap', () => {
  it('finishes, folds the rarest into "other user agents", says so, and judges the frequent ones', async () => {
    const { code, signal, stdout, stderr } = await report(log, '--format', 'json');
    expect({ code, signal, stderr: stderr.slice(0, 500) }).toEqual({ code: 0, signal: null, stderr: expect.any(String) });
    const json = JSON.parse(stdout) as {
      requests: number;
      distinctUserAgents: number;
      maxDistinctUserAgents: number;
      otherUserAgents: { requests: number; percent: number };
      status: Record<string, { requests: number }>;
    };
    expect(json.requests).toBe(DISTINCT + IE11_REQUESTS);
    expect(json.distinctUserAgents).toBeLessThanOrEqual(json.maxDistinctUserAgents);
    expect(json.otherUserAgents.requests).toBeGreaterThanOrEqual(DISTINCT - json.maxDistinctUserAgents);
    const judged = Object.values(json.status).reduce((sum, share) => sum + share.requests, 0);
    expect(judged + json.otherUserAgents.requests).toBe(json.requests);
    // IE 11, 5,000 requests among the forged agents, is kept and judged.
    expect(json.status.unsupported!.requests).toBe(IE11_REQUESTS);
  }, 120_000);
});
