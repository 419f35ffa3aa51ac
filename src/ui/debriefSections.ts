// The debrief's sections as DOM, built from the plain model in
// src/debrief/model.ts. Text goes in through textContent only (el()).
import { ARTICLE_PROVENANCE, ARTICLE_PROVENANCE_PLAIN } from '../content/facts';
import { labelHelp, labelWord, SOURCE_LABELS } from '../content/labels';
import type { DebriefFact, DebriefMechanic, DebriefModel, DebriefRecord, MirrorRow } from '../debrief/model';
import { formatClock, formatDelta, formatNumber, translateCount, type Lang } from '../i18n';
import { renderChart } from './debriefChart';
import { el } from './dom';
import { leveled } from '../i18n/leveled';

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

export interface SectionContext {
  t: Translate;
  lang: Lang;
  /** The article's title, cited with every article fact. */
  articleTitle: string;
  /** About how wide the chart will be shown, in CSS pixels. */
  chartWidth: number;
}

function points(lang: Lang, n: number): string {
  return n === 0 ? '±0' : formatDelta(lang, n);
}

function section(id: string, title: string, children: (Node | null)[]): HTMLElement {
  return el('section', { class: `debrief-section debrief-${id}`, id: `debrief-${id}`, 'aria-labelledby': `debrief-${id}-title` }, [
    el('h2', { id: `debrief-${id}-title`, text: title }),
    ...children,
  ]);
}

// ---------------------------------------------------------------- dossier

function recordItem(r: DebriefRecord, { t, lang }: SectionContext): HTMLLIElement {
  const tone = r.delta < 0 ? 'record-bad' : r.delta > 0 ? 'record-good' : 'record-zero';
  const pair = (label: string, value: string) => [el('dt', { text: label }), el('dd', { text: value })];
  return el('li', { class: `record ${tone}`, 'data-action': r.action, 'data-seq': r.seq }, [
    el('span', { class: 'record-time', text: formatClock(r.minute) }),
    el('span', { class: 'record-title', text: t(r.titleKey, r.vars) }),
    el('span', { class: 'record-delta', text: points(lang, r.delta) }),
    el('dl', { class: 'record-meta' }, [
      ...pair(t('debrief.dossier.place'), t(r.placeKey)),
      ...pair(t('debrief.dossier.sensor'), t(r.sensorKey)),
      ...pair(t('debrief.dossier.operator'), t(r.operatorKey)),
      ...pair(t('debrief.dossier.data'), r.dataKeys.map((k) => t(k)).join(', ')),
    ]),
    el('span', { class: 'record-after', text: t('debrief.dossier.scoreAfter', { score: formatNumber(lang, r.scoreAfter) }) }),
  ]);
}

export function dossierSection(model: DebriefModel, ctx: SectionContext): HTMLElement {
  const { t, lang } = ctx;
  return section('dossier', t('debrief.dossier.title'), [
    el('p', { class: 'section-intro', text: t('debrief.dossier.intro') }),
    model.records.length > 0
      ? el('ol', { class: 'record-list', id: 'record-list' }, model.records.map((r) => recordItem(r, ctx)))
      : el('p', { class: 'record-none', text: t('debrief.dossier.none') }),
    el('h3', { class: 'chart-title', text: t('debrief.chart.title') }),
    renderChart(model.chart, t, lang, ctx.chartWidth),
  ]);
}

// ---------------------------------------------------------------- facts

/** Fact ids already shown in full on this page, with the card that shows them. */
type Shown = Map<string, string>;

