/** How the report writes numbers and sentences, the same in every format. */

const COUNT = new Intl.NumberFormat('en-US');

/** 1234567 → `1,234,567`. */
export function formatCount(count: number): string {
  return COUNT.format(count);
}

/** 4.2 → `4.2 %` (always one decimal). */
export function formatPercent(percent: number): string {
  return `${percent.toFixed(1)} %`;
}

/** `ie 11`, as browserslist names a browser version. */
export function versionLabel(entry: { agent: string; version: string }): string {
  return `${entry.agent} ${entry.version}`;
}

function requestsWord(count: number): string {
  return `${formatCount(count)} ${Math.abs(count) === 1 ? 'request' : 'requests'}`;
}

/**
 * "Moving from `defaults` to `<query>` notifies 4.2 % more visitors (1,234 requests)."
 * `difference` is notified under `to` minus notified under `from`; `percent` is that as a
 * share of all requests. `quote` marks up a query (backticks in text, <code> in HTML).
 */
export function compareSentence(from: string, to: string, difference: number, percent: number, quote: (query: string) => string): string {
  const moving = `Moving from ${quote(from)} to ${quote(to)}`;
  if (difference === 0) return `${moving} notifies as many visitors as before (the same number of requests).`;
  const direction = difference > 0 ? 'more' : 'fewer';
  return `${moving} notifies ${formatPercent(Math.abs(percent))} ${direction} visitors (${requestsWord(Math.abs(difference))}).`;
}

/**
 * A user agent made safe to print: control characters (a log can hold any byte, and
 * nginx's `\x1b` unescapes to a real escape) are shown as `\xHH`; with `max`, cut
 * to that many characters with `...`.
 */
export function printable(text: string, max = Infinity): string {
  // eslint-disable-next-line no-control-regex
  const safe = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return safe.length > max ? safe.slice(0, max - 3) + '...' : safe;
}
