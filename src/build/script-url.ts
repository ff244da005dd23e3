import { isAbsolute } from 'node:path';

/**
 * Folders that web servers and site generators serve as the site's root: a file in
 * `public/js/x.js` is at `/js/x.js`. Add a name here when a common tool uses another.
 */
export const WEB_ROOTS: readonly string[] = ['public', 'static', 'www', 'wwwroot', 'htdocs', 'public_html', 'web'];

/** Placeholder when the address cannot be told from the output folder. */
export const UNKNOWN_URL = '/path/to';

/**
 * The address a site will most likely serve `build --out <dir>` at, for the
 * `<script>` tag the command prints: `--url` when given, else the folder without its
 * web root (`public/js/notice` → `/js/notice`), else the folder itself for a relative
 * one, else `/path/to` for the site to fill in.
 *
 * @example
 * ```ts
 * scriptUrl('public/js/old-browser-notice'); // '/js/old-browser-notice'
 * ```
 */
export function scriptUrl(outDir: string, url?: string): string {
  if (url !== undefined) return url.replace(/\/+$/, '');
  if (isAbsolute(outDir)) return UNKNOWN_URL;
  const parts = outDir.split(/[\\/]+/).filter((part) => part && part !== '.');
  if (parts.some((part) => part === '..')) return UNKNOWN_URL;
  if (parts.length > 1 && WEB_ROOTS.indexOf(parts[0]!) !== -1) parts.shift();
  return '/' + parts.join('/');
}
