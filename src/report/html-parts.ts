import { escapeHtml } from '../notice/html';

/** The pieces every table of the HTML report is made of. */

/** `requests` → `Requests`, for column heads. */
export const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * A data table with its caption, in a region that scrolls sideways on narrow screens
 * (focusable, so that it scrolls by keyboard too) rather than widening the page.
 */
export function table(caption: string, head: string, rows: string[], attributes = ''): string {
  return `<div class="scroll" role="region" tabindex="0" aria-label="${escapeHtml(caption)}">
<table${attributes}>
<caption>${escapeHtml(caption)}</caption>
${head}
<tbody>
${rows.join('\n')}
</tbody>
</table>
</div>`;
}

/** A column head; `sorted` marks the one the server sorted by (most first). */
export function columnHead(name: string, numeric: boolean, sorted = false): string {
  return `<th scope="col"${numeric ? ' class="num"' : ''}${sorted ? ' aria-sort="descending"' : ''}>${escapeHtml(capital(name))}</th>`;
}

/** A number cell that a sortable table sorts by its exact value, not its formatted text. */
export function numberCell(value: number, shown: string): string {
  return `<td class="num" data-sort="${value}">${escapeHtml(shown)}</td>`;
}
