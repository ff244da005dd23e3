import { ACTIONS, shownStatuses, TOP, type Breakdown, type Report, type Share, type VersionShare } from './aggregate';
import { printable, versionLabel } from './format';
import { leftOutList, numbersOf, REPORT_TEXTS, type ReportText } from './text';
import type { VersionRow } from './whole-tables';

/** How much of the report the text shows. */
export interface TableOptions {
  /** Every outdated and unsupported browser version, and a table of every version, instead of the top 10 (`--all-rows`). */
  allRows?: boolean;
}

/** Text columns two spaces apart: the one at `left` left-aligned, the others right-aligned. */
function columns(rows: string[][], left = 0): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) => row.map((cell, i) => (i === left ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd())
    .join('\n');
}

function policyLine(label: string, breakdown: Breakdown): string {
  const caniuse = breakdown.policy.caniuse ? ` (caniuse-lite ${breakdown.policy.caniuse})` : '';
  return `${label}\`${printable(breakdown.policy.query)}\`${caniuse}`;
}

/** A titled list under its own heading line, indented. */
function titled(title: string, rows: string[][], left: number, none: string): string {
  if (rows.length === 1) return `${title}: ${none}`;
  return `${title}\n${columns(rows, left).replace(/^/gm, '  ')}`;
}

/** Every outdated and every unsupported version (of policy A), from the whole version table. */
function wholeLists(report: Report, text: ReportText, suffix: string, list: (title: string, rows: VersionShare[]) => string): string[] {
  const count = numbersOf(text).count;
  const of = (status: 'outdated' | 'unsupported') =>
    report.versions.filter((row) => row.status === status).map((row) => ({ ...row, agent: row.agent ?? '?', version: row.version ?? '?' }));
  const outdated = of('outdated');
  const unsupported = of('unsupported');
  return [list(text.allOutdated(count(outdated.length)) + suffix, outdated), list(text.allUnsupported(count(unsupported.length)) + suffix, unsupported)];
}

/** Every browser version counted, with its status, requests, share and visitors. */
function versionTable(versions: VersionRow[], text: ReportText, column: string): string {
  const numbers = numbersOf(text);
  const rows = versions.map((row) => [
    printable(versionLabel({ agent: row.agent ?? '?', version: row.version ?? '?' })),
    text.statusName[row.status],
    numbers.count(row.requests),
    numbers.percent(row.percent),
    numbers.count(row.visitors),
  ]);
  return titled(text.allVersions(numbers.count(versions.length)), [[text.browserVersion, text.statusHeader.toLowerCase(), column, text.shareColumn, text.visitorsColumn], ...rows], 0, text.none);
}

/**
 * The report as text for a terminal: the totals, the headline, the shares per status
 * and per action (side by side for two policies), the periods with `--by`, and the top
 * browser versions (every version with `allRows`). Shares of the top lists are of all
 * requests counted: page views unless the report says otherwise. Strings from the logs
 * are shown with control and bidi characters as codes ({@link printable}).
 * @example process.stdout.write(renderTable(report, REPORT_TEXTS.sv!, { allRows: true }));
 */
