/**
 * What the report counts by default: page views, not every request. A notice can only
 * appear on an HTML page, so the stylesheet, scripts, images and fonts a page loads, the
 * failed and redirected requests, and the form posts are left out; each left-out request
 * is counted under the first rule below that it breaks. `--all-requests` counts
 * everything. The recipes for counted exports (docs/recipes/) repeat this definition in
 * SQL: change both together.
 */

/** Methods of a page view: a form's POST is an action, not a view (HTTP methods are case-sensitive). */
export const PAGE_VIEW_METHODS: readonly string[] = ['GET', 'HEAD'];

/** Statuses of a page view: success, and "not modified" (the browser shows its cached page). */
export const PAGE_VIEW_STATUSES = { from: 200, to: 299, also: [304] } as const;

/**
 * Extensions of static assets and downloads, lower-case, matched at the end of the path
 * (before `?` or `#`, in any case): what a page loads, and files no notice can appear on.
 */
export const ASSET_EXTENSIONS: readonly string[] = [
  // styles, scripts, source maps, data and feeds
  'css', 'js', 'mjs', 'map', 'json', 'xml', 'rss', 'atom', 'txt',
  // images
  'ico', 'png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'avif', 'bmp', 'tif', 'tiff', 'heic',
  // fonts
  'woff', 'woff2', 'ttf', 'otf', 'eot',
  // audio and video
  'mp3', 'mp4', 'm4a', 'webm', 'ogg', 'ogv', 'wav', 'mov', 'avi',
  // documents and archives
  'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'odp', 'csv', 'zip', 'gz', 'tar', '7z', 'rar',
];

/**
 * Why a request is not a page view, in the order the rules are tried: the first that
 * applies is the one counted. The names are the JSON report's keys; the table and the
 * page say them in words (`text.ts`).
 */
export const LEFT_OUT_REASONS = [
  /** The request field is `-` (nginx's 400 and 408 for a connection that sent nothing) or holds no method and path. */
  'noRequest',
  /** No three-digit status after the request. */
  'unreadableStatus',
  /** The path ends in one of {@link ASSET_EXTENSIONS}. */
  'assets',
  /** A method other than GET or HEAD. */
  'notGetOrHead',
  /** Any status but 2xx and 304: errors, redirects (and the rare 1xx). */
  'errorsAndRedirects',
] as const;

export type LeftOutReason = (typeof LEFT_OUT_REASONS)[number];

/** What {@link pageViewAt} answers for a page view; any other answer is an index into {@link LEFT_OUT_REASONS}. */
export const PAGE_VIEW = -1;

const REASON = Object.fromEntries(LEFT_OUT_REASONS.map((reason, index) => [reason, index])) as Record<LeftOutReason, number>;

/**
 * An extension of digits and ASCII letters (any case) as a number: base 37, one digit per
 * character, so that a path is looked up without a slice or a lower-cased copy (a
 * million lines, half of them with a dot, made a million short strings). Five characters
 * stay below 2³¹. -1 for any other character.
 */
function extensionCode(text: string, from: number, to: number): number {
  let code = 0;
  for (let at = from; at < to; at++) {
    const char = text.charCodeAt(at);
    const lower = char | 0x20; // A-Z to a-z
    if (char >= 0x30 && char <= 0x39) code = code * 37 + (char - 0x2f);
    else if (lower >= 0x61 && lower <= 0x7a) code = code * 37 + (lower - 0x56);
    else return -1;
  }
  return code;
}

const LONGEST_EXTENSION = Math.max(...ASSET_EXTENSIONS.map((extension) => extension.length));
/** A Set of numbers: no path can name a property of it (`constructor`, `__proto__`). */
const ASSETS = new Set(ASSET_EXTENSIONS.map((extension) => extensionCode(extension, 0, extension.length)));

const SPACE = 0x20;
const DOT = 0x2e;
const QUERY = 0x3f;
const FRAGMENT = 0x23;

/**
 * Status → 1 when it is a page view's, for the three-digit statuses a line can hold: a
 * line then costs one read of this table, not a range check and a search of `also`.
 */
const PAGE_VIEW_STATUS = new Uint8Array(1000);
PAGE_VIEW_STATUS.fill(1, PAGE_VIEW_STATUSES.from, PAGE_VIEW_STATUSES.to + 1);
for (const status of PAGE_VIEW_STATUSES.also) PAGE_VIEW_STATUS[status] = 1;

/** Whether `text[from, to)` is one of {@link PAGE_VIEW_METHODS}, compared in place. */
function isPageViewMethod(text: string, from: number, to: number): boolean {
  for (const method of PAGE_VIEW_METHODS) {
    if (to - from !== method.length) continue;
    let at = 0;
    while (at < method.length && text.charCodeAt(from + at) === method.charCodeAt(at)) at++;
    if (at === method.length) return true;
  }
  return false;
}

/**
 * Whether the path that starts at `text[from]` (and ends at the first ` `, `?` or `#`, or
 * at `end`) ends in `.` and an asset extension: one pass over the path, which keeps the
 * last dot (a dot before the last slash leaves a `/` in what follows it, which no
 * extension holds: `/app.js/page`). Letters, most of a path, are above every character
 * looked for, and cost one comparison each.
 */
function isAssetPath(text: string, from: number, end: number): boolean {
  let dot = -1;
  let at = from;
  for (; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code > QUERY) continue;
    if (code === SPACE || code === QUERY || code === FRAGMENT) break;
    if (code === DOT) dot = at;
  }
  const length = at - dot - 1;
  return dot !== -1 && length >= 1 && length <= LONGEST_EXTENSION && ASSETS.has(extensionCode(text, dot + 1, at));
}

/**
 * Whether the request `text[start, end)` (the request field of a log line without its
 * quotes: `GET /path?query HTTP/1.1`) with `status` (-1 when it could not be read) is a
 * page view: {@link PAGE_VIEW}, or the index in {@link LEFT_OUT_REASONS} of why not.
 * Read in place (no slice but a short extension), in work bounded by the length of the
 * method and path; never throws, whatever the field holds.
 * @example LEFT_OUT_REASONS[pageViewAt('GET /css/site.css HTTP/1.1', 0, 25, 200)] // 'assets'
 */
export function pageViewAt(text: string, start: number, end: number, status: number): number {
  let methodEnd = start;
  while (methodEnd < end && text.charCodeAt(methodEnd) !== SPACE) methodEnd++;
  if (methodEnd === start || methodEnd >= end - 1) return REASON.noRequest;
  if (status < 0) return REASON.unreadableStatus;
  const pathStart = methodEnd + 1;
  if (isAssetPath(text, pathStart, end)) return REASON.assets;
  if (!isPageViewMethod(text, start, methodEnd)) return REASON.notGetOrHead;
  if (status > 999 || PAGE_VIEW_STATUS[status] !== 1) return REASON.errorsAndRedirects;
  return PAGE_VIEW;
}

/**
 * {@link pageViewAt} for a whole request field, as a reason's name or `'page view'`.
 * @example pageViewOf('GET /kontakt HTTP/1.1', 200) // 'page view'
 * @example pageViewOf('POST /sok HTTP/1.1', 200) // 'notGetOrHead'
 */
export function pageViewOf(request: string, status: number): LeftOutReason | 'page view' {
  const answer = pageViewAt(request, 0, request.length, status);
  return answer === PAGE_VIEW ? 'page view' : LEFT_OUT_REASONS[answer]!;
}
