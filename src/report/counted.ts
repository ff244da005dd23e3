import { OldBrowserNoticeError } from '../errors';
import { printable } from './format';
import { overCap, MAX_LINE_BYTES, type BlockSink } from './line-blocks';
import { dayOf } from './periods';
import { addRequests, tallyTooLong, type Tally } from './tally';

/**
 * Counted exports (`report --counts`): the rows of a `GROUP BY user_agent` run where
 * the logs live. CSV or TSV with a header row (RFC 4180: fields in double quotes may
 * hold the delimiter, newlines and `""` for a quote), or JSON lines with the same
 * names. Column names are matched case-insensitively, as these tables list them.
 */
export const COLUMN_NAMES = {
  userAgent: ['user_agent', 'ua', 'useragent', 'http_user_agent', 'user-agent'],
  count: ['count', 'requests', 'hits', 'n'],
  date: ['date', 'day', 'period', 'week', 'month', 'time', 'timestamp'],
} as const;

type Column = keyof typeof COLUMN_NAMES;

const FIX_COLUMNS =
  'name a user-agent column (`user_agent`, `ua`, `useragent` or `http_user_agent`) and a count column (`count`, `requests`, `hits` or `n`), e.g. `SELECT user_agent, count(*) AS requests ... GROUP BY 1`';
const WHOLE_NUMBER = /^\s*\d{1,16}\s*$/;

/** A line as an error quotes it: control characters made visible, cut to 120 characters. */
function quoteLine(line: string): string {
  return `\`${printable(line, 120)}\``;
}

/** The index of each wanted column among `names`, or -1. */
function findColumns(names: string[]): Record<Column, number> {
  const lower = names.map((name) => name.trim().toLowerCase());
  const find = (column: Column) => lower.findIndex((name) => (COLUMN_NAMES[column] as readonly string[]).includes(name));
  return { userAgent: find('userAgent'), count: find('count'), date: find('date') };
}

/**
 * One record of RFC 4180 CSV (or TSV) → its fields, or null when a quoted field is still
 * open at the end (the record goes on on the next line).
 */
export function splitRecord(record: string, delimiter: string): string[] | null {
  const fields: string[] = [];
  let at = 0;
  for (;;) {
    if (record.charCodeAt(at) === 0x22 /* " */) {
      let value = '';
      let from = at + 1;
      for (;;) {
        const quote = record.indexOf('"', from);
        if (quote === -1) return null;
        value += record.slice(from, quote);
        if (record.charCodeAt(quote + 1) === 0x22) {
          value += '"';
          from = quote + 2;
          continue;
        }
        at = quote + 1;
        break;
      }
      // Anything between the closing quote and the delimiter is kept, as most readers do.
      const next = record.indexOf(delimiter, at);
      fields.push(next === -1 ? value + record.slice(at) : value + record.slice(at, next));
      if (next === -1) return fields;
      at = next + 1;
    } else {
      const next = record.indexOf(delimiter, at);
      if (next === -1) {
        fields.push(record.slice(at));
        return fields;
      }
      fields.push(record.slice(at, next));
      at = next + 1;
    }
  }
}

/** How many `"` a line holds. */
function quotes(line: string): number {
  let count = 0;
  for (let at = line.indexOf('"'); at !== -1; at = line.indexOf('"', at + 1)) count++;
  return count;
}

/** Reads one counted export, line by line, into a tally; throws on the first row it cannot read. */
export class CountedExport implements BlockSink {
  private lineNumber = 0;
  private format: 'csv' | 'tsv' | 'json' | undefined;
  private columns: Record<Column, number> = { userAgent: -1, count: -1, date: -1 };
  /**
   * A record whose quoted field runs over more than one line: its lines so far, their
   * length, and the line it started on. It is parsed once its quotes balance (an even
   * number of `"`), not again at every line, so that a long open record costs linear time.
   */
  private open: string[] = [];
  private openLength = 0;
  private openLine = 0;

  constructor(
    private readonly name: string,
    private readonly tally: Tally,
  ) {}

