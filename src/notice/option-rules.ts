import { readOptions } from '../read-options';
import { warn } from '../warn';
import type { RenderOptions, ShowOptions } from './options';

/**
 * The notice's options and what each may be (see `readOptions`). Options often come from
 * a CMS as JSON, or from a page's script: a value of another kind is left out with one
 * line on the console, and the option's default applies. What the value then holds is
 * checked where it is used (a locale by `localeProblem`, a text by `isValidText`).
 */
export const RENDER_OPTION_KINDS: Readonly<Record<keyof RenderOptions | 'pageLang' | 'document', string>> = {
  site: 'string',
  lang: 'string',
  pageLang: 'string',
  locales: 'list',
  text: 'object',
  headingLevel: 'number string',
  rememberDays: 'number',
  className: 'string',
  preview: 'boolean',
  recommend: 'list',
  document: 'node',
};

export const SHOW_OPTION_KINDS: Readonly<Record<keyof ShowOptions | 'pageLang', string>> = {
  ...RENDER_OPTION_KINDS,
  browsers: 'string object',
  strict: 'boolean',
  insecure: 'boolean',
  stylesheet: 'string',
  previewByAddress: 'boolean',
  now: 'date number',
  container: 'node string',
  remember: 'object',
  styles: 'string',
  nonce: 'string',
  userAgent: 'string',
  onShow: 'function',
  onDismiss: 'function',
  onLinkClick: 'function',
  onSupported: 'function',
};

/**
 * A caller's `showNotice` options in the shapes the notice expects: every wrong value
 * said on the console and replaced by its default, never a throw (see `readOptions`).
 *
 * @example
 * ```ts
 * readShowOptions({ site: 'Haninge kommun', locales: 'sv' }); // { site: 'Haninge kommun' }, and one warning about `locales`
 * ```
 */
export function readShowOptions(options: unknown): ShowOptions {
  const read = readOptions(options, SHOW_OPTION_KINDS, (message) => warn(message + ' The default is used.')) as ShowOptions;
  // `remember.days` is a number of days, or the dismissal lasts for the session.
  if (read.remember && !(typeof read.remember.days === 'number' && read.remember.days > 0)) {
    warn('`remember` must be an object such as `{ "days": 30 }`; the dismissal lasts for the session.');
    delete read.remember;
  }
  return read;
}

/** The same for the options shared by every renderer (`renderNotice`, `renderNoticeHTML`). */
export function readRenderOptions(options: unknown): RenderOptions & { pageLang?: string; document?: Document } {
  return readOptions(options, RENDER_OPTION_KINDS, (message) => warn(message + ' The default is used.'));
}
