// Title, language choice, how to play, start. All DOM, so it is readable by
// screen readers and shows instantly while Phaser is still loading.
import type { UiContext } from './context';
import { el } from './dom';
import { languageButtons } from './languageButtons';

export function renderStartScreen(root: HTMLElement, ui: UiContext): () => void {
  const { t, store } = ui;
  const startButton = el('button', { class: 'btn btn-primary btn-big', id: 'start-button', type: 'button', text: t('start.start') });
  startButton.addEventListener('click', () => ui.startDay());

  const langButtons = languageButtons(store);
  // The second perspective: the control desk (src/ui/desk).
  const deskButton = ui.desk ? el('button', { class: 'btn btn-big', id: 'desk-open', type: 'button', text: t('desk.open') }) : null;
  deskButton?.addEventListener('click', () => ui.desk?.open());

  const screen = el('section', { class: 'screen start-screen', 'aria-labelledby': 'start-title' }, [
    el('div', { class: 'poster' }, [
      el('h1', { id: 'start-title', class: 'title', text: t('app.title') }),
      el('p', { class: 'subtitle', text: t('app.subtitle') }),
    ]),
    el('p', { class: 'intro', text: t('start.intro') }),
    el('div', { class: 'lang-row', role: 'group', 'aria-label': t('start.language') }, [
      el('span', { class: 'lang-label', text: `${t('start.language')}:` }),
      ...langButtons,
    ]),
    el('h2', { text: t('start.howTitle') }),
    el('ul', { class: 'how' }, [
      el('li', { text: t('start.howMove') }),
      el('li', { text: t('start.howAct') }),
      el('li', { text: t('start.howGoal') }),
    ]),
    ...ui.notices.map((n) => el('p', { class: 'notice', role: 'status', text: n })),
    startButton,
    deskButton,
    el('p', { class: 'privacy', text: t('start.privacy') }),
  ]);
  root.append(screen);
  startButton.focus();
  return () => screen.remove();
}