export function factItem(f: DebriefFact, ctx: SectionContext): HTMLLIElement {
  const { t, lang, articleTitle } = ctx;
  const { fact } = f;
  const cite: (Node | string)[] = [];
  if (fact.where) cite.push(t(f.kind === 'law' ? 'debrief.cite.applies' : 'debrief.cite.where', { where: fact.where[lang] }), ' ');
  if (f.cite === 'article' && fact.source) {
    // In full on screen; in print the title is given once, so the short form saves paper.
    cite.push(
      el('span', { class: 'cite-long', text: t('debrief.cite.article', { title: articleTitle, section: fact.source[lang] }) }),
      el('span', { class: 'cite-short', text: t('debrief.cite.articleShort', { section: fact.source[lang] }) }),
    );
  } else if ((f.cite === 'other' || f.cite === 'regulation' || f.cite === 'research') && fact.source) {
    cite.push(t(`debrief.cite.${f.cite}`, { source: fact.source[lang] }));
  } else if (f.cite === 'game') {
    cite.push(fact.basedOn?.length ? t('debrief.cite.game', { basedOn: fact.basedOn.join(', ') }) : t('debrief.cite.gameAlone'));
  }
  return el('li', { class: `fact fact-${f.kind} fact-cite-${f.cite}`, 'data-fact': f.id, 'data-kind': f.kind, 'data-cite': f.cite }, [
    el('p', { class: 'fact-head' }, [
      el('span', { class: `kind kind-${f.kind}`, text: labelWord(f.kind, lang) }),
      // "F14" on the page; screen readers hear "Fact F14".
      el('span', { class: 'fact-id' }, [el('span', { class: 'sr-only', text: `${t('debrief.sources.factWord')} ` }), f.id]),
    ]),
    fact.speaker ? el('p', { class: 'fact-speaker', text: t('debrief.cite.speaker', { speaker: fact.speaker[lang] }) }) : null,
    el('p', { class: 'fact-text', text: leveled(fact.text, fact.plain, lang) }),
    el('p', { class: 'fact-cite' }, cite),
  ]);
}

/** A fact already shown on an earlier card: its label and a pointer, not the whole text again. */
function factRef(f: DebriefFact, card: string, { t, lang }: SectionContext): HTMLLIElement {
  return el('li', { class: `fact fact-ref fact-${f.kind}`, 'data-fact': f.id, 'data-kind': f.kind, 'data-cite': f.cite }, [
    el('p', { class: 'fact-head' }, [
      el('span', { class: `kind kind-${f.kind}`, text: labelWord(f.kind, lang) }),
      el('span', { class: 'fact-see', text: t('debrief.sources.seeCard', { id: f.id, card }) }),
    ]),
  ]);
}

function factList(facts: DebriefFact[], ctx: SectionContext, shown?: { map: Shown; card: string }): HTMLUListElement {
  return el(
    'ul',
    { class: 'fact-list' },
    facts.map((f) => {
      const earlier = shown?.map.get(f.id);
      if (earlier !== undefined) return factRef(f, earlier, ctx);
      shown?.map.set(f.id, shown.card);
      return factItem(f, ctx);
    }),
  );
}

// ---------------------------------------------------------------- where does this come from?

function plural(lang: Lang, base: string, count: number): string {
  return translateCount(lang, base, count);
}

function mechanicCard(m: DebriefMechanic, ctx: SectionContext, shown: Shown): HTMLLIElement {
  const { t, lang } = ctx;
  const titleId = `mechanic-${m.id}-title`;
  const title = t(m.titleKey);
  const facts = factList(m.facts, ctx, { map: shown, card: title });
  const how = el('p', { class: m.always ? 'mechanic-how mechanic-always' : 'mechanic-how', text: t(m.howKey) });
  // Met cards are h3 in the section; the folded ones sit under a group heading.
  const heading = m.status === 'met' ? el('h3', { id: titleId, text: title }) : el('h4', { id: titleId, text: title });
  const status = el('p', { class: `status status-${m.status}`, text: t(`debrief.status.${m.status}`) });
  if (m.status !== 'met') {
    // Missed or elsewhere: folded, so the page stays about today.
    return el('li', { class: `card mechanic mechanic-${m.status}`, 'data-mechanic': m.id, 'data-status': m.status, 'aria-labelledby': titleId }, [
      heading,
      status,
      el('details', { class: 'mechanic-details' }, [el('summary', { text: t('debrief.sources.details') }), how, facts]),
    ]);
  }
  const today = el('p', {
    class: m.always ? 'mechanic-today mechanic-always' : 'mechanic-today',
    text: m.always
      ? t('debrief.sources.todayNone')
      : t('debrief.sources.today', { records: plural(lang, 'debrief.sources.records', m.records), points: points(lang, m.points) }),
  });
  return el('li', { class: `card mechanic mechanic-${m.status}`, 'data-mechanic': m.id, 'data-status': m.status, 'aria-labelledby': titleId }, [
    // Kept together, so a printed column never ends on a card's title.
    el('div', { class: 'card-head' }, [heading, status, today, how]),
    facts,
  ]);
}

