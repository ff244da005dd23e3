import { hasOwn } from '../has-own';

/** Request headers as the runtimes hand them over: a Fetch `Headers`, Node's `IncomingHttpHeaders`, or a plain record. */
export type HeadersLike =
  | { get(name: string): string | null }
  | Record<string, string | string[] | undefined | null>;

/** A case-insensitive reader over any of them; repeated headers are joined with `, `. */
export function headerReader(headers: HeadersLike | null | undefined): (name: string) => string | null {
  if (!headers || typeof headers !== 'object') return () => null;
  if (typeof (headers as { get?: unknown }).get === 'function') {
    const fetchHeaders = headers as { get(name: string): string | null };
    return (name) => {
      try {
        return fetchHeaders.get(name);
      } catch {
        return null;
      }
    };
  }
  const record = headers as Record<string, string | string[] | undefined | null>;
  return (name) => {
    const wanted = name.toLowerCase();
    for (const key in record) {
      // Own headers only: what a page's libraries add to Object.prototype is no header.
      if (!hasOwn(record, key) || key.toLowerCase() !== wanted) continue;
      const value = record[key];
      if (Array.isArray(value)) return value.join(', ');
      return value == null ? null : String(value);
    }
    return null;
  };
}