export function renderTable(report: Report, text: ReportText = REPORT_TEXTS.en!, options: TableOptions = {}): string {
  const numbers = numbersOf(text);
  const column = text.countedColumn[report.counted];
  const cells = (share: Share) => [numbers.count(share.requests), numbers.percent(share.percent)];
  const compare = report.compare;
  const sections: string[] = [];
  sections.push(
    compare
      ? `${text.title}\n${policyLine('A: ', report)}\n${policyLine('B: ', compare)}`
      : `${text.title}, ${policyLine(`${text.policy} `, report)}`,
  );
  const visitors = report.visitors;
  const notes = [
    text.countedLine(report.counted, numbers.count(report.requests), report.requests === 1, numbers.count(report.leftOut.total), leftOutList(report.leftOut, text, numbers.count)),
    ...(report.countedAsGiven ? [text.countedAsGiven(numbers.count(report.countedAsGiven))] : []),
    visitors.estimate === null ? text.visitorsUnknownNote : text.visitorsNote(numbers.count(visitors.ofRequests), visitors.ofRequests === report.requests, report.counted),
    ...(report.otherUserAgents.requests ? [text.otherNote(numbers.count(report.maxDistinctUserAgents))] : []),
    ...(report.skipped ? [text.skippedNote] : []),
    ...(report.span ? [text.span(report.span.first, report.span.last)] : []),
  ];
  sections.push(
    columns([
      [text.linesRead, numbers.count(report.lines)],
      [text.countedLabel[report.counted], numbers.count(report.requests)],
      [text.visitors, visitors.estimate === null ? text.visitorsUnknown : visitors.complete ? numbers.count(visitors.estimate) : text.atLeast(numbers.count(visitors.estimate))],
      [text.distinct, numbers.count(report.distinctUserAgents)],
      ...(report.otherUserAgents.requests ? [[text.other, numbers.count(report.otherUserAgents.requests)]] : []),
      [text.skipped, numbers.count(report.skipped)],
    ]) + notes.map((note) => `\n${note}`).join(''),
  );
  const headline = (breakdown: Breakdown) =>
    text.wouldSee(numbers.count(breakdown.notified.requests), numbers.percent(breakdown.notified.percent), breakdown.notified.requests === 1, report.counted);
  const summary = compare
    ? text.compare(report.policy.query, compare.policy.query, compare.difference.requests, numbers.percent(Math.abs(compare.difference.percent)), numbers.count(Math.abs(compare.difference.requests)), (query) => `\`${printable(query)}\``, report.counted)
    : '';
  sections.push(compare ? `A: ${headline(report)}.\nB: ${headline(compare)}.\n${summary}` : `${headline(report)}.`);

  const header = (first: string) =>
    compare ? [first, `A ${column}`, `A ${text.shareColumn}`, `B ${column}`, `B ${text.shareColumn}`] : [first, column, text.shareColumn];
  const row = (label: string, pick: (breakdown: Breakdown) => Share) => [label, ...cells(pick(report)), ...(compare ? cells(pick(compare)) : [])];
  sections.push(
    columns([
      header(text.statusHeader),
      ...shownStatuses(report).map((status) => row(text.statusName[status], (b) => b.status[status]!)),
      row(text.statusName.notified, (b) => b.notified),
    ]),
  );
  sections.push(columns([header(text.actionHeader), ...ACTIONS.map((action) => row(text.actionName[action], (b) => b.actions[action]))]));
  if (report.by && report.periods) {
    const rows = report.periods.map((period) => [period.start, numbers.count(period.requests), ...cells(period.notified)]);
    const undated = report.undated ? `\n  ${text.undated(numbers.count(report.undated))}` : '';
    sections.push(
      titled(text.perPeriod[report.by], [[text.periodStart, column, text.statusName.notified, text.shareColumn], ...rows], 0, text.none) + undated,
    );
  }
  const topList = (title: string, list: VersionShare[]) =>
    titled(title, [[text.browserVersion, column, text.shareColumn], ...list.map((entry) => [printable(versionLabel(entry)), ...cells(entry)])], 0, text.none);
  const tops = (breakdown: Breakdown, suffix: string) => [
    topList(text.topOutdated(TOP) + suffix, breakdown.topOutdated),
    topList(text.topUnsupported(TOP) + suffix, breakdown.topUnsupported),
  ];
  if (options.allRows) sections.push(...wholeLists(report, text, compare ? ' (A)' : '', topList));
  else sections.push(...tops(report, compare ? ' (A)' : ''));
  if (compare) sections.push(...tops(compare, ' (B)'));
  // User agents are cut to 90 characters.
  const unknownRows = [[column, text.shareColumn, text.userAgent], ...report.topUnknown.map((entry) => [...cells(entry), printable(entry.userAgent, 90)])];
  sections.push(titled(text.topUnknown(TOP), unknownRows, 2, text.none));
  if (options.allRows) sections.push(versionTable(report.versions, text, column));
  sections.push(text.generated(report.generated.slice(0, 16).replace('T', ' ') + ' UTC'));
  return sections.join('\n\n') + '\n';
}
