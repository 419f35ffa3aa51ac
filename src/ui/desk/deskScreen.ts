// The desk's DOM screens, shown instead of the citizen's screens while the
// desk is open: loading, an error with the file's messages, the briefing,
// the shift panel, and the desk's debrief.
import './desk.css';
import type { DeskStore } from '../../store/deskStore';
import type { UiContext } from '../context';
import { el } from '../dom';
import { languageButtons } from '../languageButtons';
import { renderDeskDebrief } from './deskDebrief';
import { renderShiftPanel } from './shiftPanel';

/** What the DOM needs to run the desk; built in main.ts. */
export interface DeskUi {
  store: DeskStore;
  /** Opens the desk (loads its file the first time). */
  open(): void;
  /** Leaves the desk for the start screen or straight into a citizen's day. */
  leave(to: 'menu' | 'day'): void;
  /** A fixed seed for every shift (from ?seed=), or undefined for a fresh one. */
  seed: number | undefined;
}

export function renderDeskScreen(root: HTMLElement, ui: UiContext, desk: DeskUi): () => void {
  let dispose: () => void = () => undefined;
  const show = () => {
    dispose();
    dispose = renderPhase(root, ui, desk);
  };
  const unsubscribe = desk.store.subscribe((s) => s.phase, show);
  show();
  return () => {
    unsubscribe();
    dispose();
  };
}

function renderPhase(root: HTMLElement, ui: UiContext, desk: DeskUi): () => void {
  const { t } = ui;
  const state = desk.store.getState();
  root.dataset.desk = state.phase;
  switch (state.phase) {
    case 'shift':
      return renderShiftPanel(root, ui, desk);
    case 'debrief':
      return renderDeskDebrief(root, ui, desk);
    case 'loading':
      return mount(root, el('p', { class: 'screen loading', role: 'status', text: t('desk.loading') }));
    case 'error':
      return mount(
        root,
        el('section', { class: 'screen error-screen', role: 'alert', 'aria-labelledby': 'desk-error-title' }, [
          el('h1', { id: 'desk-error-title', text: t('desk.errorTitle') }),
          el('ul', { class: 'error-list' }, state.errors.map((m) => el('li', { text: m }))),
          backButton(ui, desk),
        ]),
      );
    default:
      return renderBriefing(root, ui, desk);
  }
}

function mount(root: HTMLElement, node: HTMLElement): () => void {
  root.append(node);
  return () => node.remove();
}

function backButton(ui: UiContext, desk: DeskUi): HTMLButtonElement {
  const back = el('button', { type: 'button', class: 'btn', id: 'desk-back', text: ui.t('desk.back') });
  back.addEventListener('click', () => desk.leave('menu'));
  return back;
}

function renderBriefing(root: HTMLElement, ui: UiContext, desk: DeskUi): () => void {
  const { t } = ui;
  const start = el('button', { type: 'button', class: 'btn btn-primary btn-big', id: 'desk-start', text: t('desk.start') });
  start.addEventListener('click', () => desk.store.getState().startShift(desk.seed));
  const screen = el('section', { class: 'screen start-screen desk-briefing', 'aria-labelledby': 'desk-briefing-title' }, [
    el('div', { class: 'poster' }, [el('h1', { id: 'desk-briefing-title', class: 'title', text: t('desk.title') })]),
    el('p', { class: 'intro', text: t('desk.intro') }),
    el('p', { class: 'intro', text: t('desk.how') }),
    el('div', { class: 'lang-row', role: 'group', 'aria-label': t('start.language') }, [
      el('span', { class: 'lang-label', text: `${t('start.language')}:` }),
      ...languageButtons(ui.store),
    ]),
    start,
    backButton(ui, desk),
    el('p', { class: 'privacy', text: t('start.privacy') }),
  ]);
  root.append(screen);
  start.focus();
  return () => screen.remove();
}
