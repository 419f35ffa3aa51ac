// Title, language and text-level choice, how to play, start. All DOM, so it is readable by
// screen readers and shows instantly while Phaser is still loading.
import { keyVars } from '../input/keyLabels';
import { settingsStore } from '../settingsStore';
import type { UiContext } from './context';
import { el, setText } from './dom';
import { languageButtons } from './languageButtons';
import { textLevelButtons } from './textLevelButtons';
import { opensSettings } from './lazyScreens';

export function renderStartScreen(root: HTMLElement, ui: UiContext): () => void {
  const { t, store } = ui;
  const startButton = el('button', { class: 'btn btn-primary btn-big', id: 'start-button', type: 'button', text: t('start.start') });
  startButton.addEventListener('click', () => ui.startDay());

  const langButtons = languageButtons(store);
  const settingsButton = el('button', { class: 'btn', id: 'settings-button', type: 'button', 'aria-haspopup': 'dialog', text: t('settings.open') });
  opensSettings(settingsButton, ui);
  // The help lines name the player's own keys, and follow a remap at once.
  const howMove = el('li', { id: 'how-move' });
  const howAct = el('li', { id: 'how-act' });
  const showKeys = () => {
    const vars = keyVars(store.getState().lang, settingsStore.getState().keys);
    setText(howMove, t('settings.howMove', vars));
    setText(howAct, t('settings.howAct', vars));
  };
  showKeys();
  const unsubscribeKeys = settingsStore.subscribe((s) => s.keys, showKeys);

  // The second perspective: the control desk (src/ui/desk).
  const deskButton = ui.desk ? el('button', { class: 'btn btn-big', id: 'desk-open', type: 'button', text: t('start.deskOpen') }) : null;
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
    el('div', { class: 'lang-row text-level-row', role: 'group', 'aria-label': t('settings.textLevel') }, [
      el('span', { class: 'lang-label', text: `${t('settings.textLevel')}:` }),
      ...textLevelButtons(store),
    ]),
    // Outside the language group: sound, text size, motion and keys.
    el('div', { class: 'start-settings' }, [settingsButton]),
    el('h2', { text: t('start.howTitle') }),
    el('ul', { class: 'how' }, [
      howMove,
      howAct,
      el('li', { text: t('start.howGoal') }),
    ]),
    ...ui.notices.map((n) => el('p', { class: 'notice', role: 'status', text: n })),
    ...(ui.workshop?.startScreen() ?? []),
    startButton,
    deskButton,
    el('p', { class: 'privacy', text: t(ui.workshop?.privacyKey ?? 'start.privacy') }),
  ]);
  root.append(screen);
  startButton.focus();
  return () => {
    unsubscribeKeys();
    screen.remove();
  };
}
