// Entry point: settings and URL first, then the DOM screens at once, then the
// level, then Phaser (loaded as its own chunk while the start screen shows).
import './ui/style.css';
import { langFromNavigator, translate } from './i18n';
import { DEFAULT_DESK, loadDesk } from './levels/loadDesk';
import { loadLevel } from './levels/loadLevel';
import { browserStorage, loadSettings, saveSettings } from './settings';
import { createDeskStore } from './store/deskStore';
import { createGameStore } from './store/gameStore';
import { createAnnouncer } from './ui/announcer';
import { mountUi } from './ui/app';
import type { UiContext } from './ui/context';
import { bindTranslator } from './ui/context';
import { readUrlOptions } from './urlParams';

async function main(): Promise<void> {
  const uiRoot = document.getElementById('ui');
  const gameRoot = document.getElementById('game');
  if (!uiRoot || !gameRoot) throw new Error('index.html lacks #ui or #game');

  const storage = browserStorage();
  const { settings, reset } = loadSettings(storage);
  const url = readUrlOptions(window.location.search);
  const lang = url.lang ?? settings.lang ?? langFromNavigator(navigator.languages ?? [navigator.language]);
  const store = createGameStore({ lang });
  const deskStore = createDeskStore();

  const ui: UiContext = {
    store,
    announcer: createAnnouncer(document.body),
    t: bindTranslator(store),
    notices: [
      ...(reset ? [translate(lang, 'error.settingsReset')] : []),
      ...(url.ignored.length > 0 ? [translate(lang, 'error.urlIgnored', { names: url.ignored.join(', ') })] : []),
    ],
    startDay: () => store.getState().startDay(url.seed ?? undefined),
    desk: {
      store: deskStore,
      seed: url.seed ?? undefined,
      open: () => void deskStore.getState().open(() => loadDesk(DEFAULT_DESK, store.getState().level)),
      leave: (to) => {
        // Start the next screen first, so the desk never flashes the old one on its way out.
        if (to === 'day') store.getState().startDay(url.seed ?? undefined);
        else store.getState().backToMenu();
        deskStore.getState().close();
      },
    },
  };
  mountUi(uiRoot, ui);
  // Only the language is remembered, and only when the player chooses one.
  store.subscribe(
    (s) => s.lang,
    (chosen) => saveSettings(storage, { ...settings, lang: chosen }),
  );

  const [result, { createGame }] = await Promise.all([loadLevel(url.level), import('./game')]);
  if (!result.ok) {
    store.getState().showErrors(result.errors);
    return;
  }
  store.getState().setLevel(result.level);
  const game = createGame(gameRoot, store, (key) => showNotice(uiRoot, translate(store.getState().lang, key), ui), deskStore);
  // Handy for tests and the curious: read-only peeks, nothing is sent anywhere.
  Object.assign(window, { __punktestand: { store, game, deskStore } });
  if (url.mode === 'desk') ui.desk?.open();
}

/** A short message over everything, read out at once; it goes away by itself. */
function showNotice(root: HTMLElement, text: string, ui: UiContext): void {
  document.getElementById('display-notice')?.remove();
  const box = document.createElement('p');
  box.id = 'display-notice';
  box.className = 'display-notice';
  box.textContent = text;
  root.append(box);
  ui.announcer.assertive(text);
  window.setTimeout(() => box.remove(), 8000);
}

main().catch((error: unknown) => {
  console.error(error);
  const root = document.getElementById('ui') ?? document.body;
  const box = document.createElement('section');
  box.className = 'screen error-screen';
  box.setAttribute('role', 'alert');
  const title = document.createElement('h1');
  title.textContent = 'Punktestand could not start / konnte nicht starten';
  const detail = document.createElement('p');
  detail.textContent = error instanceof Error ? error.message : String(error);
  box.append(title, detail);
  root.append(box);
});
