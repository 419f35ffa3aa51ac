// The desk's debrief: what the operator's decisions did, set beside the
// player's own citizen day when one was played in this page; every flag with
// what was really happening; where each kind of flag comes from (labelled
// report / claim / fiction as in the citizen's debrief); questions on
// responsibility.
import { compareSides, deskResult, flagDef, summarizeShift } from '../../core/desk';
import { ARTICLE_TITLE } from '../../content/facts';
import { debriefFact } from '../../debrief/model';
import { formatNumber, translateCount } from '../../i18n';
import type { UiContext } from '../context';
import { factItem, type SectionContext } from '../debriefSections';
import { el } from '../dom';
import { languageButtons } from '../languageButtons';
import type { DeskUi } from './deskScreen';

/** Questions on responsibility, with the facts each rests on. Texts at `desk.debrief.questions.<id>`. */
const QUESTIONS: readonly { id: string; facts: string[] }[] = [
  { id: 'followed', facts: [] },
  { id: 'quota', facts: [] },
  { id: 'wrong', facts: ['F06'] },
  { id: 'claim', facts: ['F21'] },
  { id: 'here', facts: ['F28', 'F30'] },
];

function section(id: string, title: string, children: (Node | null)[]): HTMLElement {
  return el('section', { class: `debrief-section desk-${id}`, id: `desk-${id}`, 'aria-labelledby': `desk-${id}-title` }, [
    el('h2', { id: `desk-${id}-title`, text: title }),
    ...children,
  ]);
}

