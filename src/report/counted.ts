import { OldBrowserNoticeError } from '../errors';
import { FIX_COLUMNS, UTF8_BOM, findColumns, readHeader, beforeHeader, type Column } from './counts-header';
import { quotes, splitRecord } from './csv-record';
import { utf8Of, MAX_LINE_BYTES, type BlockSink } from './line-blocks';
import { dayOf } from './periods';
import { addRequests, tallyTooLong, type Tally } from './tally';
import { visible } from './visible';

export { COLUMN_NAMES } from './counts-header';
export { splitRecord } from './csv-record';

/**
 * Counted exports (`report --counts`): the rows of a `GROUP BY user_agent` run where
 * the logs live, or a table a person saved from a spreadsheet. CSV or TSV with a header
 * row (RFC 4180: fields in double quotes may hold the delimiter, newlines and `""` for a
 * quote; the header's forms are in counts-header.ts), or JSON lines with the same names.
 */

/**
 * How a count may be written, tried in order; a form with a `problem` is refused with it.
 * A count is a whole number: where a spreadsheet formatted it, only digit groups split by
 * a space read one way in every locale (no locale writes its decimal mark as a space),
 * so they are read; a comma or a point is a decimal mark in one locale and a thousands
 * separator in another (`1,234` is 1.234 in Swedish and 1234 in English), so it is refused.
 */
const COUNT_FORMS: ReadonlyArray<{ form: RegExp; problem?: string }> = [
  // What every engine writes. At most 15 digits: each is then exact as a number.
  { form: /^\d{1,15}$/ },
  // Excel in Swedish or French with a thousands separator: a space, a no-break space (U+00A0) or a narrow one (U+202F).
  { form: /^\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,4}$/ },
  { form: /^\d*(?:,\d*)+$/, problem: 'has a comma, a decimal comma in Swedish and a thousands separator in English, and a count has neither' },
  { form: /^\d*(?:\.\d*)+$/, problem: 'has a point, a decimal point in English and a thousands separator in German, and a count has neither' },
  { form: /^-\d/, problem: 'is negative' },
  { form: /^\d{16,}$/, problem: 'has more than 15 digits, more than any log holds (and more than a number keeps exactly)' },
];
const FIX_COUNT =
  'export the count as a whole number without separators, e.g. `count(*) AS requests` (in a spreadsheet: format the column as a number with 0 decimals and no thousands separator)';

/** Reads one counted export, line by line, into a tally; throws on the first row it cannot read. */
export class CountedExport implements BlockSink {
  private lineNumber = 0;
  private format: 'csv' | 'json' | undefined;
  private delimiter: string | null = null;
  private columns: Record<Column, number> = { userAgent: -1, count: -1, date: -1 };
  /**
   * A record whose quoted field runs over more than one line: its lines so far, their
   * length, and the line it started on. It is parsed once its quotes balance (an even
   * number of `"`), not again at every line, so that a long open record costs linear time.
   */
  private open: string[] = [];
  private openLength = 0;
  private openLine = 0;

  /**
   * @param by The period `--by` groups into, if any: each row must then have a date,
   *   and a file without a date column is refused at its header, not read into one
   *   period-less total.
   */
  constructor(
    private readonly name: string,
    private readonly tally: Tally,
    private readonly by?: string,
  ) {}

  /** Lines as bytes, one character per byte (`latin1`): the header is read as bytes, rows as UTF-8. */
  block(text: string): void {
    for (let start = 0; ; ) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      this.lineNumber++;
      // One character per byte: the length is the byte count.
      if (end - start > MAX_LINE_BYTES) this.tooLong();
      else {
        const line = text.slice(start, end);
        this.line(line.endsWith('\r') ? line.slice(0, -1) : line);
      }
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
    return new OldBrowserNoticeError(`${this.name} line ${line} \`${visible(text)}\`: ${problem}; ${fix}.`);
  }

  /** A header or JSON row without a date: refused when `--by` asks for periods, which only dates give. */
  private refuseWithoutDate(line: number, text: string, what: 'column' | 'field'): void {
    if (this.by === undefined) return;
    throw this.error(line, text, `no date ${what}, and \`--by ${this.by}\` groups rows by their date`, `add one (\`date\` or \`day\`, e.g. \`CAST(time AS DATE) AS day\` in the query), or drop \`--by\``);
  }

  private line(bytes: string): void {
    if (this.format === undefined) return this.header(bytes);
    const line = utf8Of(bytes);
    if (this.open.length) {
      this.open.push(line);
      this.openLength += line.length + 1;
      if (this.openLength > MAX_LINE_BYTES) return this.tooLong();
      if (quotes(line) % 2 === 0) return; // the quoted field is still open
      const record = this.open.join('\n');
      this.open = [];
      return this.record(record, this.openLine);
    }
    this.record(line, this.lineNumber);
  }

  private header(bytes: string): void {
    // A byte-order mark starts the file, before any blank line or `sep=` line.
    const from = this.lineNumber === 1 && bytes.startsWith(UTF8_BOM) ? UTF8_BOM.length : 0;
    const text = bytes.slice(from);
    if (text.trim() === '') return; // blank lines before the header are not rows
    if (text.trimStart().startsWith('{')) {
      this.format = 'json';
      this.tally.lines++;
      return this.jsonRow(utf8Of(text), this.lineNumber);
    }
    const before = beforeHeader(text);
    if (before !== null) {
      if (before !== '') this.delimiter = before;
      return;
    }
    const header = readHeader(bytes, from, this.delimiter, `${this.name} line ${this.lineNumber}`);
    if (header.columns.date === -1) this.refuseWithoutDate(this.lineNumber, utf8Of(bytes), 'column');
    this.format = 'csv';
    this.delimiter = header.delimiter;
    this.columns = header.columns;
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
    const fields = splitRecord(record, this.delimiter!);
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
    if (columns.date === -1) this.refuseWithoutDate(lineNumber, line, 'field');
    const ua = object[keys[columns.userAgent]!];
    const count = object[keys[columns.count]!];
    const date = columns.date === -1 ? undefined : object[keys[columns.date]!];
    if (typeof ua !== 'string' && ua !== null) throw this.error(lineNumber, line, 'the user agent is not a string', 'export it as text');
    this.add(line, lineNumber, ua ?? '', typeof count === 'number' ? String(count) : count, date);
  }

  private add(record: string, lineNumber: number, ua: string, count: unknown, date: unknown): void {
    const requests = readCount(count);
    if (typeof requests === 'string') {
      throw this.error(lineNumber, record, `the count \`${visible(String(count))}\` ${requests}`, FIX_COUNT);
    }
    let day: string | null = null;
    if (date !== undefined && date !== null && date !== '') {
      day = dayOf(date);
      if (day === null) {
        throw this.error(lineNumber, record, `the date \`${visible(String(date))}\` is not a date`, 'export it as `YYYY-MM-DD` (e.g. `CAST(time AS DATE)`), or leave the date column out');
      }
    }
    if (requests === 0) {
      this.tally.skipped++;
      return;
    }
    addRequests(this.tally, ua, requests, day);
  }
}

/** A count as written → the number, or why it is refused. */
function readCount(count: unknown): number | string {
  if (typeof count !== 'string') return 'is not a whole number';
  const text = count.trim();
  const form = COUNT_FORMS.find((each) => each.form.test(text));
  if (form === undefined) return 'is not a whole number';
  return form.problem ?? Number(text.replace(/\D/g, ''));
}
