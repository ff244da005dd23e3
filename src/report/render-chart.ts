import { escapeHtml } from '../notice/html';

/** One bar: its full label (in its title), the short one under the axis, its value (a percentage) and the value as text. */
export interface ChartBar {
  label: string;
  tick: string;
  value: number;
  text: string;
  /** Drawn hatched, and said so in its title: the logs cover only part of the period. */
  partial: boolean;
}

/** What the chart says around its bars, in the page's language. */
export interface ChartWords {
  title: string;
  description: string;
  /** What is counted, over the vertical axis. */
  yAxis: string;
  /** The period, under the labels of the horizontal axis. */
  xAxis: string;
  /** The name of the region that scrolls, for keyboard and screen reader users. */
  region: string;
  /** The legend of a hatched bar, shown when a bar is partial. */
  partial: string;
  /** After a partial bar's label in its title. */
  partialMark: string;
  /** Formats the scale's percentages. */
  percent(value: number): string;
}

/**
 * Sizes in CSS pixels: the chart is drawn at its own size, never scaled to fit (a scaled
 * chart of 60 days had 4 px labels), and its bars scroll sideways beside a scale that stays.
 */
const SIZE = {
  /** Room above the plot for the top of the scale's label. */
  top: 10,
  plot: 150,
  /** Room under the plot for the period labels. */
  bottom: 28,
  /** The scale's width ("100 %"). */
  scale: 52,
  /** Room before the first bar and after the last, for their labels' halves. */
  pad: 16,
  /** The least width of a period: bar and gap. */
  slot: 24,
  gap: 8,
  /** A wide estimate of a character's width at the labels' 12 px (digits are about 7 px in system-ui): labels thinned by it never meet. */
  char: 7.5,
  /** The least room between two labels. */
  labelGap: 10,
  /** Up to this many periods, each gets a slot wide enough for its label (16 weeks fit a 1280 px page). */
  roomy: 16,
} as const;

/** The top of the scale: the largest value rounded up to a multiple of 5, at least 5, at most 100. */
function scaleTop(values: number[]): number {
  return Math.min(100, Math.max(5, Math.ceil(Math.max(0, ...values) / 5) * 5));
}

const textWidth = (text: string) => text.length * SIZE.char;

/**
 * Which labels are drawn: every `step`-th from the first, where `step` is the fewest
 * periods whose width holds the widest label and a gap. Few periods get slots wide
 * enough for every label; many get the least slot and every second, third, … label.
 * @example labelLayout(Array(60).fill('10-05')) // { slot: 24, step: 2 }
 */
export function labelLayout(ticks: string[]): { slot: number; step: number } {
  const room = Math.max(0, ...ticks.map(textWidth)) + SIZE.labelGap;
  const slot = ticks.length <= SIZE.roomy ? Math.max(SIZE.slot, Math.ceil(room)) : SIZE.slot;
  return { slot, step: Math.max(1, Math.ceil(room / slot)) };
}

/**
 * A bar chart as inline SVG, no script, no external resources, drawn at its own size with
 * a least width per period: the bars in a region that scrolls sideways (named, and in the
 * tab order so that it scrolls by keyboard), beside a scale that stays in view. The bars'
 * SVG is `role="img"`, named by its title and described by its description; every bar
 * keeps a `<title>` with its label and value. What is counted is said over the scale, the
 * period under the labels; labels are thinned so that they never meet. Partial periods
 * are hatched, with a legend under the chart that wraps rather than scrolls. The same
 * numbers must be in a table beside it. Colours come from the page's style (`.chart-bar`,
 * `.chart-axis`, `.chart-grid`, `.chart-label`), which follows forced colours.
 * @example renderChart([{ label: '2025-11-03', tick: '11-03', value: 4.2, text: '4.2 %', partial: false }], words, 'periods')
 */
export function renderChart(bars: ChartBar[], words: ChartWords, id: string): string {
  const { slot, step } = labelLayout(bars.map((bar) => bar.tick));
  const top = scaleTop(bars.map((bar) => bar.value));
  const width = SIZE.pad * 2 + Math.max(1, bars.length) * slot + SIZE.gap;
  const height = SIZE.top + SIZE.plot + SIZE.bottom;
  const base = SIZE.top + SIZE.plot;
  const y = (value: number) => base - (Math.max(0, Math.min(value, top)) / top) * SIZE.plot;
  const key = escapeHtml(id);
  const steps = [0, top / 2, top];
  const scale = steps.map((value) => `<text class="chart-label" x="${SIZE.scale - 6}" y="${y(value) + 4}" text-anchor="end">${escapeHtml(words.percent(value))}</text>`);
  const grid = steps.map((value) => `<line class="chart-grid" x1="0" y1="${y(value)}" x2="${width}" y2="${y(value)}"/>`);
  const shapes = bars.map((bar, i) => {
    const x = SIZE.pad + SIZE.gap + i * slot;
    const barWidth = slot - SIZE.gap;
    const label = i % step === 0 ? `<text class="chart-label chart-tick" x="${x + barWidth / 2}" y="${base + 18}" text-anchor="middle">${escapeHtml(bar.tick)}</text>` : '';
    const title = `${bar.label}${bar.partial ? ` (${words.partialMark})` : ''}: ${bar.text}`;
    const height = Math.max(0, base - y(bar.value));
    return `<rect class="chart-bar${bar.partial ? ' partial' : ''}" x="${x}" y="${(base - height).toFixed(1)}" width="${barWidth}" height="${height.toFixed(1)}"${bar.partial ? ` style="fill: url(#${key}-hatch)"` : ''}><title>${escapeHtml(title)}</title></rect>${label}`;
  });
  const legend = bars.some((bar) => bar.partial) ? `<p class="chart-legend"><span class="swatch" aria-hidden="true"></span> ${escapeHtml(words.partial)}</p>` : '';
  return `<p class="chart-axis-name">${escapeHtml(words.yAxis)}</p>
<div class="chart-frame">
<svg xmlns="http://www.w3.org/2000/svg" class="chart-scale" aria-hidden="true" viewBox="0 0 ${SIZE.scale} ${height}" width="${SIZE.scale}" height="${height}">
${scale.join('\n')}
<line class="chart-axis" x1="${SIZE.scale - 0.5}" y1="${SIZE.top}" x2="${SIZE.scale - 0.5}" y2="${base}"/>
</svg>
<div class="scroll chart-scroll" role="region" tabindex="0" aria-label="${escapeHtml(words.region)}">
<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${key}-title ${key}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">
<title id="${key}-title">${escapeHtml(words.title)}</title>
<desc id="${key}-desc">${escapeHtml(words.description)}</desc>
<defs><pattern id="${key}-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect class="chart-hatch" width="3" height="6"/></pattern></defs>
${grid.join('\n')}
${shapes.join('\n')}
<line class="chart-axis" x1="0" y1="${base}" x2="${width}" y2="${base}"/>
</svg>
</div>
</div>
<p class="chart-axis-name chart-period">${escapeHtml(words.xAxis)}</p>
${legend}`;
}
