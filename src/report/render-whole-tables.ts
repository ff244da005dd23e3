import { shownStatuses, type Report } from './aggregate';
import { percentOf } from './format';
import { familyOf } from './families';
import type { VersionRow } from './whole-tables';
import { escapeHtml } from '../notice/html';
import { printable, versionLabel } from './format';
import type { HtmlText } from './html-text';
import { columnHead, numberCell, table } from './html-parts';
import type { ReportText } from './text';

/**
 * The HTML page's whole tables: every browser family and every browser version (sortable,
 * the long one folded in `<details>`), and with `--by` the share per status and per
 * family in each period. Each is complete without the page's script.
 */

type Numbers = { count(n: number): string; percent(n: number): string };

/** A family's name as the page shows it: the browserslist agent, or words for bots and unknown. */
function familyName(family: string, html: HtmlText): string {
  return family === 'bot' || family === 'unknown' ? html.familyName[family] : family;
}

/** Requests per family over the whole report (familyOf: bots and unknown apart), from the versions table. */
function familyTotals(report: Report): Array<{ family: string; requests: number }> {
  const totals = new Map<string, number>();
  for (const row of report.versions) {
    const family = familyOf(row);
    totals.set(family, (totals.get(family) ?? 0) + row.requests);
  }
  return [...totals].map(([family, requests]) => ({ family, requests })).sort((a, b) => b.requests - a.requests || (a.family < b.family ? -1 : 1));
}

/** The versions the page lists: those with a browser and a version (bots and unknown are counted in the status table). */
function browserVersions(report: Report): Array<VersionRow & { agent: string; version: string }> {
  return report.versions.filter((row): row is VersionRow & { agent: string; version: string } => row.status !== 'bot' && row.status !== 'unknown' && row.agent !== null && row.version !== null);
}

/**
 * Every browser family and every browser version, in order of requests; sortable by the page's script.
 * @example wholeTables(report, REPORT_TEXTS.en!, HTML_TEXTS.en!, numbersOf(REPORT_TEXTS.en!))
 */
export function wholeTables(report: Report, text: ReportText, html: HtmlText, numbers: Numbers): string {
  // With --compare, statuses are the first policy's: its captions say A, as the top lists do.
  const policy = report.compare ? ', A' : '';
  const judged = shownStatuses(report).reduce((sum, status) => sum + report.status[status]!.requests, 0);
  const families = familyTotals(report).map(
    ({ family, requests }) =>
      `<tr><th scope="row">${escapeHtml(familyName(family, html))}</th>${numberCell(requests, numbers.count(requests))}${numberCell(percentOf(requests, judged), numbers.percent(percentOf(requests, judged)))}</tr>`,
  );
  const familyHead = `<thead><tr>${columnHead(html.familyColumn, false)}${columnHead(text.countedColumn[report.counted], true, true)}${columnHead(text.shareColumn, true)}</tr></thead>`;
  const listed = browserVersions(report);
  const versions = listed.map(
    (row) =>
      `<tr data-status="${row.status}"><th scope="row">${escapeHtml(printable(versionLabel(row)))}</th><td>${escapeHtml(text.statusName[row.status])}</td>${numberCell(row.requests, numbers.count(row.requests))}${numberCell(row.percent, numbers.percent(row.percent))}<td class="ua">${escapeHtml(printable(row.example))}</td></tr>`,
  );
  const versionHead = `<thead><tr>${columnHead(text.browserVersion, false)}${columnHead(html.statusColumn, false)}${columnHead(text.countedColumn[report.counted], true, true)}${columnHead(text.shareColumn, true)}${columnHead(text.mostFrequent, false)}</tr></thead>`;
  return `<h2 id="every-browser">${escapeHtml(html.everyBrowser)}</h2>
<p class="muted">${escapeHtml(html.sortNote(text.countedColumn[report.counted]))}</p>
${table(html.familyCaption(text.countedColumn[report.counted]) + policy, familyHead, families, ' id="families" data-sortable')}
<details id="every-version">
<summary>${escapeHtml(html.versionsSummary(numbers.count(listed.length)))}</summary>
${table(html.versionsCaption(text.countedColumn[report.counted]) + policy, versionHead, versions, ' id="versions" data-sortable')}
</details>`;
}

/** A period's name in a table: its first day, and whether the logs cover only part of it. */
export function periodCell(period: { start: string; partial: boolean }, html: HtmlText): string {
  return `<th scope="row">${escapeHtml(period.start)}${period.partial ? ` <span class="muted">(${escapeHtml(html.partial)})</span>` : ''}</th>`;
}

/**
 * With `--by`: the share of each status and of each browser family in every period, each folded in `<details>`.
 * @example trendTables(report, REPORT_TEXTS.en!, HTML_TEXTS.en!, numbersOf(REPORT_TEXTS.en!))
 */
export function trendTables(report: Report, text: ReportText, html: HtmlText, numbers: Numbers): string {
  const unit = report.by!;
  const periods = report.periods!;
  const statuses = shownStatuses(report);
  const families = periods[0]?.families.map((share) => share.family) ?? [];
  const periodHead = columnHead(text.periodStart, false);
  const statusRows = periods.map((period) => `<tr>${periodCell(period, html)}${statuses.map((status) => `<td class="num">${numbers.percent(period.status[status]!.percent)}</td>`).join('')}</tr>`);
  const familyRows = periods.map((period) => `<tr>${periodCell(period, html)}${period.families.map((share) => `<td class="num">${numbers.percent(share.percent)}</td>`).join('')}</tr>`);
  const statusHead = `<thead><tr>${periodHead}${statuses.map((status) => columnHead(text.statusName[status], true)).join('')}</tr></thead>`;
  // Family names as they are (`ios_saf`), not capitalized.
  const familyHead = `<thead><tr>${periodHead}${families.map((family) => `<th scope="col" class="num">${escapeHtml(familyName(family, html))}</th>`).join('')}</tr></thead>`;
  return `<details id="status-trend">
<summary>${escapeHtml(html.statusTrend[unit])}</summary>
${table(html.statusTrend[unit], statusHead, statusRows, ' id="status-trend-table"')}
</details>
<details id="family-trend">
<summary>${escapeHtml(html.familyTrend[unit])}</summary>
${table(html.familyTrend[unit], familyHead, familyRows, ' id="family-trend-table"')}
</details>`;
}
