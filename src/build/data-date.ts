import browserslist from 'browserslist';

/**
 * The day of the newest browser release in the data browserslist uses (caniuse-lite as
 * installed): how current a policy compiled now is. Undefined when the data has no dates.
 *
 * @example
 * ```ts
 * browserDataDate(); // '2026-11-25'
 * ```
 */
export function browserDataDate(): string | undefined {
  let newest = 0;
  for (const agent of Object.keys(browserslist.data)) {
    const dates = browserslist.data[agent]!.releaseDate;
    for (const version of Object.keys(dates)) {
      const date = dates[version];
      if (typeof date === 'number' && date > newest) newest = date;
    }
  }
  return newest ? new Date(newest * 1000).toISOString().slice(0, 10) : undefined;
}
