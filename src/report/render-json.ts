import type { Report } from './aggregate';

/**
 * The report as one JSON document (`--format json`): counts are exact, `percent`
 * values are rounded to one decimal, top lists hold at most 10 entries. See
 * {@link Report} for the fields.
 */
export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}
