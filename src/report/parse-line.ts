/**
 * One access-log line → the user agent it records, or `null` when the line is to be
 * skipped (empty, malformed, or without a user agent). The format is decided per line:
 *
 * - JSON lines (the first non-blank character is `{`): a user-agent field, see {@link fromJson};
 * - the combined log format of nginx and Apache (the line has `] "` after the
 *   timestamp, or ends with a quote): the third quoted field, after the request and
 *   the referer, else the last one;
 * - anything else is one user agent per line.
 *
 * Never throws: a line that claims a format and breaks it is skipped.
 */
export function userAgentOf(line: string): string | null {
  let start = 0;
  while (start < line.length && isBlank(line.charCodeAt(start))) start++;
  if (start === line.length) return null;
  if (line.charCodeAt(start) === 0x7b /* { */) return fromJson(line);
  let end = line.length;
  while (isBlank(line.charCodeAt(end - 1))) end--;
  if (line.charCodeAt(end - 1) === 0x22 /* " */ || line.indexOf('] "') !== -1) return fromCombined(line, start, end);
  return start === 0 && end === line.length ? line : line.slice(start, end);
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

/** `"GET / HTTP/1.1" 200 1234 "` — what separates the request from the referer. */
const STATUS_AND_BYTES = /^ \d{3} (?:\d+|-) $/;

/**
 * `host ident user [time] "request" status bytes "referer" "user agent"`, possibly with
 * more quoted fields after the user agent (nginx's sample `main` format appends
 * `"$http_x_forwarded_for"`). Quotes inside fields are escaped (`\"` by Apache,
 * `\x22` by nginx). Unbalanced quotes or fewer than two quoted fields: skipped.
 */
function fromCombined(line: string, start: number, end: number): string | null {
  // Where the first three quoted fields and the last one are; nothing else matters.
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
    if (count === 1) firstClose = close;
    else if (count === 2) second = open;
    else if (count === 3) {
      third = open + 1;
      thirdClose = close;
    }
    last = open + 1;
    lastClose = close;
  }
  if (count < 2) return null;
  if (count >= 3 && STATUS_AND_BYTES.test(line.slice(firstClose + 1, second))) {
    return unescapeField(line.slice(third, thirdClose));
  }
  return unescapeField(line.slice(last, lastClose));
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

/** Field names, lower-cased, that hold a user agent in JSON logs. */
const UA_KEYS = new Set(['user_agent', 'useragent', 'http_user_agent', 'ua', 'user-agent']);

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A user agent from a field of `object` named as in {@link UA_KEYS} (any case). The
 * value may be a string, an array of strings (Caddy's headers), or an object with
 * `original` (Elastic Common Schema's `user_agent.original`).
 */
function uaField(object: JsonObject): string | undefined {
  for (const key of Object.keys(object)) {
    if (!UA_KEYS.has(key.toLowerCase())) continue;
    const value = object[key];
    if (typeof value === 'string') return value;
    if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
    if (isObject(value) && typeof value.original === 'string') return value.original;
  }
  return undefined;
}

/**
 * A JSON line: the user agent at the top level, in `headers`, or in `request` and
 * `request.headers` (Caddy, many log shippers). Invalid JSON, a value that is not an
 * object, or no user-agent field: skipped.
 */
function fromJson(line: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return null;
  }
  if (!isObject(parsed)) return null;
  const request = parsed.request;
  const found =
    uaField(parsed) ??
    (isObject(parsed.headers) ? uaField(parsed.headers) : undefined) ??
    (isObject(request) ? uaField(request) ?? (isObject(request.headers) ? uaField(request.headers) : undefined) : undefined);
  return found ?? null;
}
