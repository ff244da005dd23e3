import type { Status } from '../detect/verdict';
import { ACTIONS, STATUSES, TOP, type Breakdown, type NoticeAction, type Report, type Share, type UserAgentShare, type VersionShare } from './aggregate';
import { escapeHtml } from '../notice/html';
import { compareSentence, formatCount, formatPercent, printable, versionLabel } from './format';

// Text and attribute values: every string that came from the logs or the command line goes through escapeHtml.

const code = (text: string) => `<code>${escapeHtml(text)}</code>`;

const MEANING: Readonly<Record<Status, string>> = {
  supported: 'meets the policy',
  outdated: 'in the policy, below its minimum: notified',
  unsupported: 'not in the policy at all: notified',
  unknown: 'no browser or version to judge, HTTP tools: never notified',
  bot: 'crawlers, previews, automated browsers: never notified',
};

const ACTION_MEANING: Readonly<Record<NoticeAction, string>> = {
  update: 'asked to update their browser',
  switch: 'asked to switch to another browser',
  'update-os': 'told their system is too old for a current browser',
};

/**
 * Text ≥ 7:1 on white, bars ≥ 4.5:1 against white and the track, a text label beside
 * every bar; bars follow forced colours, and print.
 */
const STYLE = `
:root { color: #1b1b1b; background: #fff; font: 100%/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
body { margin: 0 auto; padding: 1rem 1.25rem 3rem; max-width: 60rem; }
h1 { font-size: 1.75rem; line-height: 1.2; }
h2 { font-size: 1.25rem; margin-top: 2rem; }
code { font: 0.95em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f2f2f2; padding: 0 0.2em; overflow-wrap: anywhere; }
.lead { font-size: 1.2rem; }
.muted { color: #4a4a4a; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; width: 100%; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.6rem 0.3rem 0; border-bottom: 1px solid #767676; }
thead th { border-bottom-width: 2px; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.ua { overflow-wrap: anywhere; font-size: 0.9rem; }
.share { min-width: 9rem; }
.meter { display: flex; align-items: center; gap: 0.5rem; }
.track { flex: 1 1 6rem; min-width: 2.5rem; height: 1rem; background: #f2f2f2; border: 1px solid #767676; }
th .muted { display: block; font-weight: normal; font-size: 0.9rem; }
th.ua { font-weight: normal; }
.scroll { overflow-x: auto; }
@media (max-width: 40rem) { .share { min-width: 6rem; } .meter .num { min-width: 3.5rem; } th, td { padding-right: 0.4rem; } }
.bar { display: block; height: 100%; background: #4a4a4a; }
.bar.supported { background: #2e7d32; } .bar.outdated { background: #a84f00; } .bar.unsupported { background: #b3261e; }
.bar.unknown { background: #616161; } .bar.bot { background: #3949ab; }
.meter .num { min-width: 4rem; }
dl { display: grid; grid-template-columns: max-content max-content; gap: 0.2rem 1rem; }
dt { font-weight: 600; } dd { margin: 0; text-align: right; font-variant-numeric: tabular-nums; }
@media (forced-colors: active) { .bar, .bar.supported, .bar.outdated, .bar.unsupported, .bar.unknown, .bar.bot { background: CanvasText; } .track { border-color: CanvasText; } }
@media print { .bar, .track { print-color-adjust: exact; -webkit-print-color-adjust: exact; } }
`;

/** A share as a bar with its percentage as visible text; the bar itself is decoration. */
function meter(share: Share, kind: string): string {
  const width = Math.max(0, Math.min(100, share.percent));
  return `<div class="meter"><span class="track" aria-hidden="true"><span class="bar ${kind}" style="width: ${width}%"></span></span><span class="num">${formatPercent(share.percent)}</span></div>`;
}

function policyName(label: string, breakdown: Breakdown): string {
  return `${label}${code(breakdown.policy.query)}${breakdown.policy.caniuse ? ` (caniuse-lite ${escapeHtml(breakdown.policy.caniuse)})` : ''}`;
}

/** Column headers of the share tables: one policy, or A and B side by side. */
function shareHeader(first: string, compare: boolean): string {
  const cols = compare
    ? ['Requests, A', 'Share, A', 'Requests, B', 'Share, B']
    : ['Requests', 'Share'];
  return `<thead><tr><th scope="col">${first}</th>${cols.map((c) => `<th scope="col"${c.startsWith('Requests') ? ' class="num"' : ' class="share"'}>${c}</th>`).join('')}</tr></thead>`;
}

function shareCells(share: Share, kind: string): string {
  return `<td class="num">${formatCount(share.requests)}</td><td class="share">${meter(share, kind)}</td>`;
}

/**
 * A data table with its caption, in a region that scrolls sideways on narrow screens
 * (focusable, so that it scrolls by keyboard too) rather than widening the page.
 */
function table(caption: string, head: string, rows: string[], attributes = ''): string {
  return `<div class="scroll" role="region" tabindex="0" aria-label="${escapeHtml(caption)}">
<table${attributes}>
<caption>${caption}</caption>
${head}
<tbody>
${rows.join('\n')}
</tbody>
</table>
</div>`;
}

