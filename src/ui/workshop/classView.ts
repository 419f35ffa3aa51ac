// `?mode=class`: the projector view. The facilitator types or pastes the
// players' result codes; bad codes are listed with a reason and not counted;
// the class's results are drawn as charts with tables. Nothing is stored or sent.
import type { StatementPool } from '../../core/check';
import type { Catalogue } from '../../core/types';
import { translateCount } from '../../i18n';
import { classResults, type ClassResults } from '../../workshop/classResults';
import { el } from '../dom';
import { barChart, type Bar } from './barChart';
import { checkCharts } from './checkCharts';
import type { PageContext } from './pages';

/** The text typed so far survives a language switch (the page redraws). */
let typed = '';

/** @param pool the source check's statements, to read the check in codes that carry it; null without them. */
export function renderClassView(root: HTMLElement, ctx: PageContext, catalogue: Catalogue, pool: StatementPool | null = null): () => void {
  const { t } = ctx;
  const input = el('textarea', { id: 'class-codes', rows: 5, spellcheck: 'false', autocomplete: 'off', 'aria-describedby': 'class-intro' });
  input.value = typed;
  const show = el('button', { type: 'button', class: 'btn btn-primary', id: 'class-show', text: t('workshop.classView.show') });
  const clearButton = el('button', { type: 'button', class: 'btn', id: 'class-clear', text: t('workshop.classView.clear') });
  const print = el('button', { type: 'button', class: 'btn', text: t('workshop.classView.print') });
  const output = el('div', { id: 'class-results', role: 'region', 'aria-live': 'polite', 'aria-label': t('workshop.classView.title') });

  const update = () => {
    typed = input.value;
    const results = classResults(typed, catalogue);
    const lang = ctx.store.getState().lang;
    output.replaceChildren(...resultNodes(results, ctx), ...(pool && results.accepted.length > 0 ? [checkCharts(results.accepted.map((a) => a.outcome), pool, ctx.t, lang)] : []));
  };
  show.addEventListener('click', update);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) update();
  });
  clearButton.addEventListener('click', () => {
    input.value = '';
    update();
    input.focus();
  });
  print.addEventListener('click', () => window.print());

  const screen = el('section', { class: 'screen workshop-page class-view', 'aria-labelledby': 'class-title' }, [
    el('div', { class: 'workshop-top' }, [el('h1', { id: 'class-title', text: t('workshop.classView.title') }), ctx.languageRow()]),
    el('p', { id: 'class-intro', text: t('workshop.classView.intro') }),
    el('label', { for: 'class-codes', class: 'field-label', text: t('workshop.classView.input') }),
    input,
    el('div', { class: 'button-row' }, [show, clearButton, print]),
    output,
  ]);
  root.append(screen);
  update();
  input.focus();
  return () => screen.remove();
}

function resultNodes(results: ClassResults, ctx: PageContext): Node[] {
  const { t } = ctx;
  const total = results.accepted.length;
  const nodes: Node[] = [
    el('p', { class: 'class-count', id: 'class-count', 'data-count': total, text: total > 0 ? translateCount(ctx.store.getState().lang, 'workshop.classView.counted', total) : t('workshop.classView.none') }),
  ];
  if (results.bad.length > 0) {
    nodes.push(
      el('div', { class: 'notice class-bad', role: 'alert' }, [
        el('h2', { text: t('workshop.classView.badTitle') }),
        el(
          'ul',
          { id: 'class-bad' },
          results.bad.map((b) => el('li', { 'data-error': b.error, text: t(`workshop.classView.bad.${b.error}`, { code: b.text }) })),
        ),
      ]),
    );
  }
  if (results.repeated.length > 0) {
    const list = results.repeated.map((r) => `${r.code} (${r.times}×)`).join(', ');
    nodes.push(el('p', { class: 'note class-repeated', text: t('workshop.classView.repeated', { list }) }));
  }
  if (total === 0) return nodes;

  const chart = (id: string, title: string, bars: Bar[]) =>
    barChart(id, bars, total, {
      title,
      summary: t('workshop.classView.summary', { title, items: bars.map((b) => `${b.label}: ${b.count}`).join('; ') }),
      tableCaption: t('workshop.classView.tableCaption', { title }),
      category: t('workshop.classView.category'),
      count: t('workshop.classView.count'),
    });
  const yesNo = (count: number): Bar[] => [
    { label: t('workshop.classView.yes'), count },
    { label: t('workshop.classView.no'), count: total - count },
  ];
  // Only the score ranges someone reached, plus everything between them, so the chart stays readable.
  const reached = results.scores.map((s, i) => (s.count > 0 ? i : -1)).filter((i) => i >= 0);
  const scores = results.scores.slice(Math.min(...reached), Math.max(...reached) + 1);
  nodes.push(
    el('div', { class: 'class-charts' }, [
      chart(
        'chart-scores',
        t('workshop.classView.scores'),
        scores.map((s) => ({ label: t('workshop.classView.scoreRange', { from: String(s.from), to: String(s.to) }), count: s.count })),
      ),
      chart('chart-waited', t('workshop.classView.waited'), yesNo(results.waitedGreen)),
      chart('chart-reported', t('workshop.classView.reported'), yesNo(results.reportedOther)),
      chart(
        'chart-sanctions',
        t('workshop.classView.sanctions'),
        results.sanctions.map((s) => ({ label: t(`sanction.${s.id}.name`), count: s.count })),
      ),
      chart(
        'chart-endings',
        t('workshop.classView.endings'),
        results.endings.map((e) => ({ label: t(`ending.${e.id}.name`), count: e.count })),
      ),
    ]),
  );
  if (results.desk) nodes.push(el('p', { class: 'class-desk', text: t('workshop.classView.desk', { players: results.desk.players, percent: results.desk.meanPercent }) }));
  return nodes;
}
