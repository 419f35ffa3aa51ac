// Entry point: settings and URL first, then the DOM screens at once, then the
// level, then Phaser (loaded as its own chunk while the start screen shows).
import './ui/style.css';
import { langFromNavigator, translate } from './i18n';
import { loadLevel } from './levels/loadLevel';
import { browserStorage, loadSettings, saveSettings } from './settings';
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
  // Kiosk mode (src/kiosk/): its own config, level and language; remembers nothing of a visitor.
  const kiosk = url.mode === 'kiosk' ? await (await import('./kiosk/setup')).prepareKiosk(window.location.search, storage, url.lang) : null;
  const lang = kiosk?.lang ?? url.lang ?? settings.lang ?? langFromNavigator(navigator.languages ?? [navigator.language]);
  const store = createGameStore({ lang });
  kiosk?.watchStore(store);

  const ui: UiContext = {
    store,
    announcer: createAnnouncer(document.body),
    t: bindTranslator(store),
    notices: [
      ...(reset ? [translate(lang, 'error.settingsReset')] : []),
      ...(url.ignored.length > 0 ? [translate(lang, 'error.urlIgnored', { names: url.ignored.join(', ') })] : []),
    ],
    startDay: () => store.getState().startDay(url.seed ?? undefined),
    endedScreen: kiosk?.controller.renderEnded,
  };
  mountUi(uiRoot, ui);
  // Only the language is remembered, and only when the player chooses one.
  if (!kiosk) {
    store.subscribe(
      (s) => s.lang,
      (chosen) => saveSettings(storage, { ...settings, lang: chosen }),
    );
  }

  const [result, { createGame }] = await Promise.all([loadLevel(kiosk?.levelId ?? url.level), import('./game')]);
  if (!result.ok || (kiosk && kiosk.errors.length > 0)) {
    store.getState().showErrors([...(kiosk?.errors ?? []), ...(result.ok ? [] : result.errors)]);
    return;
  }
  store.getState().setLevel(result.level);
  const game = createGame(gameRoot, store, (key) => showNotice(uiRoot, translate(store.getState().lang, key), ui));
  // Handy for tests and the curious: read-only peeks, nothing is sent anywhere.
  Object.assign(window, { __punktestand: { store, game } });
  kiosk?.start(store, game, ui);
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
