import { utf8Of } from './line-blocks';
import { fromJson } from './json-line';
import { dayOfCombinedLine } from './periods';
import type { LineDay, LineRequest } from './line-request';

export { lineDay, lineRequest, type LineDay, type LineRequest } from './line-request';

/**
 * One access-log line → the user agent it records, or `null` when the line is to be
 * skipped (empty, malformed, or without a user agent). With `when`, the day of the
 * request is left in `when.day` (null when the line has none). With `latin1`, the line
 * was decoded one character per byte, and only the user agent is decoded from UTF-8. The format is decided per line:
 *
 * - JSON lines (the first non-blank character is `{`): a user-agent field, see {@link fromJson};
 * - the combined log format of nginx and Apache (the line has `] "` after the
 *   timestamp, or ends with a quote): the third quoted field, after the request and
 *   the referer, else the last one;
 * - anything else is one user agent per line.
 *
 * With `request`, what a combined-format line or a Caddy JSON line records of its
 * request is left there (`requestStart` -1 for the other formats, which record none).
 *
 * Never throws: a line that claims a format and breaks it is skipped.
 */
export function userAgentOf(line: string, when?: LineDay, latin1 = false, request?: LineRequest): string | null {
  if (when) when.day = null;
  if (request) {
    request.requestStart = -1;
    request.source = null;
  }
  let start = 0;
  while (start < line.length && isBlank(line.charCodeAt(start))) start++;
  if (start === line.length) return null;
  if (line.charCodeAt(start) === 0x7b /* { */) return fromJson(latin1 ? utf8Of(line) : line, when, request);
  let end = line.length;
  while (isBlank(line.charCodeAt(end - 1))) end--;
  if (line.charCodeAt(end - 1) === 0x22 /* " */ || line.indexOf('] "') !== -1) {
    const ua = fromCombined(line, start, end, latin1, request);
    if (when && ua !== null) when.day = dayOfCombinedLine(line, when.cache);
    return ua;
  }
  const ua = start === 0 && end === line.length ? line : line.slice(start, end);
  return latin1 ? utf8Of(ua) : ua;
}

/** Where the user agent lies in a block of lines, `[start, end)`, and what the line records of its request. */
export interface FieldBounds extends LineRequest {
  start: number;
  end: number;
}

const BACKSLASH = 0x5c;

/** The next `"` in `text[from, end)` that no backslash precedes, or -1 (then the general path decides). */
function plainQuote(text: string, from: number, end: number): number {
  const at = text.indexOf('"', from);
  return at === -1 || at >= end || text.charCodeAt(at - 1) === BACKSLASH ? -1 : at;
}

/**
 * The common shape of a combined-format line, read in place: `text[start, end)` is one
 * line of a block, with exactly three quoted fields (request, referer, user agent), no
 * backslash before any of their quotes, the status and bytes between the first two,
 * and nothing but blanks after the third. Then the user agent's text as the log wrote
 * it (quotes left out; escapes and UTF-8 not yet undone, see {@link userAgentOfField})
 * is left in `found` with the request, status and address, and the answer is true. Any
 * other line: false, and {@link userAgentOf} decides; where this says true, it gives the
 * same user agent, request, status and address.
 */
export function combinedUserAgentAt(text: string, start: number, end: number, found: FieldBounds): boolean {
  const first = text.charCodeAt(start);
  if (first <= 0x20 || first === 0x7b /* { */) return false;
  const requestOpen = plainQuote(text, start, end);
  if (requestOpen === -1) return false;
  const requestClose = plainQuote(text, requestOpen + 1, end);
  if (requestClose === -1) return false;
  const refererOpen = plainQuote(text, requestClose + 1, end);
  if (refererOpen === -1) return false;
  const status = statusAndBytes(text, requestClose + 1, refererOpen);
  if (status === -1) return false;
  const refererClose = plainQuote(text, refererOpen + 1, end);
  if (refererClose === -1) return false;
  const agentOpen = plainQuote(text, refererClose + 1, end);
  if (agentOpen === -1) return false;
  const agentClose = plainQuote(text, agentOpen + 1, end);
  if (agentClose === -1) return false;
  for (let at = agentClose + 1; at < end; at++) if (!isBlank(text.charCodeAt(at))) return false;
  found.start = agentOpen + 1;
  found.end = agentClose;
  found.requestStart = requestOpen + 1;
  found.requestEnd = requestClose;
  found.status = status;
  found.addressStart = start;
  found.addressEnd = addressEnd(text, start, requestOpen);
  return true;
}

/**
 * A user-agent field as a latin1-decoded log wrote it → the user agent: decoded from
 * UTF-8 and unescaped, as {@link userAgentOf} returns it from a combined line.
 */
export function userAgentOfField(raw: string): string {
  return unescapeField(utf8Of(raw));
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0x0a;
}

