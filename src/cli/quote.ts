import { printable } from '../report/format';

/**
 * Text from outside as the CLI prints it: a file name, a `--browsers` query, an argument,
 * a message that quotes one. Every control character (escape sequences that move the
 * cursor, clear the screen or set a link; a newline that forges a second line) and every
 * bidi control is shown as its code, never sent to the terminal. The one function the
 * CLI's messages go through; `report`'s table does the same for the logs' strings.
 *
 * @example
 * ```ts
 * shown('access\u001b[2J.log'); // 'access\\x1b[2J.log'
 * ```
 */
export function shown(text: unknown): string {
  return printable(String(text));
}
