/** Reports a configuration problem on the console, never throwing (some old consoles do). */
export function warn(message: string): void {
  try {
    if (typeof console !== 'undefined' && console.warn) console.warn('old-browser-notice: ' + message);
  } catch {
    // A console that throws is not worth breaking the page for.
  }
}