/** Index of the next `"` from `from` that is not escaped by a backslash, or -1. */
function nextQuote(line: string, from: number, end: number): number {
  for (let at = line.indexOf('"', from); at !== -1 && at < end; at = line.indexOf('"', at + 1)) {
    let backslashes = 0;
    while (line.charCodeAt(at - 1 - backslashes) === 0x5c /* \ */) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
  return -1;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * When `line[from, to)` is ` 200 1234 ` or ` 304 - ` (what separates the request from
 * the referer), the status; else -1. Checked in place, without a slice or a regular
 * expression, and each character read once, as it runs once per line.
 */
function statusAndBytes(line: string, from: number, to: number): number {
  if (to - from < 7 || line.charCodeAt(from) !== 0x20 || line.charCodeAt(from + 4) !== 0x20 || line.charCodeAt(to - 1) !== 0x20) return -1;
  const hundreds = line.charCodeAt(from + 1);
  const tens = line.charCodeAt(from + 2);
  const units = line.charCodeAt(from + 3);
  if (!isDigit(hundreds) || !isDigit(tens) || !isDigit(units)) return -1;
  const status = (hundreds - 0x30) * 100 + (tens - 0x30) * 10 + (units - 0x30);
  if (to - from === 7 && line.charCodeAt(from + 5) === 0x2d /* - */) return status;
  for (let at = from + 5; at < to - 1; at++) if (!isDigit(line.charCodeAt(at))) return -1;
  return status;
}

/** The status at `line[from]`, written ` 200 ` (as {@link statusAndBytes} checks), else -1. */
function statusAt(line: string, from: number): number {
  const hundreds = line.charCodeAt(from + 1) - 0x30;
  const tens = line.charCodeAt(from + 2) - 0x30;
  const units = line.charCodeAt(from + 3) - 0x30;
  if (line.charCodeAt(from) !== 0x20 || line.charCodeAt(from + 4) !== 0x20) return -1;
  if (!(hundreds >= 0 && hundreds <= 9 && tens >= 0 && tens <= 9 && units >= 0 && units <= 9)) return -1;
  return hundreds * 100 + tens * 10 + units;
}

/** The end of the line's first field (the client address), which starts at `start`: its first blank, at most `before`. */
function addressEnd(line: string, start: number, before: number): number {
  const space = line.indexOf(' ', start);
  return space === -1 || space > before ? before : space;
}

/**
 * `host ident user [time] "request" status bytes "referer" "user agent"`, possibly with
 * more quoted fields after the user agent (nginx's sample `main` format appends
 * `"$http_x_forwarded_for"`). Quotes inside fields are escaped (`\"` by Apache,
 * `\x22` by nginx). Unbalanced quotes or fewer than two quoted fields: skipped. The
 * request is the first quoted field, its status the number after it.
 */
function fromCombined(line: string, start: number, end: number, latin1: boolean, request?: LineRequest): string | null {
  // Where the first three quoted fields and the last one are; nothing else matters.
  let first = -1;
  let firstClose = -1;
  let second = -1;
  let third = -1;
  let thirdClose = -1;
  let last = -1;
  let lastClose = -1;
  let count = 0;
  for (let open = nextQuote(line, start, end); open !== -1; open = nextQuote(line, lastClose + 1, end)) {
    const close = nextQuote(line, open + 1, end);
    if (close === -1) return null;
    count++;
    if (count === 1) {
      first = open;
      firstClose = close;
    }
    else if (count === 2) second = open;
    else if (count === 3) {
      third = open + 1;
      thirdClose = close;
    }
    last = open + 1;
    lastClose = close;
  }
  if (count < 2) return null;
  if (request) {
    request.requestStart = first + 1;
    request.requestEnd = firstClose;
    request.status = statusAt(line, firstClose + 1);
    request.addressStart = start;
    request.addressEnd = addressEnd(line, start, first);
  }
  if (count >= 3 && statusAndBytes(line, firstClose + 1, second) !== -1) {
    return unescapeField(field(line, third, thirdClose, latin1));
  }
  return unescapeField(field(line, last, lastClose, latin1));
}

/** A field of the line, decoded from UTF-8 if the line was read as latin1 (before any `\\xHH` is undone). */
function field(line: string, start: number, end: number, latin1: boolean): string {
  const text = line.slice(start, end);
  return latin1 ? utf8Of(text) : text;
}

/**
 * Undoes the servers' escaping: Apache's `\"` and `\\`, and nginx's `\xHH` for bytes
 * (runs of them are UTF-8, as nginx escapes every byte outside printable ASCII).
 */
function unescapeField(field: string): string {
  if (field.indexOf('\\') === -1) return field;
  return field.replace(/((?:\\x[0-9a-fA-F]{2})+)|\\(.)/g, (_, bytes: string | undefined, escaped: string | undefined) =>
    bytes ? Buffer.from(bytes.replace(/\\x/g, ''), 'hex').toString('utf8') : (escaped ?? ''),
  );
}
