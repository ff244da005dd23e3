import { hasOwn } from '../has-own';
import { PLURAL_RULES } from './plural-rules';
import { MAX_SEPARATOR_LENGTH, MAX_TEXT_LENGTH, TEXT_KEYS } from './text-keys';
import type { Locale } from './types';

const toString = Object.prototype.toString;

/** A string of at most `max` characters; with `forms`, a list of 1–6 of them. */
function isText(value: unknown, forms: boolean, max = MAX_TEXT_LENGTH): boolean {
  if (!forms) return typeof value === 'string' && value.length <= max;
  if (toString.call(value) !== '[object Array]') return false;
  const list = value as unknown[];
  let ok = list.length > 0 && list.length < 7;
  for (let i = 0; ok && i < list.length; i++) ok = isText(list[i], false);
  return ok;
}

/** The first key of `value` that is not in `allowed`, or '' (`value` is then a plain object). */
function unknownKey(value: unknown, allowed: object): string | null {
  if (toString.call(value) !== '[object Object]') return '';
  for (const key in value as object) if (hasOwn(value as object, key) && !hasOwn(allowed, key)) return key;
  return null;
}

/** Each field a locale may have, and whether it is a string (`dir`, `tag` and `plural` are checked apart). */
const LOCALE_FIELDS: Readonly<Record<keyof Locale, 1>> = { tag: 1, name: 1, dir: 1, reviewed: 1, plural: 1, list: 1, text: 1 };
const LIST_FIELDS = { separator: 1, lastSeparator: 1 };

/** Whether one text override (the `text` option) has the shape its key needs. */
export function isValidText(key: string, value: unknown): boolean {
  return hasOwn(TEXT_KEYS, key) && isText(value, TEXT_KEYS[key as keyof typeof TEXT_KEYS] === 'forms');
}

/**
 * What is wrong with a locale (one from a language file fetched beside the script, or
 * from a site's options): the first field that is missing, of the wrong type, too long
 * or not a locale field at all, or null when it may be used. Every key of
 * {@link TEXT_KEYS} must be there: a string of at most 500 characters, `remember` 1–6 of
 * them; `dir` is `ltr` or `rtl`; `plural` one of the rules; separators short strings.
 *
 * @example
 * ```ts
 * localeProblem({ ...sv, dir: '"><svg>' }); // 'dir'
 * localeProblem(sv); // null
 * ```
 */
export function localeProblem(value: unknown): string | null {
  try {
    const locale = value as Record<string, unknown>;
    const extra = unknownKey(locale, LOCALE_FIELDS);
    if (extra !== null) return extra || 'the locale';
    if (typeof locale.tag !== 'string' || !/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8}){0,4}$/.test(locale.tag)) return 'tag';
    if (!isText(locale.name, false, 100)) return 'name';
    if (locale.dir !== 'ltr' && locale.dir !== 'rtl') return 'dir';
    if (locale.reviewed !== undefined && typeof locale.reviewed !== 'boolean') return 'reviewed';
    if (typeof locale.plural !== 'string' || !hasOwn(PLURAL_RULES, locale.plural)) return 'plural';
    const list = locale.list as Record<string, unknown>;
    if (unknownKey(list, LIST_FIELDS) !== null) return 'list';
    for (const key in LIST_FIELDS) if (!isText(list[key], false, MAX_SEPARATOR_LENGTH)) return 'list.' + key;
    const text = locale.text as Record<string, unknown>;
    const extraText = unknownKey(text, TEXT_KEYS);
    if (extraText !== null) return 'text' + (extraText && '.' + extraText);
    for (const key in TEXT_KEYS) if (hasOwn(TEXT_KEYS, key) && !isValidText(key, hasOwn(text, key) ? text[key] : undefined)) return 'text.' + key;
    return null;
  } catch {
    // A getter or proxy that throws: not a locale.
    return 'the locale';
  }
}

/** Whether a locale may be used (see {@link localeProblem}). */
export function isValidLocale(value: unknown): value is Locale {
  return localeProblem(value) === null;
}
