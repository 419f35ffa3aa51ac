// The class view's block for the source check: before and after side by side
// (how many statements each player sorted right), the mean and the paired
// change of the players whose codes carry both parts, and per label which the
// class confused most. Each chart has a text summary and a table; one honest
// sentence says what such a change can and cannot show.
import { LABEL_WORDS } from '../../content/labels';
import type { StatementPool } from '../../core/check';
import { LANGUAGES, type Lang } from '../../i18n';
import { checkSummary, type PartSummary } from '../../workshop/checkResults';
import type { Outcome } from '../../workshop/resultCode';
import { el } from '../dom';
import { barChart, type Bar } from './barChart';

type T = (key: string, vars?: Record<string, string | number>) => string;

function decimal(lang: Lang, n: number | null, signed = false): string {
  if (n === null) return '–';
  return new Intl.NumberFormat(LANGUAGES[lang].locale, { maximumFractionDigits: 1, minimumFractionDigits: 1, signDisplay: signed ? 'exceptZero' : 'auto' }).format(n);
}

export function checkCharts(outcomes: readonly Outcome[], pool: StatementPool, t: T, lang: Lang): HTMLElement {
  const s = checkSummary(outcomes, pool);
  const section = el('section', { class: 'class-check', id: 'class-check', 'aria-labelledby': 'class-check-title' }, [el('h2', { id: 'class-check-title', text: t('check.class.title') })]);
  if (s.before.players === 0 && s.after.players === 0) {
    section.append(el('p', { class: 'note', id: 'check-none', text: t('check.class.none') }));
    return section;
  }
  const count = s.formLength;
  const scale = Math.max(s.before.players, s.after.players);
  const texts = (title: string, bars: Bar[], countHeader: string) => ({
    title,
    summary: t('workshop.classView.summary', { title, items: bars.map((b) => `${b.label}: ${b.count}`).join('; ') }),
    tableCaption: t('workshop.classView.tableCaption', { title }),
    category: t('workshop.classView.category'),
    count: countHeader,
  });
  const distribution = (id: string, part: PartSummary, name: string) => {
    const bars = part.distribution.map((n, right) => ({ label: `${right} ${t('check.class.right')}`, count: n }));
    const title = `${t('check.class.chartTitle', { count })}: ${name}`;
    return barChart(id, bars, scale, texts(title, bars, t('check.class.players')));
  };
  section.append(
    el('p', {
      class: 'check-summary',
      id: 'check-summary',
      'data-mean-before': s.before.mean ?? '',
      'data-mean-after': s.after.mean ?? '',
      text: t('check.class.summary', {
        before: s.before.players,
        after: s.after.players,
        count,
        meanBefore: decimal(lang, s.before.mean),
        meanAfter: decimal(lang, s.after.mean),
      }),
    }),
    el('div', { class: 'class-check-pair' }, [
      distribution('chart-check-before', s.before, t('check.class.partBefore')),
      distribution('chart-check-after', s.after, t('check.class.partAfter')),
    ]),
    el('p', {
      class: 'check-paired',
      id: 'check-paired',
      'data-players': s.paired.players,
      'data-change': s.paired.meanChange ?? '',
      text:
        s.paired.players === 0
          ? t('check.class.pairedNone')
          : t('check.class.paired', { players: s.paired.players, better: s.paired.better, same: s.paired.same, worse: s.paired.worse, change: decimal(lang, s.paired.meanChange, true) }),
    }),
  );

  // Per label: the share sorted right before and after, in per cent.
  const percent = (p: { right: number; asked: number }) => (p.asked === 0 ? 0 : Math.round((p.right / p.asked) * 100));
  const labelChart = (id: string, phase: 'before' | 'after', name: string) => {
    const bars: Bar[] = s.labels.map((l) => ({ label: LABEL_WORDS[l.label][lang], count: percent(l[phase]) }));
    return barChart(id, bars, 100, texts(`${t('check.class.labelsTitle')} (%): ${name}`, bars, '%'));
  };
  const labelsPair = el('div', { class: 'class-check-pair' }, [
    labelChart('chart-check-labels-before', 'before', t('check.class.partBefore')),
    labelChart('chart-check-labels-after', 'after', t('check.class.partAfter')),
  ]);
  let confused: HTMLElement | null = null;
  const hardest = s.labels.find((l) => l.label === s.mostConfused);
  if (hardest && s.mostConfused) {
    const phase = s.after.players > 0 ? 'after' : 'before';
    confused = el('p', {
      class: 'check-confused',
      id: 'check-confused',
      'data-label': s.mostConfused,
      text: t(phase === 'after' ? 'check.class.labelsSummary' : 'check.class.labelsSummaryBefore', { label: LABEL_WORDS[s.mostConfused][lang], percent: percent(hardest[phase]) }),
    });
  }
  section.append(
    labelsPair,
    confused ?? '',
    el('p', { class: 'note', id: 'check-orders', text: t('check.class.orders', { ab: s.orders.AB, ba: s.orders.BA }) }),
    el('p', { class: 'check-honest', id: 'check-honest', text: t('check.class.honest') }),
  );
  return section;
}
