/** Reports a configuration problem on the console, never throwing (some old consoles do). */
export function warn(message: string): void {
  try {
    if (typeof console !== 'undefined' && console.warn) console.warn('old-browser-notice: ' + message);
  } catch {
    // A console that throws is not worth breaking the page for.
  }
}

/**
 * Tells a developer something that is no problem (what preview mode shows, and why), on the
 * console's log level: a page's tests that fail on warnings stay green in preview.
 */
export function inform(message: string): void {
  try {
    if (typeof console !== 'undefined' && console.log) console.log('old-browser-notice: ' + message);
  } catch {
    // As warn.
  }
}

/**
 * Text from outside, whole, as a one-line message quotes it: line breaks, control
 * characters and backticks shown as `?`, so that it can neither break the line nor drive
 * a terminal.
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what it replaces
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029`]/g, '?');
}

/**
 * A value from outside as a one-line message quotes it: strings cut to 40 characters,
 * with line breaks, control characters and backticks shown as `?`; anything else by its
 * type (never converted: a hostile `toString` may throw).
 */
export function quoted(value: unknown): string {
  return typeof value === 'string' ? oneLine(value.slice(0, 40)) : typeof value;
}
