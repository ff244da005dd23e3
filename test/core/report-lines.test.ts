import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineDay } from '../../src/report/parse-line';
import { dayOfCombinedLine } from '../../src/report/periods';
import { emptyTally, type Tally } from '../../src/report/tally';
import { RawCounts, tallyLine, tallyLogBlock } from '../../src/report/tally-log';

/**
 * The report reads the common shape of a combined line in place and counts its user
 * agent as written, decoding each distinct one at the end; every other line goes through
 * `userAgentOf`. Both must give the same tally as `userAgentOf` on every line.
 */

/** Text as a log file holds it, decoded one character per byte as the reader decodes it. */
const asRead = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

/** The tally of `lines` (as read) with `userAgentOf` alone, line by line. */
function lineByLine(lines: string[], withDays: boolean, allRequests: boolean): Tally {
  const tally = emptyTally(withDays, undefined, { allRequests });
  const when = lineDay();
  for (const line of lines) tallyLine(line, tally, when);
  return tally;
}

/** The tally of `lines` (as read) as the report reads them: one block. */
function asBlock(lines: string[], withDays: boolean, allRequests: boolean): Tally {
  const tally = emptyTally(withDays, undefined, { allRequests });
  const raw = new RawCounts();
  tallyLogBlock(lines.join('\n'), tally, raw, lineDay());
  raw.foldInto(tally);
  return tally;
}

/** A tally as sorted data, so that the order maps were filled in does not matter. */
function plain(tally: Tally) {
  const sorted = (counts: Map<string, number>) => [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    lines: tally.lines,
    requests: tally.requests,
    skipped: tally.skipped,
    tooLong: tally.tooLong,
    counts: sorted(tally.counts),
    leftOut: tally.leftOut,
    checked: tally.checked,
    addressed: tally.addressed,
    visitors: sorted(tally.visitors),
    pairs: tally.pairs.size,
    days: tally.days && [...tally.days].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, counts]) => [day, sorted(counts)]),
  };
}

const expectSameTally = (lines: string[]) => {
  for (const withDays of [false, true]) {
    for (const allRequests of [false, true]) expect(plain(asBlock(lines, withDays, allRequests))).toEqual(plain(lineByLine(lines, withDays, allRequests)));
  }
};

const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';
const combined = (agent: string, tail = '') => `10.0.0.1 - - [12/Nov/2025:10:00:00 +0100] "GET / HTTP/1.1" 200 512 "-" "${agent}"${tail}`;

describe('reading a combined line in place', () => {
  it('counts what userAgentOf reads from lines of every shape', () => {
    expectSameTally(
      [
        combined(ua),
        combined(ua, '\r'),
        combined(ua, ' "10.1.1.1"'), // nginx's `main` format: the user agent is the third field, not the last
        combined('Mozilla/5.0 \\"quoted\\" Ünïcode'),
        combined('caf\\xC3\\xA9 \\\\ back'),
        combined('Mozilla/5.0 Övre'),
        combined('a'.repeat(600)), // over what evaluate reads: cut
        combined(''),
        combined(ua).replace('200 512', '200 -'),
        combined(ua).replace('304', 'abc'),
        combined(ua).replace('"GET / HTTP/1.1"', '"GET /\\"x HTTP/1.1"'),
        combined(ua).replace('[12/Nov/2025', '[13/Nov/2025'),
        combined(ua).replace('[12/Nov/2025:10:00:00 +0100]', '[12/Nov'),
        combined(ua).replace('[12/Nov/2025:10:00:00 +0100]', '[bad date]'),
        // page views and the requests left out, from other addresses and days
        combined(ua).replace('GET /', 'GET /css/site.CSS?v=2'),
        combined(ua).replace('GET /', 'POST /sok'),
        combined(ua).replace('GET /', 'get /'),
        combined(ua).replace('200 512', '404 12'),
        combined(ua).replace('200 512', '304 -'),
        combined(ua).replace('"GET / HTTP/1.1"', '"-"'),
        combined(ua).replace('10.0.0.1', '10.0.0.2'),
        combined(ua).replace('10.0.0.1', '10.0.0.2').replace('[12/Nov', '[14/Nov'),
        combined(ua, ' "unbalanced').replace('10.0.0.1', '10.0.0.3'),
        combined(ua).replace('200 512', '2000 12'),
        `  ${combined(ua)}`,
        `${combined(ua)} "unbalanced`,
        `{"user_agent": "${ua}", "time": "2025-11-12T10:00:00Z"}`,
        ua,
        '',
        '   ',
        '"only one"',
        'x [12/Nov/2025 "a" "b"',
      ].map(asRead),
    );
  });

  it('counts what userAgentOf reads from any line made of log-like pieces', () => {
    const piece = fc.constantFrom('"', '\\', ' ', '[', ']', '{', '-', '\r', '\t', 'x', '\\x41', '\\"', 'é', '200', ' 200 512 ', ' 304 - ', ' 404 1 ', '12/Nov/2025', ua, 'GET /', 'POST ', '.css', '.PNG', '?', '#', '/', '"-"');
    const line = fc.array(piece, { maxLength: 24 }).map((parts) => asRead(parts.join('')));
    const lineAround = fc
      .tuple(fc.array(piece, { maxLength: 4 }), fc.array(piece, { maxLength: 4 }), fc.array(piece, { maxLength: 3 }), fc.array(piece, { maxLength: 3 }))
      .map(([agent, referer, tail, path]) =>
        asRead(combined(agent.join(''), tail.join('')).replace('"-"', `"${referer.join('')}"`).replace('GET / ', `GET /${path.join('')} `)),
      );
    fc.assert(fc.property(fc.array(fc.oneof(line, lineAround), { minLength: 1, maxLength: 12 }), expectSameTally), { numRuns: 500 });
  });

  it('reads the day of a line of a block without reading past its end', () => {
    const text = '1 [12/Nov\n2 [12/Nov/2025:10:00:00 +0100] "x"';
    const cache = { raw: '', day: null };
    expect(dayOfCombinedLine(text, cache, 0, 9)).toBeNull();
    expect(dayOfCombinedLine(text, cache, 10, text.length)).toBe('2025-11-12');
  });
});
