import { describe, expect, it } from 'vitest';
import { splitRecord } from '../../src/report/counted';
import { LineBlocks, MAX_LINE_BYTES, overCap } from '../../src/report/line-blocks';
import { dayOf, periodStart } from '../../src/report/periods';

/**
 * The lines a LineBlocks passes on for `chunks`, with `null` for each line over the cap:
 * dropped by the splitter when it spans chunks, else found over the cap in its block
 * (as the readers check with `overCap`).
 */
function linesOf(chunks: Buffer[], encoding: 'utf8' | 'latin1' = 'utf8'): Array<string | null> {
  const out: Array<string | null> = [];
  const block = (text: string) => out.push(...text.split('\n').map((line) => (overCap(line, 0, line.length) ? null : line)));
  const blocks = new LineBlocks({ block, tooLong: () => out.push(null) }, encoding);
  for (const chunk of chunks) blocks.push(chunk);
  blocks.end();
  return out;
}

/** `text` as UTF-8 cut into chunks of `size` bytes (through multi-byte characters too). */
function chunked(text: string, size: number): Buffer[] {
  const bytes = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return chunks;
}

describe('reading lines in blocks', () => {
  it('gives the same lines however the bytes are cut, multi-byte characters included', () => {
    const text = 'Mozilla/5.0 Övre\r\n\nsecond – line\nlast without newline';
    const expected = ['Mozilla/5.0 Övre\r', '', 'second – line', 'last without newline'];
    for (const size of [1, 2, 3, 5, 7, 64, 1 << 16]) expect(linesOf(chunked(text, size))).toEqual(expected);
  });

  it('drops a line over the cap once, however it is cut, and reads the next line', () => {
    const at = 'x'.repeat(MAX_LINE_BYTES);
    const over = 'y'.repeat(MAX_LINE_BYTES + 1);
    const text = `a\n${at}\n${over}\nb\n${over}`;
    for (const size of [1000, 4096, MAX_LINE_BYTES, 1 << 20]) {
      const lines = linesOf(chunked(text, size));
      expect(lines.map((line) => (line === null ? null : line.length))).toEqual([1, MAX_LINE_BYTES, null, 1, null]);
    }
  });

  it('decodes latin1 one character per byte', () => {
    expect(linesOf([Buffer.from('Ö\n', 'utf8')], 'latin1')).toEqual(['\u00c3\u0096']);
  });
});

describe('RFC 4180 records', () => {
  it('splits on the delimiter outside quotes and undoes doubled quotes', () => {
    expect(splitRecord('a,"b, ""c""",,d', ',')).toEqual(['a', 'b, "c"', '', 'd']);
    expect(splitRecord('"x\ty"\t2', '\t')).toEqual(['x\ty', '2']);
    expect(splitRecord('"multi\nline",3', ',')).toEqual(['multi\nline', '3']);
  });

  it('says when a quoted field is still open', () => {
    expect(splitRecord('"open, 1', ',')).toBeNull();
    expect(splitRecord('a,"b""', ',')).toBeNull();
  });
});

describe('days and periods', () => {
  it('reads the days logs and exports write, as written, and refuses what is not a day', () => {
    expect(dayOf('12/Nov/2025:23:59:59 +0100')).toBe('2025-11-12');
    expect(dayOf('2025-11-12T23:30:00-05:00')).toBe('2025-11-12');
    expect(dayOf('2025-11-12 08:00:00')).toBe('2025-11-12');
    expect(dayOf('2025-11')).toBe('2025-11-01');
    expect(dayOf(1762902000)).toBe('2025-11-11'); // seconds, as UTC
    expect(dayOf(1762902000000)).toBe('2025-11-11'); // milliseconds
    for (const bad of ['2025-02-30', '2025-13-01', '32/Nov/2025', '12/Foo/2025', 'yesterday', '', null, -1, Infinity]) expect(dayOf(bad)).toBeNull();
  });

  it('starts weeks on Monday (ISO) and months on the first', () => {
    expect(periodStart('2025-11-16', 'week')).toBe('2025-11-10'); // a Sunday
    expect(periodStart('2025-11-10', 'week')).toBe('2025-11-10');
    expect(periodStart('2026-01-01', 'week')).toBe('2025-12-29');
    expect(periodStart('2025-11-16', 'month')).toBe('2025-11-01');
    expect(periodStart('2025-11-16', 'day')).toBe('2025-11-16');
  });
});
