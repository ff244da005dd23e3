/**
 * JSON access-log lines (the first non-blank character is `{`): the user agent, the day,
 * and, for Caddy's access log, the request (see {@link caddyRequest}).
 */
import type { LineDay, LineRequest } from './line-request';
import { dayOf } from './periods';

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
 * What Caddy's JSON access log records of a request, left in `found` as text of its own
 * (`METHOD uri`, a newline, the client address), as a combined line's is found in the
 * line: `{"request":{"client_ip":"…","method":"GET","uri":"/","headers":{…}},"status":200,…}`.
 * The field names are Caddy's: `request>method`, `request>uri`, `request>client_ip` (and
 * `remote_ip`, before Caddy 2.7 the only one), and a top-level `status`, as Caddy's own
 * common-log transform reads them: `{request>client_ip} - {user_id} [{ts}]
 * "{request>method} {request>uri} {request>proto}" {status} {size}` (source:
 * https://github.com/caddyserver/transform-encoder, README). A status that is not a
 * three-digit number (Caddy writes 0 when the client left before the answer) is -1.
 * A line without a string `method` and `uri` in `request` and a numeric `status` is not
 * Caddy's: it records no request, and is counted as given, as other JSON lines are.
 */
function caddyRequest(parsed: JsonObject, found: LineRequest): void {
  const request = parsed.request;
  const status = parsed.status;
  if (!isObject(request) || typeof request.method !== 'string' || typeof request.uri !== 'string' || typeof status !== 'number') return;
  const address = typeof request.client_ip === 'string' ? request.client_ip : typeof request.remote_ip === 'string' ? request.remote_ip : '';
  found.source = `${request.method} ${request.uri}\n${address}`;
  found.requestStart = 0;
  found.requestEnd = request.method.length + 1 + request.uri.length;
  found.status = Number.isInteger(status) && status >= 100 && status <= 999 ? status : -1;
  found.addressStart = found.requestEnd + 1;
  found.addressEnd = found.source.length;
}

/**
 * A JSON line: the user agent at the top level, in `headers`, or in `request` and
 * `request.headers` (Caddy, many log shippers). Invalid JSON, a value that is not an
 * object, or no user-agent field: skipped. With `request`, Caddy's request fields are
 * left there ({@link caddyRequest}).
 */
export function fromJson(line: string, when?: LineDay, found?: LineRequest): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return null;
  }
  if (!isObject(parsed)) return null;
  const request = parsed.request;
  const ua =
    uaField(parsed) ??
    (isObject(parsed.headers) ? uaField(parsed.headers) : undefined) ??
    (isObject(request) ? uaField(request) ?? (isObject(request.headers) ? uaField(request.headers) : undefined) : undefined);
  if (ua === undefined) return null;
  if (when) when.day = timeField(parsed);
  if (found) caddyRequest(parsed, found);
  return ua;
}

/** Field names, lower-cased, that hold the time of a request in JSON logs. */
const TIME_KEYS = new Set(['time', 'timestamp', '@timestamp', 'ts', 'date', 'datetime', 'time_local', 'time_iso8601']);

/** The day of the first top-level time field that holds one, else null. */
function timeField(object: JsonObject): string | null {
  for (const key of Object.keys(object)) {
    if (!TIME_KEYS.has(key.toLowerCase())) continue;
    const day = dayOf(object[key]);
    if (day !== null) return day;
  }
  return null;
}
