/**
 * What every language of the report says: the keys each one in text.ts has, as
 * src/locales/types.ts is for the notice's languages.
 */
import type { Status } from '../verdict';
import type { NoticeAction } from './aggregate';
import type { LeftOutReason } from './page-views';
import type { PeriodUnit } from './periods';
import type { Counted } from './what-counted';

/**
 * Every word the report's table and page show, per language (`--lang`): its readers
 * are web teams and their managers. The JSON report has no text but `compare.summary`,
 * in the same language. Written for this project; to add a language, add one object.
 */
export interface ReportText {
  /** BCP 47 tag, for `<html lang>`. */
  lang: string;
  /** The locale numbers are written in (`1,234` or `1 234`, `4.2` or `4,2`). */
  numbers: string;
  title: string;
  policy: string;
  linesRead: string;
  requests: string;
  distinct: string;
  /** "Other user agents (not judged)": requests folded beyond the most distinct kept. */
  other: string;
  /** Why there are other user agents: `max` is formatted. */
  otherNote(max: string): string;
  skipped: string;
  skippedNote: string;
  /** "1,234 requests (4.2 %) would see the notice"; `one` when the count is 1; of page views when `counted` says so. */
  wouldSee(count: string, percent: string, one: boolean, counted?: Counted): string;
  /** The label of the total counted: "Page views". */
  countedLabel: Record<Counted, string>;
  /** The header of a column of what was counted: "page views". */
  countedColumn: Record<Counted, string>;
  /**
   * What was counted, in a sentence or two. For page views, `leftOut` lists the requests
   * left out per reason (already formatted, see {@link leftOutList}), `''` when none were:
   * "600 page views (12,345 requests left out: 11,000 assets, 145 not GET or HEAD)".
   */
  countedLine(counted: Counted, count: string, one: boolean, leftOutCount: string, leftOut: string): string;
  /** A reason a request is no page view, after its count: "1,200 errors and redirects". */
  leftOutReason: Record<LeftOutReason, string>;
  /** Requests counted as given, as their lines record no request (JSON lines, a user agent alone). */
  countedAsGiven(count: string): string;
  visitors: string;
  /** A lower bound: more pairs were seen than the report holds. */
  atLeast(count: string): string;
  /** The estimate when no line gave a client address, and why. */
  visitorsUnknown: string;
  visitorsUnknownNote: string;
  /** What the estimate is, and of which requests; `of` is formatted, `all` when it is of every request counted. */
  visitorsNote(of: string, all: boolean, counted: Counted): string;
  /** A column of visitors in the whole tables. */
  visitorsColumn: string;
  /** Headings of the whole lists (`--all-rows`); `count` is formatted. */
  allOutdated(count: string): string;
  allUnsupported(count: string): string;
  allVersions(count: string): string;
  statusHeader: string;
  actionHeader: string;
  statusCaption: string;
  actionCaption: string;
  requestsColumn: string;
  shareColumn: string;
  /** Status names as shown (the JSON keeps the English identifiers). */
  statusName: Record<Status | 'notified', string>;
  statusMeaning: Record<Status | 'notified', string>;
  actionName: Record<NoticeAction, string>;
  actionMeaning: Record<NoticeAction, string>;
  topOutdated(count: number): string;
  topUnsupported(count: number): string;
  topUnknown(count: number): string;
  none: string;
  browserVersion: string;
  userAgent: string;
  mostFrequent: string;
  shareOfAll: string;
  /** `quote` marks up a query; `percent` and `count` are already formatted. */
  compare(from: string, to: string, difference: number, percent: string, count: string, quote: (query: string) => string, counted?: Counted): string;
  /** Heading of the periods: "Notified share per week". */
  perPeriod: Record<PeriodUnit, string>;
  periodStart: string;
  undated(count: string): string;
  span(first: string, last: string): string;
  generated(when: string): string;
  sections: { read: string; who: string; versions: string; noVerdict: string; overTime: string };
  from(inputs: string): string;
  standardInput: string;
  noInput: string;
  /** The chart's text alternative points to the table beside it. */
  chartDescription(unit: string): string;
}
