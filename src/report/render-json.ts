import type { Report } from './aggregate';

/**
 * The report as one JSON document (`--format json`): counts are exact, `percent`
 * values are rounded to one decimal, top lists hold at most 10 entries, and `browsers`
 * and `versions` hold every browser and version counted. See {@link Report} for the
 * fields. The visitor estimate is a number: no address or pair is ever in it.
 * @example process.stdout.write(renderJson(buildReport(tally, { inputs, policy })));
 */
export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}
