import { hasOwn } from '../has-own';

/**
 * Text from a file a person made, shown in a one-line error so that what cannot be seen
 * can be: a spreadsheet's byte-order mark, a no-break space in a number, a tab. Unlike
 * `printable` (format.ts, for user agents in reports), this names characters as a
 * person looks them up (`<U+FEFF>`), and shows the whitespace escapes they know (`\t`).
 */

/** The escapes a person knows from code and shells. */
const ESCAPES: Readonly<Record<string, string>> = { '\t': '\\t', '\r': '\\r', '\n': '\\n' };

/**
 * What is shown as `<U+XXXX>`: C0 and C1 controls, spaces other than U+0020 (no-break,
 * thin, narrow no-break: what Excel writes between digit groups in Swedish and French),
 * zero-width characters and joiners, bidirectional controls, line and paragraph
 * separators, the byte-order mark, and U+FFFD (bytes that are not UTF-8).
 * Source: Unicode UAX #9 and the General Category Zs/Cf lists of UnicodeData.txt.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u00a0\u00ad\u061c\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u2066-\u206f\u3000\ufeff\ufff9-\ufffd]/g;

/**
 * `text` with each invisible character shown, cut to `max` characters with `...`.
 * @example visible('\ufeffuser_agent\trequests') // '<U+FEFF>user_agent\\trequests'
 */
export function visible(text: string, max = 120): string {
  const shown = text.replace(INVISIBLE, (char) => (hasOwn(ESCAPES, char) ? ESCAPES[char]! : `<U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`));
  return shown.length > max ? shown.slice(0, max - 3) + '...' : shown;
}
