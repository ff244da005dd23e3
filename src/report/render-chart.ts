import { escapeHtml } from '../notice/html';

/** One bar: its label under the axis, its value (a percentage), and the value as text. */
export interface ChartBar {
  label: string;
  value: number;
  text: string;
}

const HEIGHT = 160;
const TOP = 20;
const BOTTOM = 36;
const LEFT = 44;
const BAR = 22;
const GAP = 8;
/** How many labels fit under the axis before some are left out (every bar keeps its title). */
const LABELS = 12;

/** The top of the scale: the largest value rounded up to a multiple of 5, at least 5. */
function scaleTop(values: number[]): number {
  return Math.max(5, Math.ceil(Math.max(0, ...values) / 5) * 5);
}

/**
 * A bar chart as inline SVG, no script, no external resources: `role="img"` named by
 * its title and described by its description; each bar has a `<title>` with its label
 * and value. The same numbers must be in a table beside it (the chart is not the only
 * way to read them). Colours come from the page's style (`.chart-bar`, `.chart-axis`,
 * `.chart-label`), which follows forced colours.
 * @example renderChart([{ label: '2025-11-03', value: 4.2, text: '4.2 %' }], { title: 'Notified share per week', description: '…', id: 'periods' })
 */
export function renderChart(bars: ChartBar[], options: { title: string; description: string; id: string }): string {
  const top = scaleTop(bars.map((bar) => bar.value));
  const width = LEFT + Math.max(1, bars.length) * (BAR + GAP) + GAP;
  const plot = HEIGHT - TOP - BOTTOM;
  const y = (value: number) => TOP + plot - (Math.max(0, Math.min(value, top)) / top) * plot;
  const every = Math.max(1, Math.ceil(bars.length / LABELS));
  const id = escapeHtml(options.id);
  const shapes = bars.map((bar, i) => {
    const x = LEFT + GAP + i * (BAR + GAP);
    const label = i % every === 0 ? `<text class="chart-label" x="${x + BAR / 2}" y="${HEIGHT - BOTTOM + 14}" text-anchor="middle">${escapeHtml(bar.label.slice(5))}</text>` : '';
    return `<rect class="chart-bar" x="${x}" y="${y(bar.value).toFixed(1)}" width="${BAR}" height="${(TOP + plot - y(bar.value)).toFixed(1)}"><title>${escapeHtml(`${bar.label}: ${bar.text}`)}</title></rect>${label}`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${HEIGHT}" width="${width}" height="${HEIGHT}" style="max-width: 100%; height: auto">
<title id="${id}-title">${escapeHtml(options.title)}</title>
<desc id="${id}-desc">${escapeHtml(options.description)}</desc>
<line class="chart-axis" x1="${LEFT}" y1="${TOP + plot}" x2="${width}" y2="${TOP + plot}"/>
<line class="chart-axis" x1="${LEFT}" y1="${TOP}" x2="${LEFT}" y2="${TOP + plot}"/>
<text class="chart-label" x="${LEFT - 6}" y="${TOP + plot + 4}" text-anchor="end">0 %</text>
<text class="chart-label" x="${LEFT - 6}" y="${TOP + 4}" text-anchor="end">${top} %</text>
${shapes.join('\n')}
</svg>`;
}
