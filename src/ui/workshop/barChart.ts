// A horizontal bar chart in SVG with its text alternative: a one-line summary
// for screen readers and a table with the same numbers. Large type for projectors.
import { el } from '../dom';
import { svgEl } from './svg';

export interface Bar {
  label: string;
  count: number;
}

export interface ChartTexts {
  title: string;
  summary: string;
  tableCaption: string;
  category: string;
  count: string;
}

/** The labels' and counts' type size in the chart's own units; the column width below is estimated from it. */
const LABEL_SIZE = 21;
/** A generous average letter width of the game's typeface, as a share of its size: an estimate, erring wide. */
const LETTER_WIDTH = 0.6;

/**
 * Room for the longest label left of the bars, so that none is cut off at the
 * chart's edge ("Polizeiliche Aufmerksamkeit" needs more than "Am Pranger").
 * The chart scales to its box, so a wider label column makes it all a little smaller.
 */
export function labelColumnWidth(labels: readonly string[]): number {
  const longest = Math.max(0, ...labels.map((label) => label.length));
  return Math.max(230, Math.ceil(longest * LABEL_SIZE * LETTER_WIDTH) + 20);
}

export function barChart(id: string, bars: readonly Bar[], total: number, texts: ChartTexts): HTMLElement {
  const rowHeight = 36;
  const labelWidth = labelColumnWidth(bars.map((bar) => bar.label));
  const barWidth = 250;
  const width = labelWidth + barWidth + 50;
  const height = bars.length * rowHeight + 8;
  const max = Math.max(total, 1);
  const svg = svgEl('svg', { viewBox: `0 0 ${width} ${height}`, class: 'bar-chart', role: 'img', 'aria-labelledby': `${id}-title ${id}-summary`, 'data-chart': id });
  bars.forEach((bar, i) => {
    const y = 4 + i * rowHeight;
    const w = Math.round((bar.count / max) * barWidth);
    svg.append(
      svgEl('text', { x: labelWidth - 10, y: y + rowHeight / 2 + 6, 'text-anchor': 'end', 'font-size': LABEL_SIZE, class: 'bar-label' }, bar.label),
      svgEl('rect', { x: labelWidth, y: y + 4, width: barWidth, height: rowHeight - 10, class: 'bar-track' }),
      svgEl('rect', { x: labelWidth, y: y + 4, width: w, height: rowHeight - 10, class: 'bar-fill', 'data-count': bar.count }),
      svgEl('text', { x: labelWidth + Math.max(w, 0) + 8, y: y + rowHeight / 2 + 6, 'font-size': LABEL_SIZE, class: 'bar-count' }, String(bar.count)),
    );
  });
  const table = el('table', { class: 'chart-table' }, [
    el('caption', { text: texts.tableCaption }),
    el('thead', {}, [el('tr', {}, [el('th', { scope: 'col', text: texts.category }), el('th', { scope: 'col', text: texts.count })])]),
    el(
      'tbody',
      {},
      bars.map((bar) => el('tr', {}, [el('th', { scope: 'row', text: bar.label }), el('td', { text: String(bar.count) })])),
    ),
  ]);
  return el('figure', { class: 'class-chart', id }, [
    el('h2', { id: `${id}-title`, text: texts.title }),
    svg,
    el('p', { id: `${id}-summary`, class: 'chart-summary', text: texts.summary }),
    el('details', {}, [el('summary', { text: texts.tableCaption }), table]),
  ]);
}
