import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import browserslist from 'browserslist';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME100, CHROME157, GOOGLEBOT, IE11_WINDOWS_7, IOS15 } from '../user-agents';

// `report --stats-out`: a site's own usage, per browser version, as browserslist reads it.
const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

const IE11 = IE11_WINDOWS_7;

/** 19 requests from people (10 + 4 + 3 + 2), and 6 from a crawler and a tool, which the stats leave out. */
const TRAFFIC: [string, number][] = [
  [CHROME157, 10],
  [CHROME100, 4],
  [IE11, 3],
  [IOS15, 2],
  [GOOGLEBOT, 5],
  ['curl/8.5.0', 1],
];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'report-stats-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('report --stats-out', { timeout: 60_000 }, () => {
  it('writes browserslist custom stats that `> N% in my stats` reads back as the site\'s own browsers', () => {
    const log = join(dir, 'access.log');
    writeFileSync(log, TRAFFIC.flatMap(([ua, count]) => Array<string>(count).fill(ua)).join('\n') + '\n');
    const stats = join(dir, 'browserslist-stats.json');
    const result = spawnSync(process.execPath, [BIN, 'report', '--browsers', 'defaults', '--format', 'json', '--stats-out', stats, log], { encoding: 'utf8' });
    // The report goes to standard output, so the line that names the file goes to standard error.
    expect(result.stderr).toBe(`Wrote browserslist usage statistics to ${stats}.\n`);
    expect(result.status).toBe(0);

    const written = JSON.parse(readFileSync(stats, 'utf8'));
    expect(Object.keys(written).sort()).toEqual(['chrome', 'ie', 'ios_saf']);
    const total = Object.values(written).flatMap((versions) => Object.values(versions as Record<string, number>)).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(100, 2);
    expect(written.chrome['157']).toBeCloseTo((10 / 19) * 100, 3);

    expect(browserslist('> 12% in my stats', { stats }).sort()).toEqual(['chrome 100', 'chrome 157', 'ie 11']);
    // iOS 15.6 as browserslist lists it: within the range 15.6-15.8.
    expect(browserslist('> 10% in my stats', { stats })).toContain('ios_saf 15.6-15.8');
    expect(browserslist('> 60% in my stats', { stats })).toEqual([]);
  });
});
