/**
 * What keeps a response that depends on the visitor's browser out of shared caches
 * (`vary: true`). `Cache-Control: private` alone is not enough: CDNs that follow RFC 9213
 * obey `CDN-Cache-Control` (and its targeted forms such as `Cloudflare-CDN-Cache-Control`)
 * over `Cache-Control`, and Fastly and Akamai obey `Surrogate-Control`: an app's own
 * header there would still put one visitor's notice in front of everyone.
 */

/** Headers that tell shared caches alone what to do: removed. */
const SHARED_CACHE_HEADERS = /^(?:cdn-cache-control|[\w-]+-cdn-cache-control|surrogate-control)$/i;

/** `Cache-Control` directives that allow or steer a shared cache: removed, and `private` added. */
const SHARED_CACHE_DIRECTIVES = /^(?:public|s-maxage|proxy-revalidate)$/i;

/** Whether a response header must go for the response to stay private. */
export function isSharedCacheHeader(name: string): boolean {
  return SHARED_CACHE_HEADERS.test(name);
}

/**
 * A `Cache-Control` value with the shared-cache directives taken out and `private` in.
 *
 * @example
 * ```ts
 * privateCacheControl('public, max-age=300, s-maxage=3600'); // 'max-age=300, private'
 * ```
 */
export function privateCacheControl(value: unknown): string {
  const text = Array.isArray(value) ? value.join(', ') : value ? String(value) : '';
  const kept = text
    .split(',')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !SHARED_CACHE_DIRECTIVES.test(directive.split('=')[0]!.trim()) && directive.toLowerCase() !== 'private');
  return kept.concat('private').join(', ');
}

/** What a Node response (or Fastify's `reply.raw`) offers for its headers. */
interface NodeHeaders {
  getHeaderNames?(): string[];
  getHeader?(name: string): unknown;
  setHeader?(name: string, value: unknown): unknown;
  removeHeader?(name: string): unknown;
  writeHead?(status: number, ...rest: unknown[]): unknown;
}

/** The headers given to `writeHead` itself (an object, or Node's flat `[name, value, …]` list), made private. */
function privateHeadersArgument(headers: unknown): unknown {
  if (Array.isArray(headers)) {
    const out: unknown[] = [];
    for (let i = 0; i + 1 < headers.length; i += 2) {
      const name = String(headers[i]);
      if (isSharedCacheHeader(name)) continue;
      out.push(name, name.toLowerCase() === 'cache-control' ? privateCacheControl(headers[i + 1]) : headers[i + 1]);
    }
    return out;
  }
  if (!headers || typeof headers !== 'object') return headers;
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (isSharedCacheHeader(name)) continue;
    out[name] = name.toLowerCase() === 'cache-control' ? privateCacheControl(value) : value;
  }
  return out;
}

/**
 * Makes a Node response private at the moment its headers go out, whatever the app set
 * after the middleware: `writeHead` (which Node, Express and Fastify all call, explicitly
 * or not) first removes the shared-cache headers and directives.
 */
export function keepNodeResponsePrivate(res: NodeHeaders): void {
  const original = res.writeHead;
  if (typeof original !== 'function' || !res.getHeaderNames || !res.removeHeader || !res.setHeader || !res.getHeader) return;
  const response = res as Required<NodeHeaders>;
  res.writeHead = function writeHead(this: unknown, status: number, ...rest: unknown[]) {
    for (const name of response.getHeaderNames()) {
      if (isSharedCacheHeader(name)) response.removeHeader(name);
    }
    response.setHeader('Cache-Control', privateCacheControl(response.getHeader('cache-control')));
    const last = rest.length - 1;
    if (last >= 0 && typeof rest[last] === 'object') rest[last] = privateHeadersArgument(rest[last]);
    return original.apply(this, [status, ...rest]);
  };
}

/** The same for a Fetch `Headers` (of a response copy the wrapper may change). */
export function keepFetchHeadersPrivate(headers: Headers): void {
  const names: string[] = [];
  headers.forEach((_value, name) => names.push(name));
  for (const name of names) if (isSharedCacheHeader(name)) headers.delete(name);
  headers.set('Cache-Control', privateCacheControl(headers.get('cache-control')));
}