export function sourcesSection(model: DebriefModel, ctx: SectionContext): HTMLElement {
  const { t, lang } = ctx;
  // Facts the research and provenance cards show in full are only pointed to on the mechanic cards.
  const shown: Shown = new Map([
    ...model.research.map((f) => [f.id, t('debrief.research.title')] as const),
    ...model.provenance.facts.map((f) => [f.id, t('debrief.provenance.title')] as const),
  ]);
  const met = model.mechanics.filter((m) => m.status === 'met');
  const missed = model.mechanics.filter((m) => m.status === 'missed');
  const absent = model.mechanics.filter((m) => m.status === 'absent');
  const metCards = met.map((m) => mechanicCard(m, ctx, shown));
  const missedCards = missed.map((m) => mechanicCard(m, ctx, shown));
  const absentCards = absent.map((m) => mechanicCard(m, ctx, shown));

  const legend = el('dl', { class: 'legend' }, [
    ...SOURCE_LABELS.flatMap((k) => [
      el('dt', {}, [el('span', { class: `kind kind-${k}`, text: labelWord(k, lang) })]),
      el('dd', { text: labelHelp(k, lang) }),
    ]),
  ]);
  return section('sources', t('debrief.sources.title'), [
    el('p', { class: 'section-intro', text: t('debrief.sources.intro') }),
    el('div', { class: 'legend-box', role: 'group', 'aria-labelledby': 'legend-title' }, [
      el('p', { class: 'legend-title', id: 'legend-title', text: t('debrief.sources.legendTitle') }),
      legend,
      el('p', { class: 'legend-article', text: t('debrief.sources.articleKey', { title: model.provenance.title }) }),
    ]),
    el('ul', { class: 'card-list', id: 'mechanic-list', 'aria-label': t('debrief.sources.metTitle') }, metCards),
    missed.length > 0
      ? el('div', { class: 'fold-group missed-group' }, [
          el('h3', { class: 'fold-title', id: 'missed-title', text: t('debrief.sources.missedTitle') }),
          el('p', { class: 'fold-intro', text: t('debrief.sources.missedIntro') }),
          el('ul', { class: 'card-list card-list-folded card-list-missed', 'aria-labelledby': 'missed-title' }, missedCards),
        ])
      : null,
    absent.length > 0
      ? el('div', { class: 'fold-group absent-group' }, [
          el('h3', { class: 'fold-title', id: 'absent-title', text: t('debrief.sources.absentTitle') }),
          el('p', { class: 'fold-intro', text: t('debrief.sources.absentIntro') }),
          el('ul', { class: 'card-list card-list-folded card-list-absent', 'aria-labelledby': 'absent-title' }, absentCards),
        ])
      : null,
    el('div', { class: 'card research', id: 'research-card', role: 'group', 'aria-labelledby': 'research-title' }, [
      el('h3', { id: 'research-title', text: t('debrief.research.title') }),
      el('p', { class: 'research-text', text: t('debrief.research.text') }),
      factList(model.research, ctx),
    ]),
    el('div', { class: 'card provenance', id: 'provenance-card', role: 'group', 'aria-labelledby': 'provenance-title' }, [
      el('h3', { id: 'provenance-title', text: t('debrief.provenance.title') }),
      el('p', {
        text: t('debrief.provenance.article', {
          title: model.provenance.title,
          report: labelWord('report', lang),
          claim: labelWord('claim', lang),
          figure: labelWord('figure', lang),
          opinion: labelWord('opinion', lang),
        }),
      }),
      el('p', { text: leveled(ARTICLE_PROVENANCE, ARTICLE_PROVENANCE_PLAIN, lang) }),
      // The article's own judgement, marked as such, then the voices it relays.
      el('p', { class: 'provenance-opinion', text: t('debrief.provenance.opinion') }),
      factList(model.provenance.facts.filter((f) => f.kind === 'opinion'), ctx),
      el('p', { text: t('debrief.provenance.voices') }),
      factList(model.provenance.facts.filter((f) => f.kind !== 'opinion'), ctx),
    ]),
  ]);
}

