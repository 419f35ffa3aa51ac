// The score over the day as an inline SVG, drawn here with createElementNS
// (no chart library, nothing fetched). The picture is labelled for screen
// readers; a sentence and a visually hidden table carry the same numbers.
import type { DebriefChart } from '../debrief/model';
import { formatClock, formatNumber, type Lang } from '../i18n';
import { el } from './dom';

const SVG_NS = 'http://www.w3.org/2000/svg';

type Translate = (key: string, vars?: Record<string, string | number>) => string;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  children: (SVGElement | string)[] = [],
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  for (const child of children) {
    if (typeof child === 'string') node.textContent = child;
    else node.append(child);
  }
  return node;
}

/** A round step for about `count` ticks over `span`. */
function niceStep(span: number, count: number, steps: readonly number[]): number {
  const raw = span / Math.max(1, count);
  return steps.find((s) => s >= raw) ?? (steps[steps.length - 1] as number);
}

const SCORE_STEPS = [5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];
const MINUTE_STEPS = [5, 10, 15, 30, 60, 120, 180, 240, 360];

const PAD = { left: 48, right: 62, top: 14, bottom: 30 };

/** One sentence with the start, the lowest point and the end. */
export function chartSummary(chart: DebriefChart, t: Translate, lang: Lang): string {
  const vars = {
    start: formatNumber(lang, chart.start.score),
    startTime: formatClock(chart.start.minute),
    lowest: formatNumber(lang, chart.lowest.score),
    lowestTime: formatClock(chart.lowest.minute),
    end: formatNumber(lang, chart.end.score),
    endTime: formatClock(chart.end.minute),
  };
  if (chart.points.every((p) => p.score === chart.start.score)) return t('debrief.chart.summaryFlat', vars);
  if (chart.lowest.score >= chart.start.score) return t('debrief.chart.summaryNeverBelow', vars);
  return t('debrief.chart.summary', vars);
}

/**
 * `width` is the drawing's own width in SVG units; pass about the width it
 * will be shown at, so its labels stay readable on a phone.
 */
export function renderChart(chart: DebriefChart, t: Translate, lang: Lang, width = 640): HTMLElement {
  const W = Math.max(320, Math.round(width));
  const H = W < 480 ? 200 : 220;
  const scores = chart.points.map((p) => p.score);
  const rawLo = Math.min(...scores);
  const rawHi = Math.max(...scores);
  const pad = Math.max(25, (rawHi - rawLo) * 0.15);
  const yStep = niceStep(rawHi - rawLo + 2 * pad, 4, SCORE_STEPS);
  const lo = Math.floor((rawLo - pad) / yStep) * yStep;
  const hi = Math.ceil((rawHi + pad) / yStep) * yStep;
  const from = chart.fromMinute;
  const to = Math.max(chart.toMinute, from + 10);

  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (minute: number) => PAD.left + ((minute - from) / (to - from)) * plotW;
  const y = (score: number) => PAD.top + (1 - (score - lo) / (hi - lo)) * plotH;
  const r = (n: number) => Math.round(n * 10) / 10;

  const titleId = 'chart-title';
  const summaryId = 'chart-summary';
  const root = svg('svg', {
    class: 'score-chart',
    viewBox: `0 0 ${W} ${H}`,
    role: 'img',
    'aria-labelledby': `${titleId} ${summaryId}`,
    focusable: 'false',
  });
  root.append(svg('title', { id: titleId }, [t('debrief.chart.svgTitle', { from: formatClock(from), to: formatClock(chart.end.minute) })]));

  // Grid: score ticks on the left, time ticks along the bottom.
  const grid = svg('g', { class: 'chart-grid', 'aria-hidden': 'true' });
  for (let s = lo; s <= hi; s += yStep) {
    grid.append(svg('line', { x1: PAD.left, x2: W - PAD.right, y1: r(y(s)), y2: r(y(s)) }));
    grid.append(svg('text', { x: PAD.left - 6, y: r(y(s)) + 4, 'text-anchor': 'end', class: 'chart-label' }, [formatNumber(lang, s)]));
  }
  const xStep = niceStep(to - from, W < 480 ? 4 : 6, MINUTE_STEPS);
  for (let m = Math.ceil(from / xStep) * xStep; m <= to; m += xStep) {
    grid.append(svg('line', { x1: r(x(m)), x2: r(x(m)), y1: PAD.top, y2: H - PAD.bottom, class: 'chart-vline' }));
    grid.append(svg('text', { x: r(x(m)), y: H - PAD.bottom + 18, 'text-anchor': 'middle', class: 'chart-label' }, [formatClock(m)]));
  }
  root.append(grid);

  // Grade boundaries inside the visible range, labelled on the right.
  const tiers = svg('g', { class: 'chart-tiers', 'aria-hidden': 'true' });
  for (const tier of chart.tiers) {
    if (tier.min <= lo || tier.min >= hi) continue;
    tiers.append(svg('line', { x1: PAD.left, x2: W - PAD.right, y1: r(y(tier.min)), y2: r(y(tier.min)), class: 'chart-tier-line' }));
    tiers.append(
      svg('text', { x: W - PAD.right + 6, y: r(y(tier.min)) - 3, class: 'chart-tier-label' }, [
        t('debrief.chart.grade', { grade: t(`tier.${tier.id}.short`) }),
      ]),
    );
  }
  root.append(tiers);

  // The score as steps: it holds until the next record changes it.
  let d = '';
  chart.points.forEach((p, i) => {
    const px = r(x(p.minute));
    const py = r(y(p.score));
    if (i === 0) d += `M${px},${py}`;
    else d += `H${px}V${py}`;
  });
  root.append(svg('path', { d, class: 'chart-line', fill: 'none', 'aria-hidden': 'true' }));
  const dots = svg('g', { class: 'chart-dots', 'aria-hidden': 'true' });
  for (const p of chart.points) dots.append(svg('circle', { cx: r(x(p.minute)), cy: r(y(p.score)), r: 3.5 }));
  root.append(dots);

  const table = el('table', { class: 'sr-only' }, [
    el('caption', { text: t('debrief.chart.tableCaption') }),
    el('thead', {}, [el('tr', {}, [el('th', { scope: 'col', text: t('debrief.chart.time') }), el('th', { scope: 'col', text: t('debrief.chart.score') })])]),
    el(
      'tbody',
      {},
      chart.points.map((p) => el('tr', {}, [el('td', { text: formatClock(p.minute) }), el('td', { text: formatNumber(lang, p.score) })])),
    ),
  ]);

  return el('figure', { class: 'chart' }, [
    root,
    el('figcaption', { id: summaryId, class: 'chart-summary', text: chartSummary(chart, t, lang) }),
    table,
  ]);
}
