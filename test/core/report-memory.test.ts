import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/aggregate';
import { renderTable } from '../../src/report/render-table';
import { REPORT_TEXTS } from '../../src/report/text';
import { addRequests, emptyTally, foldRarest, MAX_DISTINCT_USER_AGENTS } from '../../src/report/tally';
import { RawCounts, tallyLogBlock } from '../../src/report/tally-log';
import { DEFAULT_POLICY } from '../../src/policy/default';

// `report` on a log of forged user agents, each distinct: memory is bounded by the number
// of distinct user agents kept, the rest folded into "other user agents", and the totals
// still add up. (test/dist/report-memory.test.ts runs the CLI on a million in 256 MB.)
const FIREFOX = (version: number) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${version}.0) Gecko/20100101 Firefox/${version}.0`;
const line = (ua: string, day = '07/Dec/2026') => `203.0.113.9 - - [${day}:10:00:00 +0000] "GET / HTTP/1.1" 200 512 "-" "${ua}"`;

describe('a tally with more distinct user agents than it keeps', () => {
  it('keeps at most the cap, folds the rarest into `other`, and every request is in one or the other', () => {
    const tally = emptyTally(false, 1_000);
    // Ten real browsers, often; then 50,000 forged agents, once each, between them.
    let requests = 0;
    for (let i = 0; i < 50_000; i++) {
      addRequests(tally, FIREFOX(100 + (i % 10)), 1, null);
      addRequests(tally, `forged/${i}`, 1, null);
      requests += 2;
      expect(tally.counts.size).toBeLessThanOrEqual(1_000);
    }
    const kept = [...tally.counts.values()].reduce((a, b) => a + b, 0);
    expect(kept + tally.other).toBe(requests);
    expect(tally.requests).toBe(requests);
    // The real browsers, frequent, are never folded: all their requests are counted.
    for (let v = 100; v < 110; v++) expect(tally.counts.get(FIREFOX(v))).toBe(5_000);
  });

  it('folds at least half of them each time, so that a fold is rare', () => {
    const tally = emptyTally(false, 100);
    for (let i = 0; i < 100; i++) addRequests(tally, `ua/${i}`, i + 1, null);
    foldRarest(tally);
    expect(tally.counts.size).toBeLessThanOrEqual(50);
    expect([...tally.counts.values()].every((requests) => requests > 50)).toBe(true);
  });

  it('keeps the days of only the user agents it keeps', () => {
    const tally = emptyTally(true, 10);
    for (let i = 0; i < 100; i++) addRequests(tally, `forged/${i}`, 1, `2026-12-0${1 + (i % 7)}`);
    for (const perDay of tally.days!.values()) for (const ua of perDay.keys()) expect(tally.counts.has(ua)).toBe(true);
    const inDays = [...tally.days!.values()].flatMap((perDay) => [...perDay.values()]).reduce((a, b) => a + b, 0);
    expect(inDays + tally.other).toBe(100);
  });

  it('reads a log block by block without holding every distinct text of it', () => {
    const tally = emptyTally(false, 5_000);
    const raw = new RawCounts();
    let most = 0;
    for (let block = 0; block < 10; block++) {
      const lines = Array.from({ length: 10_000 }, (_, i) => line(`forged/${block}/${i}`));
      tallyLogBlock(lines.join('\n'), tally, raw, undefined);
      most = Math.max(most, raw.size, tally.counts.size);
    }
    raw.foldInto(tally);
    expect(most).toBeLessThanOrEqual(20_000);
    expect(tally.counts.size + 0).toBeLessThanOrEqual(5_000);
    expect(tally.requests).toBe(100_000);
    expect([...tally.counts.values()].reduce((a, b) => a + b, 0) + tally.other).toBe(100_000);
  });

  it('says so in the report: the requests folded, the cap, and a note in the table', () => {
    const tally = emptyTally(false, 10);
    for (let i = 0; i < 30; i++) addRequests(tally, FIREFOX(60), 1, null);
    for (let i = 0; i < 100; i++) addRequests(tally, `forged/${i}`, 1, null);
    const report = buildReport(tally, { inputs: ['access.log'], policy: DEFAULT_POLICY, now: new Date('2026-12-07T12:00:00Z') });
    expect(report.requests).toBe(130);
    expect(report.maxDistinctUserAgents).toBe(10);
    expect(report.otherUserAgents.requests).toBeGreaterThan(0);
    expect(report.otherUserAgents.requests + [...tally.counts.values()].reduce((a, b) => a + b, 0)).toBe(130);
    // Old Firefox, frequent, is kept and judged.
    expect(report.status.outdated?.requests).toBe(30);
    const table = renderTable(report);
    expect(table).toMatch(/^Other user agents \(not judged\) +\d+$/m);
    expect(table).toContain('The logs hold more than 10 distinct user agents');
    expect(renderTable(report, REPORT_TEXTS.sv)).toContain('Övriga användaragenter');
  });

  it('keeps 100,000 by default, and says nothing of other user agents when there are none', () => {
    expect(MAX_DISTINCT_USER_AGENTS).toBe(100_000);
    const tally = emptyTally();
    addRequests(tally, FIREFOX(60), 1, null);
    const report = buildReport(tally, { inputs: ['access.log'], policy: DEFAULT_POLICY });
    expect(report.otherUserAgents).toEqual({ requests: 0, percent: 0 });
    expect(renderTable(report)).not.toContain('Other user agents');
  });
});
