// "What was real?" as a guess first (issue 18): each of the short debrief's
// cards asks the visitor to tap one of the four labels before it shows where
// the mechanic comes from. Each guess counts in today's tally (right or not,
// never who). Kept apart from debriefScreen.ts, which only calls it.
import { CHECK_LABELS, LABEL_WORDS, type CheckLabel } from '../content/labels';
import { expectedAnswer } from '../core/check/answers';
import type { DebriefMechanic } from '../debrief/model';
import type { Lang } from '../i18n';
import { el } from '../ui/dom';

type T = (key: string, vars?: Record<string, string | number>) => string;

/** The label a card's guess asks for: its first source's kind (a figure counts as the article's report). */
export function cardAnswer(m: DebriefMechanic): CheckLabel | null {
  const first = m.facts[0];
  return first ? expectedAnswer(first.kind, 'article') : null;
}

/**
 * Adds the four label buttons to each card of `list` (one `li[data-mechanic]`
 * per mechanic); a tap answers, reveals that card's sources and calls
 * `guessed`. `revealAll` (the big button) shows every card without a guess.
 */
export function addGuesses(list: HTMLElement, cards: readonly DebriefMechanic[], t: T, lang: Lang, guessed: (right: boolean) => void): { revealAll(): void } {
  const reveals: (() => void)[] = [];
  for (const m of cards) {
    const card = list.querySelector<HTMLElement>(`[data-mechanic="${m.id}"]`);
    const answer = cardAnswer(m);
    const real = card?.querySelector<HTMLElement>('.kiosk-real');
    if (!card || !answer || !real) continue;
    const result = el('p', { class: 'kiosk-guess-result', role: 'status' });
    const buttons = CHECK_LABELS.map((label) => el('button', { type: 'button', class: 'btn kiosk-guess-button', 'data-label': label, text: LABEL_WORDS[label][lang] }));
    const group = el('div', { class: 'kiosk-guess', role: 'group', 'aria-label': t('kiosk.guessPrompt') }, [el('p', { class: 'kiosk-guess-prompt', text: t('kiosk.guessPrompt') }), ...buttons]);
    const reveal = () => {
      real.hidden = false;
      group.hidden = true;
    };
    buttons.forEach((button, i) => {
      button.addEventListener('click', () => {
        const choice = CHECK_LABELS[i];
        if (!choice || group.hidden) return;
        const right = choice === answer;
        card.dataset.guess = right ? 'right' : 'other';
        result.textContent = right
          ? t('kiosk.guessRight', { label: LABEL_WORDS[answer][lang] })
          : t('kiosk.guessOther', { label: LABEL_WORDS[choice][lang], answer: LABEL_WORDS[answer][lang] });
        reveal();
        guessed(right);
      });
    });
    real.before(group, result);
    reveals.push(reveal);
  }
  return { revealAll: () => reveals.forEach((r) => r()) };
}
