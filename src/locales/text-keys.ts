import type { NoticeText } from './types';

/**
 * Every string a locale's `text` holds, and its shape: `text` is one string, `forms`
 * one string per plural form (see `plural`). The one list of text keys: checking a
 * language file, rendering and the tests all read it, and the type makes it complete —
 * a key added to {@link NoticeText} must be added here, and nothing else may be.
 *
 * @example
 * ```ts
 * for (const key in TEXT_KEYS) console.log(key, TEXT_KEYS[key as keyof NoticeText]); // heading text, …, remember forms
 * ```
 */
export const TEXT_KEYS: Readonly<Record<keyof NoticeText, 'text' | 'forms'>> = {
  heading: 'text',
  introOutdated: 'text',
  introUnsupported: 'text',
  insecure: 'text',
  update: 'text',
  switch: 'text',
  updateOs: 'text',
  updateIos: 'text',
  updateMac: 'text',
  remember: 'forms',
  dismiss: 'text',
};

/** The longest string a locale may hold: a heading or a sentence, never a page. */
export const MAX_TEXT_LENGTH = 500;

/** The longest list separator (`, `, ` or `, `، `). */
export const MAX_SEPARATOR_LENGTH = 20;
