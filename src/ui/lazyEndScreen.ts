// The citizen file (debrief) is the largest screen and nobody needs it before
// the day ends, so its code (screen, model, chart, print styles) is a chunk of
// its own: fetched while the ending is shown, drawn when asked for. That keeps
// it out of the JavaScript loaded at start (see the bench, issue 8).
import type { UiContext } from './context';
import { el } from './dom';

type EndScreenModule = typeof import('./endScreen');

let loading: Promise<EndScreenModule> | null = null;

/** Starts fetching the debrief's code (once); call it when the day ends. */
export function preloadEndScreen(): Promise<EndScreenModule> {
  loading ??= import('./endScreen');
  return loading;
}

/** Renders the debrief as soon as its code is there; a loading line shows until then. */
export function renderEndScreenLazy(root: HTMLElement, ui: UiContext): () => void {
  let disposed = false;
  let dispose: () => void = () => undefined;
  const waiting = el('p', { class: 'screen loading', role: 'status', text: ui.t('app.loading') });
  root.append(waiting);
  preloadEndScreen().then(
    ({ renderEndScreen }) => {
      waiting.remove();
      if (!disposed) dispose = renderEndScreen(root, ui);
    },
    (error: unknown) => {
      // A failed fetch (offline kiosk after an update) must say so, not leave a blank screen.
      waiting.textContent = `${ui.t('app.loading')} ✗ ${error instanceof Error ? error.message : String(error)}`;
      loading = null;
    },
  );
  return () => {
    disposed = true;
    waiting.remove();
    dispose();
  };
}