export function renderDeskDebrief(root: HTMLElement, ui: UiContext, deskUi: DeskUi): () => void {
  const { t, store } = ui;
  const { desk, shift } = deskUi.store.getState();
  if (!desk || !shift) return () => undefined;
  const lang = store.getState().lang;
  const summary = summarizeShift(shift, desk);
  const result = deskResult(summary);
  const day = store.getState().day;
  const sides = compareSides(summary, day && day.ended ? day : null);
  const ctx: SectionContext = { t, lang, articleTitle: ARTICLE_TITLE, chartWidth: 320 };
  const n = (x: number) => formatNumber(lang, x);

  const again = el('button', { type: 'button', class: 'btn btn-primary btn-big', id: 'desk-again', text: t('desk.debrief.again') });
  again.addEventListener('click', () => deskUi.store.getState().startShift(deskUi.seed));
  const citizen = el('button', { type: 'button', class: 'btn btn-big', id: 'desk-citizen-day', text: t('desk.debrief.citizenDay') });
  citizen.addEventListener('click', () => deskUi.leave('day'));
  const back = el('button', { type: 'button', class: 'btn btn-big', id: 'desk-back', text: t('desk.debrief.backToStart') });
  back.addEventListener('click', () => deskUi.leave('menu'));
  const print = el('button', { type: 'button', class: 'btn btn-big', id: 'desk-print', text: t('desk.debrief.print') });
  print.addEventListener('click', () => window.print());

  const figure = (id: string, label: string, value: number) =>
    el('div', { class: 'desk-figure', 'data-figure': id }, [el('dt', { text: label }), el('dd', { text: n(value) })]);

  const header = el('header', { class: 'debrief-header' }, [
    el('h1', { id: 'desk-debrief-title', tabindex: '-1', text: t('desk.debrief.title') }),
    el('p', { class: 'debrief-lead', text: translateCount(lang, 'desk.debrief.lead', summary.raised) }),
    el(
      'dl',
      {
        class: 'desk-summary',
        id: 'desk-summary',
        'data-confirmed': summary.confirmed,
        'data-false-confirmed': summary.falseConfirmed,
        'data-dismissed': summary.dismissed,
        'data-confirm-rate': result.confirmRate,
      },
      [
        figure('confirmed', t('desk.debrief.confirmed'), summary.confirmed),
        figure('false-confirmed', t('desk.debrief.falseConfirmed'), summary.falseConfirmed),
        figure('dismissed', t('desk.debrief.dismissed'), summary.dismissed),
        figure('timed-out', t('desk.debrief.timedOut'), summary.timedOut),
        figure('false-sanctioned', t('desk.debrief.falseSanctioned'), summary.falseSanctioned),
        figure('score', t('desk.debrief.score'), summary.operatorScore),
      ],
    ),
    el('p', {
      class: `desk-quota-result ${summary.quota.met ? 'quota-met' : 'quota-missed'}`,
      text: t(summary.quota.met ? 'desk.debrief.quotaMet' : 'desk.debrief.quotaMissed', { done: summary.quota.confirms, target: summary.quota.target }),
    }),
    // In a workshop, the result code now carries the desk's confirm rate too (null outside a workshop or before a citizen's day).
    ui.workshop?.resultCode() ?? null,
    el('div', { class: 'debrief-actions', role: 'group', 'aria-label': t('debrief.actions.label') }, [
      again,
      citizen,
      back,
      print,
      el('div', { class: 'lang-row', role: 'group', 'aria-label': t('start.language') }, languageButtons(store, 'btn btn-small btn-lang')),
    ]),
  ]);

  const compare = section('compare', t('desk.debrief.compareTitle'), [
    el('p', { class: 'section-intro', text: t('desk.debrief.compareIntro') }),
    el('div', { class: 'desk-sides' }, [
      el('div', { class: 'card desk-side', id: 'desk-side-citizen' }, [
        el('h3', { text: t('desk.debrief.citizenSide') }),
        ...(sides.citizen
          ? [
              el('p', { text: t('desk.debrief.citizenRecords', { records: sides.citizen.records, negative: sides.citizen.negative }) }),
              el('p', { text: t('desk.debrief.citizenScore', { score: sides.citizen.score, tier: t(`tier.${sides.citizen.tier}.name`) }) }),
            ]
          : [el('p', { class: 'desk-citizen-none', text: t('desk.debrief.citizenNone') })]),
      ]),
      el('div', { class: 'card desk-side', id: 'desk-side-desk' }, [
        el('h3', { text: t('desk.debrief.deskSide') }),
        el('p', { text: t('desk.debrief.deskRecords', { raised: sides.desk.raised, sanctioned: sides.desk.sanctioned }) }),
        el('p', { text: t('desk.debrief.deskScore', { score: sides.desk.operatorScore, falseConfirmed: sides.desk.falseConfirmed }) }),
      ]),
    ]),
    sides.sharedKinds.length > 0
      ? el('p', { class: 'desk-shared', text: t('desk.debrief.sameKinds', { kinds: sides.sharedKinds.map((k) => t(`desk.flag.${k}`)).join(', ') }) })
      : null,
  ]);

  const flags = section('flags', t('desk.debrief.flagsTitle'), [
    el(
      'ol',
      { class: 'desk-flag-list', id: 'desk-flag-list' },
      shift.decisions.map((d) => {
        const def = flagDef(desk, d.def);
        return el('li', { class: `card desk-flag-item truth-${def.truth}`, 'data-flag': d.def, 'data-truth': def.truth, 'data-decision': d.decision }, [
          el('p', { class: 'desk-flag-head' }, [
            el('strong', { text: t(`desk.flag.${def.kind}`) }),
            ` · ${t(`place.${def.place}`)} · ${t(`desk.decision.${d.decision}`)}`,
          ]),
          el('p', { text: t(`desk.subject.${def.subject}`) }),
          el('p', { class: `desk-truth truth-${def.truth}`, text: t(`desk.debrief.truth.${def.truth}`) }),
          d.sanctioned ? el('p', { class: 'desk-flag-sanction', text: t('desk.announceSanction', { sanction: t(`desk.sanction.${def.sanction}`) }) }) : null,
        ]);
      }),
    ),
  ]);

  const sources = section('sources', t('desk.debrief.sourcesTitle'), [
    el('p', { class: 'section-intro', text: t('desk.debrief.sourcesIntro') }),
    el(
      'ul',
      { class: 'card-list' },
      summary.byKind.map((k) =>
        el('li', { class: 'card mechanic', 'data-kind': k.kind }, [
          el('h3', { text: t(`desk.flag.${k.kind}`) }),
          k.claim ? el('p', { class: 'desk-claim-note', text: t('desk.debrief.claimNote') }) : null,
          el('ul', { class: 'fact-list' }, k.facts.map((id) => factItem(debriefFact(id), ctx))),
        ]),
      ),
    ),
  ]);

  const questions = section('questions', t('desk.debrief.questionsTitle'), [
    el(
      'ol',
      { class: 'question-list' },
      QUESTIONS.map((q) =>
        el('li', { class: 'question', 'data-question': q.id }, [
          el('p', { class: 'question-text', text: t(`desk.debrief.questions.${q.id}`) }),
          q.facts.length > 0 ? el('ul', { class: 'fact-list' }, q.facts.map((id) => factItem(debriefFact(id), ctx))) : null,
        ]),
      ),
    ),
  ]);

  const screen = el('section', { class: 'screen end-screen debrief desk-debrief', 'aria-labelledby': 'desk-debrief-title' }, [header, compare, flags, sources, questions]);
  root.append(screen);
  screen.querySelector<HTMLElement>('#desk-debrief-title')?.focus();
  return () => screen.remove();
}
