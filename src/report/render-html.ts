import { ACTIONS, shownStatuses, TOP, type Breakdown, type NoticeAction, type Report, type Share, type UserAgentShare, type VersionShare } from './aggregate';
import { escapeHtml } from '../notice/html';
import { printable, versionLabel } from './format';
import { capital, table } from './html-parts';
import { HTML_TEXTS, type HtmlText } from './html-text';
import { renderChart } from './render-chart';
import { periodCell, trendTables, wholeTables } from './render-whole-tables';
import { SORT_SCRIPT, SORT_SCRIPT_HASH } from './sort-script';
import { numbersOf, REPORT_TEXTS, UNIT_NAME, type ReportText } from './text';

// Text and attribute values: every string that came from the logs or the command line goes through escapeHtml.

const code = (text: string) => `<code>${escapeHtml(text)}</code>`;

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
.chart { margin: 0 0 1rem; }
.chart-frame { display: flex; align-items: flex-start; } .chart-scale { flex: none; } .chart-scroll { flex: 1 1 auto; min-width: 0; }
.chart-frame svg { display: block; max-width: none; }
.chart-axis-name { margin: 0 0 0.25rem; font-size: 0.875rem; font-weight: 600; } .chart-period { margin: 0.25rem 0 0 52px; }
.scroll:focus-visible, th button:focus-visible, summary:focus-visible { outline: 3px solid #1b1b1b; outline-offset: 2px; }
.chart-bar { fill: #a84f00; } .chart-bar.partial { stroke: #a84f00; stroke-width: 1.5; } .chart-hatch { fill: #a84f00; }
.chart-axis { stroke: #4a4a4a; } .chart-grid { stroke: #d0d0d0; } .chart-label { fill: #1b1b1b; font-size: 12px; font-family: inherit; }
.chart-legend { margin: 0.25rem 0 0; } .swatch { display: inline-block; width: 1rem; height: 0.75rem; vertical-align: -0.05rem; border: 1.5px solid #a84f00; background: repeating-linear-gradient(45deg, #a84f00 0 2px, #fff 2px 4px); forced-color-adjust: none; }
@media (forced-colors: active) { .chart-bar:not(.partial), .chart-hatch, .chart-label { fill: CanvasText; } .chart-axis, .chart-grid, .chart-bar.partial { stroke: CanvasText; } }
details { margin: 0.5rem 0 1rem; } summary { cursor: pointer; font-weight: 600; padding: 0.25rem 0; }
th button { font: inherit; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; text-align: inherit; text-decoration: underline dotted; }
th[aria-sort="descending"] button::after { content: " \\2193"; } th[aria-sort="ascending"] button::after { content: " \\2191"; }
@media (forced-colors: active) { .bar, .bar.supported, .bar.outdated, .bar.unsupported, .bar.unknown, .bar.bot { background: CanvasText; } .track { border-color: CanvasText; } }
@media print { .bar, .track { print-color-adjust: exact; -webkit-print-color-adjust: exact; } }
`;

type Numbers = ReturnType<typeof numbersOf>;

/** A share as a bar with its percentage as visible text; the bar itself is decoration. */
function meter(share: Share, kind: string, numbers: Numbers): string {
  const width = Math.max(0, Math.min(100, share.percent));
  return `<div class="meter"><span class="track" aria-hidden="true"><span class="bar ${kind}" style="width: ${width}%"></span></span><span class="num">${numbers.percent(share.percent)}</span></div>`;
}

function policyName(label: string, breakdown: Breakdown): string {
  return `${label}${code(breakdown.policy.query)}${breakdown.policy.caniuse ? ` (caniuse-lite ${escapeHtml(breakdown.policy.caniuse)})` : ''}`;
}

/** Column headers of the share tables: one policy, or A and B side by side. */
function shareHeader(first: string, compare: boolean, text: ReportText, counted: Report['counted']): string {
  const requests = capital(text.countedColumn[counted]);
  const share = capital(text.shareColumn);
  const cols = compare ? [[requests, 'A'], [share, 'A'], [requests, 'B'], [share, 'B']] : [[requests], [share]];
  return `<thead><tr><th scope="col">${escapeHtml(first)}</th>${cols
    .map(([name, policy]) => `<th scope="col"${name === requests ? ' class="num"' : ' class="share"'}>${escapeHtml(policy ? `${name}, ${policy}` : name!)}</th>`)
    .join('')}</tr></thead>`;
}

/**
 * What the page may do, as its own Content-Security-Policy: load nothing, run only its
 * sort script (by hash), and style itself inline (the bars' widths are style attributes).
 */
const CSP = `default-src 'none'; script-src ${SORT_SCRIPT_HASH}; style-src 'unsafe-inline'`;

/**
 * The report as one self-contained HTML page: no external resources, inline styles, and
 * one small inline script that only sorts tables (the page reads the same without it).
 * The status chart is a table whose share cells hold a bar and the percentage as text;
 * every browser family and version follow in sortable tables; with `--by`, the notified
 * share over time is an SVG chart that scrolls sideways, with the same numbers in a table
 * under it, and the share per status and per family per period. The page states the span
 * of the logs and when it was made, all in the language of `text`.
 * @example writeFileSync('report.html', renderHtml(buildReport(tally, { inputs, policy }), REPORT_TEXTS.sv))
 */
export function renderHtml(report: Report, text: ReportText = REPORT_TEXTS.en!): string {
  const html = HTML_TEXTS[text.lang] ?? HTML_TEXTS.en!;
  const numbers = numbersOf(text);
  const compare = report.compare;
  const policies = compare ? [report, compare] : [report];
  const shareCells = (share: Share, kind: string) => `<td class="num">${numbers.count(share.requests)}</td><td class="share">${meter(share, kind, numbers)}</td>`;
  const label = (name: string, meaning: string) => `${escapeHtml(name)} <span class="muted">(${escapeHtml(meaning)})</span>`;

  const statusRows = shownStatuses(report).map(
    (status) => `<tr data-status="${status}"><th scope="row">${label(text.statusName[status], text.statusMeaning[status])}</th>${policies.map((p) => shareCells(p.status[status]!, status)).join('')}</tr>`,
  );
  statusRows.push(
    `<tr data-status="notified"><th scope="row">${label(text.statusName.notified, text.statusMeaning.notified)}</th>${policies.map((p) => shareCells(p.notified, 'outdated')).join('')}</tr>`,
  );
  const actionRows = ACTIONS.map(
    (action: NoticeAction) =>
      `<tr data-action="${action}"><th scope="row">${label(text.actionName[action], text.actionMeaning[action])}</th>${policies.map((p) => shareCells(p.actions[action], 'action')).join('')}</tr>`,
  );

  const versionTable = (title: string, list: VersionShare[], id: string) => {
    if (list.length === 0) return `<p>${escapeHtml(title)}: ${escapeHtml(text.none)}.</p>`;
    const rows = list.map(
      (entry) =>
        `<tr><th scope="row">${escapeHtml(printable(versionLabel(entry)))}</th><td class="num">${numbers.count(entry.requests)}</td><td class="num">${numbers.percent(entry.percent)}</td><td class="ua">${escapeHtml(printable(entry.example))}</td></tr>`,
    );
    const head = `<thead><tr><th scope="col">${escapeHtml(capital(text.browserVersion))}</th><th scope="col" class="num">${escapeHtml(capital(text.countedColumn[report.counted]))}</th><th scope="col" class="num">${escapeHtml(capital(text.shareOfAll))}</th><th scope="col">${escapeHtml(capital(text.mostFrequent))}</th></tr></thead>`;
    return table(title, head, rows, ` id="${id}"`);
  };
  const tops = (breakdown: Breakdown, suffix: string, prefix: string) =>
    [
      versionTable(text.topOutdated(TOP) + suffix, breakdown.topOutdated, `${prefix}top-outdated`),
      versionTable(text.topUnsupported(TOP) + suffix, breakdown.topUnsupported, `${prefix}top-unsupported`),
    ].join('\n');
  const unknownTable = (list: UserAgentShare[]) => {
    const title = text.topUnknown(TOP);
    if (list.length === 0) return `<p>${escapeHtml(title)}: ${escapeHtml(text.none)}.</p>`;
    const rows = list.map(
      (entry) =>
        `<tr><th scope="row" class="ua">${escapeHtml(printable(entry.userAgent))}</th><td class="num">${numbers.count(entry.requests)}</td><td class="num">${numbers.percent(entry.percent)}</td></tr>`,
    );
    const head = `<thead><tr><th scope="col">${escapeHtml(capital(text.userAgent))}</th><th scope="col" class="num">${escapeHtml(capital(text.countedColumn[report.counted]))}</th><th scope="col" class="num">${escapeHtml(capital(text.shareOfAll))}</th></tr></thead>`;
    return table(title, head, rows, ' id="top-unknown"');
  };

  const headline = (b: Breakdown) => `<strong>${escapeHtml(text.wouldSee(numbers.count(b.notified.requests), numbers.percent(b.notified.percent), b.notified.requests === 1, report.counted))}</strong>`;
  const summary = compare
    ? text.compare(report.policy.query, compare.policy.query, compare.difference.requests, numbers.percent(Math.abs(compare.difference.percent)), numbers.count(Math.abs(compare.difference.requests)), code, report.counted)
    : '';
  const intro = compare
    ? `<p class="lead" id="headline">A, ${policyName('', report)}: ${headline(report)}.<br>B, ${policyName('', compare)}: ${headline(compare)}.</p>
<p class="lead" id="summary">${summary}</p>`
    : `<p class="lead" id="headline">${headline(report)}, ${policyName(`${escapeHtml(text.policy)} `, report)}.</p>`;
  const inputs = report.inputs.map((input) => (input === '-' ? escapeHtml(text.standardInput) : code(input))).join(', ');
  const title = compare ? `${text.title}: ${report.policy.query} / ${compare.policy.query}` : `${text.title}: ${report.policy.query}`;
  const when = `${report.generated.slice(0, 16).replace('T', ' ')} UTC`;
  const span = report.span ? `<span id="span">${escapeHtml(text.span(report.span.first, report.span.last))}</span> ` : '';
  const overTime = report.by && report.periods ? periodsSection(report, text, html, numbers) : '';
  return `<!doctype html>
<html lang="${escapeHtml(text.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(text.title)}</h1>
${intro}
<p class="muted">${span}<span id="generated">${escapeHtml(text.generated(when))}</span></p>
<h2>${escapeHtml(text.sections.read)}</h2>
<dl id="totals">
<dt>${escapeHtml(text.linesRead)}</dt><dd data-total="lines">${numbers.count(report.lines)}</dd>
<dt>${escapeHtml(text.requests)}</dt><dd data-total="requests">${numbers.count(report.requests)}</dd>
<dt>${escapeHtml(text.distinct)}</dt><dd data-total="distinct">${numbers.count(report.distinctUserAgents)}</dd>
${report.otherUserAgents.requests ? `<dt>${escapeHtml(text.other)}</dt><dd data-total="other">${numbers.count(report.otherUserAgents.requests)}</dd>\n` : ''}<dt>${escapeHtml(text.skipped)}</dt><dd data-total="skipped">${numbers.count(report.skipped)}</dd>
</dl>
<p class="muted">${text.from(inputs || escapeHtml(text.noInput))} ${escapeHtml(text.skippedNote)}</p>
${report.otherUserAgents.requests ? `<p class="muted" id="other-note">${escapeHtml(text.otherNote(numbers.count(report.maxDistinctUserAgents)))}</p>\n` : ''}
<h2>${escapeHtml(text.sections.who)}</h2>
${table(text.statusCaption, shareHeader(text.statusHeader, policies.length > 1, text, report.counted), statusRows, ' class="chart"')}
${table(text.actionCaption, shareHeader(text.actionHeader, policies.length > 1, text, report.counted), actionRows)}
${overTime}
<h2>${escapeHtml(text.sections.versions)}</h2>
${tops(report, compare ? ', A' : '', '')}
${compare ? tops(compare, ', B', 'b-') : ''}
${wholeTables(report, text, html, numbers)}
<h2>${escapeHtml(text.sections.noVerdict)}</h2>
${unknownTable(report.topUnknown)}
</main>
<script>${SORT_SCRIPT}</script>
</body>
</html>
`;
}

/**
 * The notified share per period: a chart in a region that scrolls sideways (named, and
 * focusable so that it scrolls by keyboard), a table of the same numbers under it, and
 * the trends per status and per family.
 */
function periodsSection(report: Report, text: ReportText, html: HtmlText, numbers: Numbers): string {
  const unit = report.by!;
  const periods = report.periods!;
  const caption = text.perPeriod[unit];
  const rows = periods.map(
    (period) =>
      `<tr data-period="${escapeHtml(period.start)}"${period.partial ? ' data-partial' : ''}>${periodCell(period, html)}<td class="num">${numbers.count(period.requests)}</td><td class="num">${numbers.count(period.notified.requests)}</td><td class="num">${numbers.percent(period.notified.percent)}</td></tr>`,
  );
  const head = `<thead><tr><th scope="col">${escapeHtml(capital(text.periodStart))}</th><th scope="col" class="num">${escapeHtml(capital(text.countedColumn[report.counted]))}</th><th scope="col" class="num">${escapeHtml(capital(text.statusName.notified))}</th><th scope="col" class="num">${escapeHtml(capital(text.shareColumn))}</th></tr></thead>`;
  const undated = report.undated ? `<p class="muted">${escapeHtml(text.undated(numbers.count(report.undated)))}</p>` : '';
  const unitName = UNIT_NAME[text.lang]![unit];
  const bars = periods.map((period) => ({
    label: period.start,
    tick: unit === 'month' ? period.start.slice(0, 7) : period.start.slice(5),
    value: period.notified.percent,
    text: numbers.percent(period.notified.percent),
    partial: period.partial,
  }));
  const words = {
    title: caption,
    description: text.chartDescription(unitName),
    yAxis: html.chartAxis(text.countedColumn[report.counted]),
    xAxis: html.periodAxis[unit],
    region: html.chartRegion(caption),
    partial: html.partialLegend(unitName),
    partialMark: html.partial,
    // The scale's round numbers without their decimal: `10 %`, `7.5 %`.
    percent: (value: number) => numbers.percent(value).replace(/[.,]0 %$/, ' %'),
  };
  const chart = renderChart(bars, words, 'periods');
  return `<h2>${escapeHtml(text.sections.overTime)}</h2>
<figure class="chart">
${chart}
</figure>
${table(caption, head, rows, ' id="periods-table"')}
${undated}
${trendTables(report, text, html, numbers)}`;
}