// ---------------------------------------------------------------- mirror

function mirrorRow(row: MirrorRow, { t, lang }: SectionContext): HTMLTableRowElement {
  const times = translateCount(lang, 'debrief.mirror.times', row.count);
  let choice = row.count > 0 ? t(`debrief.mirror.rows.${row.id}.some`, { times }) : t(`debrief.mirror.rows.${row.id}.none`);
  if (row.count === 0 && !row.available) choice = `${choice.replace(/[.!]$/, '')} (${t('debrief.mirror.notOffered')}).`;
  const counted = row.count === 0 ? t('debrief.mirror.noPoints') : t('debrief.mirror.points', { points: points(lang, row.points) });
  return el('tr', { 'data-mirror': row.id, 'data-count': row.count, 'data-points': row.points }, [
    el('td', { text: choice }),
    el('td', { class: 'mirror-points', text: counted }),
  ]);
}

export function mirrorSection(model: DebriefModel, ctx: SectionContext): HTMLElement {
  const { t, lang } = ctx;
  const { mirror } = model;
  const rows = mirror.rows.filter((r) => r.available || r.count > 0 || r.id === 'reported-other');
  return section('mirror', t('debrief.mirror.title'), [
    el('p', { class: 'section-intro', text: t('debrief.mirror.intro') }),
    el('table', { class: 'mirror-table', id: 'mirror-table' }, [
      el('caption', { class: 'sr-only', text: t('debrief.mirror.caption') }),
      el('thead', {}, [el('tr', {}, [el('th', { scope: 'col', text: t('debrief.mirror.colChoice') }), el('th', { scope: 'col', text: t('debrief.mirror.colPoints') })])]),
      el('tbody', {}, rows.map((r) => mirrorRow(r, ctx))),
    ]),
    el('p', { class: 'mirror-totals', text: t('debrief.mirror.totals', { gained: formatNumber(lang, mirror.gained), lost: formatNumber(lang, mirror.lost) }) }),
    el('p', {
      class: 'mirror-kept',
      text: [
        t('debrief.mirror.kept', { records: plural(lang, 'debrief.sources.records', mirror.records) }),
        mirror.zeroRecords > 0 ? t('debrief.mirror.keptZero', { zero: mirror.zeroRecords }) : '',
      ]
        .filter(Boolean)
        .join(' '),
    }),
  ]);
}

// ---------------------------------------------------------------- and here?

export function questionsSection(model: DebriefModel, ctx: SectionContext): HTMLElement {
  const { t } = ctx;
  return section('questions', t('debrief.questions.title'), [
    el('p', { class: 'section-intro', text: t('debrief.questions.intro') }),
    el(
      'ol',
      { class: 'question-list', id: 'question-list' },
      model.questions.map((q) =>
        el('li', { class: 'question', 'data-question': q.id }, [
          el('p', { class: 'question-text', text: t(q.key) }),
          q.facts.length > 0
            ? el('div', { class: 'question-facts', role: 'group', 'aria-label': t('debrief.questions.factsLabel') }, [factList(q.facts, ctx)])
            : null,
        ]),
      ),
    ),
  ]);
}
