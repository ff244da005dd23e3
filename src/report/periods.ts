/**
 * Dates in logs and exports, as days (`YYYY-MM-DD`), and the periods `--by` groups
 * them into. A day is the one the log wrote: `[12/Nov/2025:23:59:59 +0100]` is
 * 12 November, the site's own calendar day, not converted to UTC. Only epoch numbers
 * (Caddy's `ts`), which carry no zone, are read as UTC.
 */

/** How `--by` groups days. */
export type PeriodUnit = 'day' | 'week' | 'month';
export const PERIOD_UNITS: readonly PeriodUnit[] = ['day', 'week', 'month'];

/** Month abbreviations of the combined log format's `%d/%b/%Y` (always English). */
const MONTHS: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  Jan: '01', Feb: '02', Mar: '03', Apr: '04', May: '05', Jun: '06',
  Jul: '07', Aug: '08', Sep: '09', Oct: '10', Nov: '11', Dec: '12',
});

const ISO_DAY = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:$|[T ])/;
const LOG_DAY = /^(\d{2})\/([A-Z][a-z]{2})\/(\d{4})(?:$|:)/;
/** Epoch numbers above this are milliseconds (it is 5138 in seconds). */
const MILLISECONDS_FROM = 1e11;

/** Whether `YYYY-MM-DD` names a day of the calendar (no 31 April). */
function realDay(year: number, month: number, day: number): boolean {
  if (year < 1970 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dayOfParts(year: string, month: string, day: string): string | null {
  return realDay(Number(year), Number(month), Number(day)) ? `${year}-${month}-${day}` : null;
}

/**
 * A day from a value as logs and exports write it: ISO 8601 (`2025-11-12`,
 * `2025-11-12T10:00:00Z`, `2025-11-12 10:00:00`), a month (`2025-11`, its first
 * day), the combined format's `12/Nov/2025:10:00:00 +0100`, or seconds or
 * milliseconds since 1970 (as UTC). Anything else: null.
 * @example dayOf('12/Nov/2025:10:00:00 +0100') // '2025-11-12'
 */
export function dayOf(value: unknown): string | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value <= 0) return null;
    const date = new Date(value >= MILLISECONDS_FROM ? value : value * 1000);
    return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const iso = ISO_DAY.exec(text);
  if (iso) return dayOfParts(iso[1]!, iso[2]!, iso[3] ?? '01');
  const log = LOG_DAY.exec(text);
  if (log) {
    const month = MONTHS[log[2]!];
    return month ? dayOfParts(log[3]!, month, log[1]!) : null;
  }
  return /^\d{9,13}(?:\.\d+)?$/.test(text) ? dayOf(Number(text)) : null;
}

/** `12/Nov/2025`: the part of a combined-format timestamp that names the day. */
const LOG_DATE_CHARS = 11;

/**
 * The day of a combined-format line (`text`, or the line `text[start, end)` of a block):
 * the `[12/Nov/2025` after the first `[`. `cache` holds the last date text and its day,
 * since consecutive lines share their date.
 */
export function dayOfCombinedLine(text: string, cache: { raw: string; day: string | null }, start = 0, end = text.length): string | null {
  const open = text.indexOf('[', start);
  if (open === -1 || open >= end) return null;
  // The cached text holds no newline, so it cannot match across the line's end.
  if (cache.raw !== '' && text.startsWith(cache.raw, open + 1)) return cache.day;
  const raw = text.slice(open + 1, Math.min(open + 1 + LOG_DATE_CHARS, end));
  const day = dayOf(raw);
  // A line cut short inside its date is not remembered: its text would match the start of every whole date after it.
  if (raw.length < LOG_DATE_CHARS) return day;
  cache.raw = raw;
  cache.day = day;
  return day;
}

const DAY_MS = 86_400_000;

/**
 * The first day of the period holding `day`: the day itself, the Monday of its ISO
 * week, or the first of its month.
 * @example periodStart('2025-11-12', 'week') // '2025-11-10'
 */
export function periodStart(day: string, unit: PeriodUnit): string {
  if (unit === 'day') return day;
  if (unit === 'month') return `${day.slice(0, 7)}-01`;
  const time = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  const sinceMonday = (new Date(time).getUTCDay() + 6) % 7;
  return new Date(time - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The last day of the period that starts on `start`: the day itself, the Sunday of the
 * ISO week, or the last of the month.
 * @example periodEnd('2025-11-10', 'week') // '2025-11-16'
 */
export function periodEnd(start: string, unit: PeriodUnit): string {
  if (unit === 'day') return start;
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7));
  if (unit === 'month') return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  return new Date(Date.UTC(year, month - 1, Number(start.slice(8, 10))) + 6 * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Whether the logs' span covers only part of the period starting on `start` (the first
 * week or month begins before the first day read, the last ends after the last one).
 * A day is never partial: logs give no hours of it to compare.
 * @example isPartial('2025-11-10', 'week', { first: '2025-11-12', last: '2025-12-31' }) // true
 */
export function isPartial(start: string, unit: PeriodUnit, span: { first: string; last: string }): boolean {
  return start < span.first || periodEnd(start, unit) > span.last;
}
