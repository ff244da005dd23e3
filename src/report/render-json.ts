import type { Report } from './aggregate';
import { numbersOf, REPORT_TEXTS, type ReportText } from './text';

/**
 * The report as one JSON document (`--format json`): counts are exact, `percent`
 * values are rounded to one decimal, top lists hold at most 10 entries, and `browsers`
 * and `versions` hold every browser and version counted. See {@link Report} for the
 * fields. The visitor estimate is a number: no address or pair is ever in it. Its only
 * sentence, `compare.summary` ("Moving from `defaults` to `last 1 version` notifies
 * 4.2 % more visitors (1,234 page views)."), is in `text`'s language, as the table and the
 * page say it.
 * @example process.stdout.write(renderJson(buildReport(tally, { inputs, policy }), REPORT_TEXTS.sv!));
 */
export function renderJson(report: Report, text: ReportText = REPORT_TEXTS.en!): string {
  const { compare } = report;
  if (!compare) return JSON.stringify(report, null, 2) + '\n';
  const numbers = numbersOf(text);
  const difference = compare.difference;
  const summary = text.compare(report.policy.query, compare.policy.query, difference.requests, numbers.percent(Math.abs(difference.percent)), numbers.count(Math.abs(difference.requests)), (query) => `\`${query}\``, report.counted);
  return JSON.stringify({ ...report, compare: { ...compare, summary } }, null, 2) + '\n';
}
