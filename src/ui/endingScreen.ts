// The ending, shown before the debrief: which of the catalogue's endings the
// day reached, in a few sentences, and the way into the citizen file.
import { endingFor } from '../core/endings';
import { formatNumber } from '../i18n';
import type { UiContext } from './context';
import { el } from './dom';

export function renderEndingScreen(root: HTMLElement, ui: UiContext, openDebrief: () => void): () => void {
  const { store, t } = ui;
  const { day, level, lang } = store.getState();
  if (!day || !level) return () => undefined;
  const ending = endingFor(day, level);
  const next = el('button', { type: 'button', class: 'btn btn-primary btn-big', id: 'debrief-button', text: t('ending.next') });
  next.addEventListener('click', openDebrief);
  const screen = el('section', { class: 'screen ending-screen', 'aria-labelledby': 'ending-title', 'data-ending': ending.id }, [
    el('p', { class: 'ending-kicker', text: t('ending.title') }),
    el('div', { class: `poster ending-${ending.id}` }, [el('h1', { id: 'ending-title', class: 'title', text: t(`ending.${ending.id}.name`) })]),
    el('p', { class: 'ending-text', text: t(`ending.${ending.id}.text`) }),
    el('p', { class: 'ending-score' }, [
      `${t('end.finalScore')}: `,
      el('strong', { text: formatNumber(lang, day.score) }),
      ` · ${t('end.finalTier')}: `,
      el('strong', { text: t(`tier.${day.tier}.name`) }),
    ]),
    ui.workshop?.resultCode('ending'),
    next,
  ]);
  root.append(screen);
  next.focus();
  return () => screen.remove();
}
