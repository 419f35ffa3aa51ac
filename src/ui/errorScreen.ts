// Shown instead of the game when a level file is broken: the messages name the
// file and the field. Never a black screen, never a half-started game.
import type { UiContext } from './context';
import { el } from './dom';

export function renderErrorScreen(root: HTMLElement, ui: UiContext): () => void {
  const { t } = ui;
  const errors = ui.store.getState().errors;
  const reload = el('button', { type: 'button', class: 'btn btn-primary', text: t('error.reload') });
  reload.addEventListener('click', () => window.location.reload());
  const screen = el('section', { class: 'screen error-screen', role: 'alert', 'aria-labelledby': 'error-title' }, [
    el('h1', { id: 'error-title', text: t('error.levelTitle') }),
    el('p', { text: t('error.levelHelp') }),
    el('ul', { class: 'error-list', id: 'level-errors' }, errors.map((e) => el('li', {}, [el('code', { text: e })]))),
    reload,
  ]);
  root.append(screen);
  return () => screen.remove();
}