function statusTable(report: Report): string {
  const policies = report.compare ? [report, report.compare] : [report];
  const rows = STATUSES.map(
    (status) =>
      `<tr data-status="${status}"><th scope="row">${status} <span class="muted">(${MEANING[status]})</span></th>${policies.map((p) => shareCells(p.status[status], status)).join('')}</tr>`,
  );
  rows.push(`<tr data-status="notified"><th scope="row">notified <span class="muted">(outdated and unsupported)</span></th>${policies.map((p) => shareCells(p.notified, 'outdated')).join('')}</tr>`);
  return table('Requests per status (share of all requests)', shareHeader('Status', policies.length > 1), rows, ' class="chart"');
}

function actionTable(report: Report): string {
  const policies = report.compare ? [report, report.compare] : [report];
  const rows = ACTIONS.map(
    (action) =>
      `<tr data-action="${action}"><th scope="row">${action} <span class="muted">(${ACTION_MEANING[action]})</span></th>${policies.map((p) => shareCells(p.actions[action], 'action')).join('')}</tr>`,
  );
  return table('Notified requests per action (share of notified requests)', shareHeader('Action', policies.length > 1), rows);
}

function versionTable(title: string, list: VersionShare[], id: string): string {
  if (list.length === 0) return `<p>${title}: none.</p>`;
  const rows = list.map(
    (entry) =>
      `<tr><th scope="row">${escapeHtml(versionLabel(entry))}</th><td class="num">${formatCount(entry.requests)}</td><td class="num">${formatPercent(entry.percent)}</td><td class="ua">${escapeHtml(printable(entry.example))}</td></tr>`,
  );
  const head =
    '<thead><tr><th scope="col">Browser version</th><th scope="col" class="num">Requests</th><th scope="col" class="num">Share of all requests</th><th scope="col">Most frequent user agent</th></tr></thead>';
  return table(title, head, rows, ` id="${id}"`);
}

function unknownTable(list: UserAgentShare[]): string {
  const title = `Top ${TOP} user agents judged unknown`;
  if (list.length === 0) return `<p>${title}: none.</p>`;
  const rows = list.map(
    (entry) =>
      `<tr><th scope="row" class="ua">${escapeHtml(printable(entry.userAgent))}</th><td class="num">${formatCount(entry.requests)}</td><td class="num">${formatPercent(entry.percent)}</td></tr>`,
  );
  const head = '<thead><tr><th scope="col">User agent</th><th scope="col" class="num">Requests</th><th scope="col" class="num">Share of all requests</th></tr></thead>';
  return table(title, head, rows, ' id="top-unknown"');
}

function tops(breakdown: Breakdown, label: string, prefix: string): string {
  return [
    versionTable(`Top ${TOP} outdated browser versions${label}`, breakdown.topOutdated, `${prefix}top-outdated`),
    versionTable(`Top ${TOP} unsupported browser versions${label}`, breakdown.topUnsupported, `${prefix}top-unsupported`),
  ].join('\n');
}

/**
 * The report as one self-contained HTML page: no scripts, no external resources,
 * inline styles only. The status chart is a table whose share cells hold a bar and
 * the percentage as text.
 */
export function renderHtml(report: Report): string {
  const compare = report.compare;
  const headline = (b: Breakdown) =>
    `<strong>${formatPercent(b.notified.percent)}</strong> of requests (${formatCount(b.notified.requests)}) would see the notice`;
  const intro = compare
    ? `<p class="lead" id="headline">A, ${policyName('', report)}: ${headline(report)}.<br>B, ${policyName('', compare)}: ${headline(compare)}.</p>
<p class="lead" id="summary">${compareSentence(report.policy.query, compare.policy.query, compare.difference.requests, compare.difference.percent, code)}</p>`
    : `<p class="lead" id="headline">${headline(report)}, ${policyName('policy ', report)}.</p>`;
  const inputs = report.inputs.map((input) => (input === '-' ? 'standard input' : code(input))).join(', ');
  const title = compare
    ? `Old browser report: ${report.policy.query} compared with ${compare.policy.query}`
    : `Old browser report: ${report.policy.query}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Old browser report</h1>
${intro}
<h2>Requests read</h2>
<dl id="totals">
<dt>Lines read</dt><dd data-total="lines">${formatCount(report.lines)}</dd>
<dt>Requests</dt><dd data-total="requests">${formatCount(report.requests)}</dd>
<dt>Distinct user agents</dt><dd data-total="distinct">${formatCount(report.distinctUserAgents)}</dd>
<dt>Lines skipped</dt><dd data-total="skipped">${formatCount(report.skipped)}</dd>
</dl>
<p class="muted">From ${inputs || 'no input'}. Skipped lines are empty, malformed, or without a user agent.</p>
<h2>Who would see the notice</h2>
${statusTable(report)}
${actionTable(report)}
<h2>Browser versions that would see the notice</h2>
${tops(report, compare ? ', A' : '', '')}
${compare ? tops(compare, ', B', 'b-') : ''}
<h2>User agents without a verdict</h2>
${unknownTable(report.topUnknown)}
</main>
</body>
</html>
`;
}
