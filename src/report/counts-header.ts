import { OldBrowserNoticeError } from '../errors';
import { splitRecord } from './csv-record';
import { utf8Of } from './line-blocks';
import { visible } from './visible';

/**
 * The header row of a counted export, as engines and people write it: a UTF-8
 * byte-order mark (Excel's "CSV UTF-8", Windows PowerShell's `Export-Csv -Encoding utf8`),
 * every name in quotes (PowerShell's `Export-Csv`, Trino), a tab, a comma or a semicolon
 * between names (Excel writes `;` where the decimal mark is a comma, as in Swedish), or
 * Excel's `sep=;` line before the header. Column names are matched case-insensitively,
 * as these tables list them.
 */
export const COLUMN_NAMES = {
  userAgent: ['user_agent', 'ua', 'useragent', 'http_user_agent', 'user-agent'],
  count: ['count', 'requests', 'page_views', 'pageviews', 'views', 'hits', 'n'],
  date: ['date', 'day', 'period', 'week', 'month', 'time', 'timestamp'],
} as const;

export type Column = keyof typeof COLUMN_NAMES;

/** Where each column is (-1: not there), and what separates the fields. */
export interface Header {
  delimiter: string;
  columns: Record<Column, number>;
}

export const FIX_COLUMNS =
  'name a user-agent column (`user_agent`, `ua`, `useragent` or `http_user_agent`) and a count column (`requests`, `page_views`, `count`, `hits` or `n`), e.g. `SELECT user_agent, count(*) AS requests ... GROUP BY 1`';

/** The UTF-8 byte-order mark, as the bytes read one character per byte (latin1). */
export const UTF8_BOM = '\xef\xbb\xbf';

/** Excel's first line naming the separator, e.g. `sep=;`. */
const SEP_LINE = /^sep=([^"\s]|\t)$/i;

/** Separators tried in turn, when no `sep=` line names one: the first that finds both columns is taken. */
const DELIMITERS = ['\t', ',', ';'];

/** A byte in a header that cannot be part of a column name: anything but printable ASCII and a tab. */
const ODD_BYTE = /[^\t\x20-\x7e]/;

/**
 * What an odd byte in a header says about the file, tried in order (the last always
 * matches). `raw` is the header as bytes, one character per byte; `at` the odd byte.
 */
const ODD_BYTES: ReadonlyArray<{ found: (raw: string, at: number) => boolean; means: string; fix: string }> = [
  {
    found: (raw) => raw.startsWith('\xff\xfe') || raw.startsWith('\xfe\xff') || raw.includes('\0'),
    means: 'so the file is UTF-16 (Excel\'s "Unicode Text", Windows PowerShell\'s `>` and `Out-File`)',
    fix: 'save it as UTF-8: in Excel as "CSV UTF-8", in PowerShell with `Export-Csv -Encoding utf8`',
  },
  {
    found: (raw, at) => raw.startsWith(UTF8_BOM, at),
    means: 'the start of a second byte-order mark (U+FEFF)',
    fix: 'remove it, so that the file starts with one mark at most and then the header',
  },
  {
    found: (raw, at) => raw.startsWith('\xc3\xaf\xc2\xbb\xc2\xbf', at),
    means: 'the start of `ï»¿`, a byte-order mark read as Windows-1252 and saved again as UTF-8',
    fix: 'remove those three characters from the start of the header',
  },
  {
    found: () => true,
    means: 'which is in no column name',
    fix: 'write the header in plain ASCII, e.g. `user_agent,requests`',
  },
];

/** A name as matched: spaces and one pair of quotes around it dropped, lower case. */
function normalName(name: string): string {
  const trimmed = name.trim();
  const unquoted = trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1).trim() : trimmed;
  return unquoted.toLowerCase();
}

/** The index of each wanted column among `names`, or -1. */
export function findColumns(names: string[]): Record<Column, number> {
  const lower = names.map(normalName);
  const find = (column: Column) => lower.findIndex((name) => (COLUMN_NAMES[column] as readonly string[]).includes(name));
  return { userAgent: find('userAgent'), count: find('count'), date: find('date') };
}

/**
 * Lines a program writes before the header, passed over: Windows PowerShell's
 * `Export-Csv` starts with `#TYPE System.Management.Automation.PSCustomObject` unless told
 * `-NoTypeInformation` (PowerShell 6 and later write none; source: Microsoft's Export-Csv
 * reference, learn.microsoft.com/powershell/module/microsoft.powershell.utility/export-csv).
 */
const BEFORE_HEADER = /^#TYPE /;

/**
 * What a line before the header says: a separator (Excel's `sep=;`), `''` for a line
 * to pass over, or null when `line` is the header itself.
 */
export function beforeHeader(line: string): string | null {
  if (BEFORE_HEADER.test(line)) return '';
  return SEP_LINE.exec(line)?.[1] ?? null;
}

/**
 * Reads a header row: `line` as bytes one character per byte, from byte `from` (past a
 * byte-order mark). `delimiter` is the one a `sep=` line named, if any. Throws the
 * project's one-line error, quoting the line, when it names no user-agent or no count
 * column; when the line holds a byte no column name holds, the error names that byte.
 */
export function readHeader(line: string, from: number, delimiter: string | null, where: string): Header {
  const raw = line.slice(from);
  const tried = delimiter !== null ? [delimiter] : DELIMITERS.filter((each) => raw.includes(each));
  let first: Header | undefined;
  for (const each of tried.length ? tried : [',']) {
    const header = { delimiter: each, columns: findColumns(splitRecord(raw, each) ?? []) };
    if (header.columns.userAgent !== -1 && header.columns.count !== -1) return header;
    first ??= header;
  }
  const missing = first!.columns.userAgent === -1 ? 'userAgent' : 'count';
  const quoted = `${where} \`${visible(utf8Of(line))}\``;
  const odd = ODD_BYTE.exec(raw);
  if (odd) {
    const at = odd.index;
    const { means, fix } = ODD_BYTES.find((rule) => rule.found(raw, at))!;
    const byte = `0x${raw.charCodeAt(at).toString(16).toUpperCase().padStart(2, '0')}`;
    const expected = missing === 'userAgent' ? '`user_agent`' : '`requests`';
    return fail(`${quoted}: expected the column ${expected} and found the byte ${byte} (byte ${from + at + 1} of the line), ${means}; ${fix}.`);
  }
  return fail(`${quoted}: the header names no ${missing === 'userAgent' ? 'user-agent' : 'count'} column; ${FIX_COLUMNS}.`);
}

function fail(message: string): never {
  throw new OldBrowserNoticeError(message);
}
