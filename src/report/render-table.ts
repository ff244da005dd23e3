import { ACTIONS, STATUSES, TOP, type Breakdown, type Report, type Share, type VersionShare } from './aggregate';
import { formatCount, formatPercent, printable, versionLabel } from './format';

/** Text columns two spaces apart: the one at `left` left-aligned, the others right-aligned. */
function columns(rows: string[][], left = 0): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) => row.map((cell, i) => (i === left ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd())
    .join('\n');
}

function cells(share: Share): string[] {
  return [formatCount(share.requests), formatPercent(share.percent)];
}

function policyLine(label: string, breakdown: Breakdown): string {
  const caniuse = breakdown.policy.caniuse ? ` (caniuse-lite ${breakdown.policy.caniuse})` : '';
  return `${label}\`${breakdown.policy.query}\`${caniuse}`;
}

/** A titled list under its own heading line, indented. */
function titled(title: string, rows: string[][], left: number): string {
  if (rows.length === 1) return `${title}: none`;
  return `${title}\n${columns(rows, left).replace(/^/gm, '  ')}`;
}

function topList(title: string, list: VersionShare[]): string {
  return titled(title, [['browser version', 'requests', 'share'], ...list.map((entry) => [printable(versionLabel(entry)), ...cells(entry)])], 0);
}

function tops(breakdown: Breakdown, suffix: string): string[] {
  return [
    topList(`Top ${TOP} outdated browser versions${suffix}`, breakdown.topOutdated),
    topList(`Top ${TOP} unsupported browser versions${suffix}`, breakdown.topUnsupported),
  ];
}

/** User agents are printed with control characters made visible, cut to 90 characters. */
function unknownList(report: Report): string {
  const rows = [['requests', 'share', 'user agent'], ...report.topUnknown.map((entry) => [...cells(entry), printable(entry.userAgent, 90)])];
  return titled(`Top ${TOP} user agents judged unknown`, rows, 2);
}

/**
 * The report as text for a terminal: the totals, the headline, the shares per status
 * and per action (side by side for two policies), and the top browser versions.
 * Shares of the top lists are of all requests.
 */
export function renderTable(report: Report): string {
  const compare = report.compare;
  const sections: string[] = [];
  sections.push(
    compare
      ? `Old browser report\n${policyLine('A: ', report)}\n${policyLine('B: ', compare)}`
      : `Old browser report, ${policyLine('policy ', report)}`,
  );
  sections.push(
    columns([
      ['Lines read', formatCount(report.lines)],
      ['Requests', formatCount(report.requests)],
      ['Distinct user agents', formatCount(report.distinctUserAgents)],
      ['Lines skipped', formatCount(report.skipped)],
    ]) + (report.skipped ? '\n(skipped: empty, malformed, or without a user agent)' : ''),
  );
  const headline = (breakdown: Breakdown) =>
    `${formatCount(breakdown.notified.requests)} requests (${formatPercent(breakdown.notified.percent)}) would see the notice`;
  sections.push(compare ? `A: ${headline(report)}.\nB: ${headline(compare)}.\n${compare.summary}` : `${headline(report)}.`);

  const header = (first: string) => (compare ? [first, 'A requests', 'A share', 'B requests', 'B share'] : [first, 'requests', 'share']);
  const row = (label: string, pick: (breakdown: Breakdown) => Share) => [label, ...cells(pick(report)), ...(compare ? cells(pick(compare)) : [])];
  sections.push(
    columns([
      header('Status'),
      ...STATUSES.map((status) => row(status, (b) => b.status[status])),
      row('notified', (b) => b.notified),
    ]),
  );
  sections.push(columns([header('Action (of notified)'), ...ACTIONS.map((action) => row(action, (b) => b.actions[action]))]));
  sections.push(...tops(report, compare ? ' (A)' : ''));
  if (compare) sections.push(...tops(compare, ' (B)'));
  sections.push(unknownList(report));
  return sections.join('\n\n') + '\n';
}
