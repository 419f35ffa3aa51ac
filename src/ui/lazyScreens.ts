// Screens that nobody needs at start are chunks of their own, fetched when
// they are first wanted: the citizen file (debrief: screen, model, chart, print
// styles) while the ending shows, the control desk when it is opened, the
// settings dialog when a Settings button is pointed at. Their texts come with them (src/i18n/features.ts). That keeps them out of the
// JavaScript loaded at start (see the bench, issue 8).
import { ensureTexts, type Feature, type Lang } from '../i18n';
import type { UiContext } from './context';
import { el } from './dom';

type Render = (root: HTMLElement, ui: UiContext) => () => void;

export interface LazyScreen {
  /** Starts fetching the screen's code (once) and its texts in `lang`. */
  preload(lang: Lang): Promise<Render>;
  /** Renders the screen as soon as its code and texts are there; a loading line shows until then. */
  render: Render;
}

function lazyScreen(features: Feature[], load: () => Promise<Render>): LazyScreen {
  let loading: Promise<Render> | null = null;
  const preload = async (lang: Lang) => {
    const [render] = await Promise.all([(loading ??= load()), ensureTexts(lang, ...features)]);
    return render;
  };
  const render: Render = (root, ui) => {
    let disposed = false;
    let dispose: () => void = () => undefined;
    const waiting = el('p', { class: 'screen loading', role: 'status', text: ui.t('app.loading') });
    root.append(waiting);
    preload(ui.store.getState().lang).then(
      (renderScreen) => {
        waiting.remove();
        if (!disposed) dispose = renderScreen(root, ui);
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
  };
  return { preload, render };
}

export const lazyEndScreen = lazyScreen(['debrief'], () => import('./endScreen').then((m) => m.renderEndScreen));

// The desk's own debrief cites facts with the citizen file's labels: both text sets.
export const lazyDeskScreen = lazyScreen(['desk', 'debrief'], () =>
  import('./desk/deskScreen').then((m): Render => (root, ui) => (ui.desk ? m.renderDeskScreen(root, ui, ui.desk) : () => undefined)),
);

let settingsPanel: Promise<typeof import('./settingsPanel')> | null = null;
const loadSettingsPanel = () => (settingsPanel ??= import('./settingsPanel'));

/**
 * A Settings button that opens the dialog (a chunk of its own): fetched as soon
 * as the button is pointed at or focused, so it is there by the click.
 */
export function opensSettings(button: HTMLElement, ui: UiContext): void {
  const preload = () => void loadSettingsPanel().catch(() => (settingsPanel = null));
  button.addEventListener('pointerenter', preload, { once: true });
  button.addEventListener('focus', preload, { once: true });
  button.addEventListener('click', () => {
    loadSettingsPanel().then(
      (m) => m.openSettings(ui, button),
      (error: unknown) => {
        settingsPanel = null;
        console.error(error);
      },
    );
  });
}
