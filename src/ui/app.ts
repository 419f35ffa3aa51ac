// Shows the DOM screen that fits the store's phase, and redraws it when the
// language changes. The Phaser canvas lives underneath.
import { textsShown, type Phase } from '../store/gameStore';
import type { UiContext } from './context';
import { renderEndingScreen } from './endingScreen';
import { renderErrorScreen } from './errorScreen';
import { renderHud } from './hud';
import { lazyDeskScreen, lazyEndScreen } from './lazyScreens';
import { el } from './dom';
import { renderStartScreen } from './startScreen';

type Screen = 'loading' | 'menu' | 'hud' | 'ended' | 'error' | 'desk';

function screenFor(phase: Phase, deskOpen: boolean): Screen {
  // The desk shows over the start or end screen, never over a running day.
  if (deskOpen && (phase === 'menu' || phase === 'ended')) return 'desk';
  if (phase === 'playing' || phase === 'paused') return 'hud';
  return phase;
}

export function mountUi(root: HTMLElement, ui: UiContext): () => void {
  const { store, t } = ui;
  let current: Screen | null = null;
  let dispose: () => void = () => undefined;
  // After a day: first the ending, then (on request) the debrief.
  let debriefOpen = false;

  const show = (screen: Screen) => {
    dispose();
    current = screen;
    document.documentElement.lang = store.getState().lang;
    document.title = t('app.title');
    root.dataset.screen = screen;
    switch (screen) {
      case 'loading': {
        const node = el('p', { class: 'screen loading', role: 'status', text: t('app.loading') });
        root.append(node);
        dispose = () => node.remove();
        break;
      }
      case 'menu':
        dispose = renderStartScreen(root, ui);
        break;
      case 'hud':
        dispose = renderHud(root, ui);
        break;
      case 'ended':
        if (!debriefOpen && !ui.endedScreen) void lazyEndScreen.preload(store.getState().lang).catch(() => undefined);
        dispose = ui.endedScreen
          ? ui.endedScreen(root, ui)
          : debriefOpen
          ? lazyEndScreen.render(root, ui)
          : renderEndingScreen(root, ui, () => {
              debriefOpen = true;
              show('ended');
            });
        break;
      case 'error':
        dispose = renderErrorScreen(root, ui);
        break;
      case 'desk':
        dispose = lazyDeskScreen.render(root, ui);
        break;
    }
  };

  const deskOpen = () => (ui.desk?.store.getState().phase ?? 'off') !== 'off';
  const follow = () => {
    const screen = screenFor(store.getState().phase, deskOpen());
    if (screen !== current) {
      debriefOpen = false;
      show(screen);
    }
  };
  const unsubscribePhase = store.subscribe((s) => s.phase, follow);
  const unsubscribeDesk = ui.desk?.store.subscribe((s) => s.phase === 'off', follow) ?? (() => undefined);
  // A switch of language or text level redraws the current screen in place; the day goes on.
  const unsubscribeLang = store.subscribe(
    textsShown,
    () => current && show(current),
  );
  show(screenFor(store.getState().phase, deskOpen()));
  return () => {
    unsubscribePhase();
    unsubscribeLang();
    unsubscribeDesk();
    dispose();
  };
}
