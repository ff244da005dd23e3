/**
 * The string keys of `NoticeText` (types.ts): every one must be a string in a language file
 * fetched at run time before the notice uses it. `remember` is not listed: it is an
 * array (one form per plural category) and is validated as an array.
 *
 * @example
 * ```ts
 * import { TEXT_KEYS } from './text-keys';
 * const complete = TEXT_KEYS.every((key) => typeof text[key] === 'string');
 * ```
 */
export const TEXT_KEYS = ['heading', 'introOutdated', 'introUnsupported', 'update', 'switch', 'updateOs', 'dismiss'] as const;