  block(text: string): void {
    for (let start = 0; ; ) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      this.lineNumber++;
      if (overCap(text, start, end)) this.tooLong();
      else this.line(text.slice(start, end).replace(/\r$/, ''));
      if (end === text.length) return;
      start = end + 1;
    }
  }

  tooLong(): void {
    this.open = [];
    tallyTooLong(this.tally);
  }

  end(): void {
    if (this.open.length) throw this.error(this.openLine, this.open.join('\n'), 'a quoted field is never closed', 'close it with `"`, and write a quote inside a field as `""`');
    if (this.format === undefined && this.lineNumber > 0) {
      throw new OldBrowserNoticeError(`${this.name} has no header row: ${FIX_COLUMNS}.`);
    }
  }

  private error(line: number, text: string, problem: string, fix: string): OldBrowserNoticeError {
    return new OldBrowserNoticeError(`${this.name} line ${line} ${quoteLine(text)}: ${problem}; ${fix}.`);
  }

  private line(line: string): void {
    if (this.open.length) {
      this.open.push(line);
      this.openLength += line.length + 1;
      if (this.openLength > MAX_LINE_BYTES) return this.tooLong();
      if (quotes(line) % 2 === 0) return; // the quoted field is still open
      const record = this.open.join('\n');
      this.open = [];
      return this.record(record, this.openLine);
    }
    if (this.format === undefined) return this.header(line);
    this.record(line, this.lineNumber);
  }

  private header(line: string): void {
    if (line.trim() === '') return; // blank lines before the header are not rows
    if (line.trimStart().startsWith('{')) {
      this.format = 'json';
      this.record(line, this.lineNumber);
      return;
    }
    this.format = line.includes('\t') ? 'tsv' : 'csv';
    const names = splitRecord(line, this.format === 'tsv' ? '\t' : ',') ?? [];
    this.columns = findColumns(names);
    if (this.columns.userAgent === -1 || this.columns.count === -1) {
      const missing = this.columns.userAgent === -1 ? 'no user-agent column' : 'no count column';
      throw this.error(this.lineNumber, line, `the header names ${missing}`, FIX_COLUMNS);
    }
  }

  /** One record: a row of the table (counted once, however many lines it spans). */
  private record(record: string, lineNumber: number): void {
    if (record.trim() === '') {
      this.tally.lines++;
      this.tally.skipped++;
      return;
    }
    if (this.format === 'json') {
      this.tally.lines++;
      return this.jsonRow(record, lineNumber);
    }
    const fields = splitRecord(record, this.format === 'tsv' ? '\t' : ',');
    if (fields === null) {
      // A quoted field goes on on the next line.
      this.open = [record];
      this.openLength = record.length;
      this.openLine = lineNumber;
      return;
    }
    this.tally.lines++;
    const { userAgent, count, date } = this.columns;
    if (fields.length <= Math.max(userAgent, count, date)) {
      throw this.error(lineNumber, record, `${fields.length} fields, fewer than the header's`, 'quote fields that hold the delimiter (RFC 4180)');
    }
    this.add(record, lineNumber, fields[userAgent]!, fields[count]!, date === -1 ? undefined : fields[date]!);
  }

  private jsonRow(line: string, lineNumber: number): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw this.error(lineNumber, line, 'not valid JSON', 'write one JSON object per line');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw this.error(lineNumber, line, 'not a JSON object', 'write one JSON object per line');
    }
    const object = parsed as Record<string, unknown>;
    const keys = Object.keys(object);
    const columns = findColumns(keys);
    if (columns.userAgent === -1 || columns.count === -1) throw this.error(lineNumber, line, `no ${columns.userAgent === -1 ? 'user-agent' : 'count'} field`, FIX_COLUMNS);
    const ua = object[keys[columns.userAgent]!];
    const count = object[keys[columns.count]!];
    const date = columns.date === -1 ? undefined : object[keys[columns.date]!];
    if (typeof ua !== 'string' && ua !== null) throw this.error(lineNumber, line, 'the user agent is not a string', 'export it as text');
    this.add(line, lineNumber, ua ?? '', typeof count === 'number' ? String(count) : count, date);
  }

  private add(record: string, lineNumber: number, ua: string, count: unknown, date: unknown): void {
    if (typeof count !== 'string' || !WHOLE_NUMBER.test(count)) {
      throw this.error(lineNumber, record, `the count ${quoteLine(String(count))} is not a whole number`, 'export the count as an integer, e.g. `count(*) AS requests`');
    }
    let day: string | null = null;
    if (date !== undefined && date !== null && date !== '') {
      day = dayOf(date);
      if (day === null) {
        throw this.error(lineNumber, record, `the date ${quoteLine(String(date))} is not a date`, 'export it as `YYYY-MM-DD` (e.g. `CAST(time AS DATE)`), or leave the date column out');
      }
    }
    const requests = Number(count);
    if (requests === 0) {
      this.tally.skipped++;
      return;
    }
    addRequests(this.tally, ua, requests, day);
  }
}
