// The short debrief for standing visitors, instead of the long citizen file:
// the score, three cards (what happened to you), one big "What was real?"
// reveal with each source's label (from src/content/labels.ts) and one line
// of what other research says (F31), and today's tally
// at this screen. Built from the same debrief model as the long version.
import { labelWord } from '../content/labels';
import { buildDebrief, type DebriefMechanic } from '../debrief/model';
import { formatDelta, formatNumber, translateCount } from '../i18n';
import type { UiContext } from '../ui/context';
import { el } from '../ui/dom';
import { addGuesses } from './guessCards';
import type { Tally } from './tally';
import { leveled } from '../i18n/leveled';

/** Mechanics the kiosk route leads past: used to fill the three cards when a visitor met fewer. */
const ROUTE_MECHANICS = ['shaming-crossing', 'crowd-analysis', 'paper-dispenser', 'face-gate'];
const FACTS_PER_CARD = 2;

export function pickCards(mechanics: readonly DebriefMechanic[]): DebriefMechanic[] {
  const met = mechanics.filter((m) => m.status === 'met' && !m.always).sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || b.records - a.records);
  const fill = ROUTE_MECHANICS.map((id) => mechanics.find((m) => m.id === id)).filter((m): m is DebriefMechanic => !!m && !met.includes(m));
  return [...met, ...fill].slice(0, 3);
}

export interface KioskDebriefOptions {
  tally: Tally;
  /** Shown (and the buttons hidden) while an idle session is being closed. */
  closing: boolean;
  playAgain(): void;
  done(): void;
  /** A visitor guessed a card's source (right or not); returns the tally with it. */
  guessed?(right: boolean): Tally;
}

export function renderKioskDebrief(root: HTMLElement, ui: UiContext, options: KioskDebriefOptions): () => void {
  const { store, t } = ui;
  const { day, level, lang } = store.getState();
  if (!day || !level) return () => undefined;
  const model = buildDebrief(day, level);
  const cards = pickCards(model.mechanics);

  const cardList = el(
    'ol',
    { class: 'kiosk-cards' },
    cards.map((m) =>
      el('li', { class: `kiosk-card kiosk-card-${m.status}`, 'data-mechanic': m.id }, [
        el('h3', { text: t(m.titleKey) }),
        el('p', {
          class: 'kiosk-card-line',
          text: m.status === 'met' ? translateCount(lang, 'kiosk.cardRecords', m.records, { points: formatDelta(lang, m.points) }) : t('kiosk.cardMissed'),
        }),
        el(
          'ul',
          { class: 'kiosk-real', hidden: true },
          m.facts.slice(0, FACTS_PER_CARD).map((f) =>
            el('li', { 'data-kind': f.kind }, [
              el('span', { class: `kiosk-kind kind-${f.kind}`, text: labelWord(f.kind, lang) }),
              ' ',
              f.fact.speaker ? `${f.fact.speaker[lang]}: ` : '',
              leveled(f.fact.text, f.fact.plain, lang),
            ]),
          ),
        ),
      ]),
    ),
  );

  const { tally } = options;
  const guessLine = el('li', { id: 'kiosk-today-guesses', 'data-right': tally.rightGuesses, 'data-count': tally.guesses, text: t('kiosk.todayGuesses', { right: tally.rightGuesses, count: tally.guesses }) });
  const guesses = addGuesses(cardList, cards, t, lang, (right) => {
    const next = options.guessed?.(right);
    if (!next) return;
    guessLine.dataset.right = String(next.rightGuesses);
    guessLine.dataset.count = String(next.guesses);
    guessLine.textContent = t('kiosk.todayGuesses', { right: next.rightGuesses, count: next.guesses });
  });

  const reveal = el('button', { type: 'button', class: 'btn btn-primary kiosk-big kiosk-reveal', id: 'kiosk-reveal', 'aria-expanded': 'false', text: t('kiosk.reveal') });
  const revealHelp = el('p', { class: 'kiosk-reveal-help', hidden: true, text: t('kiosk.revealHelp') });
  // The research correction (F31) in one line: the article's picture of one
  // public score for everyone is not what others found when they checked.
  const research = el('p', { class: 'kiosk-research', id: 'kiosk-research', hidden: true, 'data-kind': 'context', 'data-fact': 'F31' }, [
    el('span', { class: 'kiosk-kind kind-context', text: labelWord('context', lang) }),
    ' ',
    t('kiosk.research'),
  ]);
  reveal.addEventListener('click', () => {
    for (const list of cardList.querySelectorAll<HTMLElement>('.kiosk-real')) list.hidden = false;
    guesses.revealAll();
    revealHelp.hidden = false;
    research.hidden = false;
    reveal.setAttribute('aria-expanded', 'true');
    reveal.textContent = t('kiosk.revealed');
    reveal.disabled = true;
  });

  const today = el('section', { class: 'kiosk-today', 'aria-labelledby': 'kiosk-today-title', id: 'kiosk-today', 'data-visitors': tally.visitors }, [
    el('h2', { id: 'kiosk-today-title', text: t('kiosk.todayTitle') }),
    el('ul', {}, [
      el('li', { text: t('kiosk.todayVisitors', { count: tally.visitors }) }),
      el('li', { text: t('kiosk.todayRed', { count: tally.crossedOnRed }) }),
      el('li', { text: t('kiosk.todayAgainst', { count: tally.againstCrowd }) }),
      el('li', { text: t('kiosk.todayWaited', { count: tally.waitedForGreen }) }),
      guessLine,
    ]),
    el('p', { class: 'kiosk-note', text: t('kiosk.todayNote') }),
  ]);

  const again = el('button', { type: 'button', class: 'btn kiosk-big', id: 'kiosk-play-again', text: t('kiosk.playAgain') });
  const done = el('button', { type: 'button', class: 'btn btn-primary kiosk-big', id: 'kiosk-done', text: t('kiosk.done') });
  again.addEventListener('click', options.playAgain);
  done.addEventListener('click', options.done);

  const screen = el('section', { class: 'screen kiosk-debrief', id: 'kiosk-debrief', 'aria-labelledby': 'kiosk-debrief-title' }, [
    el('h1', { id: 'kiosk-debrief-title', class: 'kiosk-score', text: t('kiosk.debriefTitle', { score: formatNumber(lang, day.score) }) }),
    el('p', { class: 'kiosk-grade', text: t('kiosk.debriefGrade', { grade: t(`tier.${day.tier}.name`) }) }),
    options.closing ? el('p', { class: 'notice kiosk-closing', role: 'status', text: t('kiosk.sessionOver') }) : null,
    el('h2', { class: 'kiosk-cards-title', text: t('kiosk.cardsTitle') }),
    cardList,
    reveal,
    revealHelp,
    research,
    today,
    options.closing ? null : el('div', { class: 'kiosk-start-row' }, [again, done]),
  ]);
  root.append(screen);
  return () => screen.remove();
}
