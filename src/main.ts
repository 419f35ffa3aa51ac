// Entry point: settings and URL first, then the DOM screens at once, then the
// level, then Phaser (loaded as its own chunk while the start screen shows).
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './ui/style.css';
import { ensureTextsAt, langFromNavigator, translate } from './i18n';
import { loadLevel } from './levels/loadLevel';
import { browserStorage, loadSettings } from './settings';
import { settingsStore } from './settingsStore';
import { createDeskStore } from './store/deskStore';
import { createGameStore } from './store/gameStore';
import { createAnnouncer } from './ui/announcer';
import { mountUi } from './ui/app';
import { applySettings } from './ui/applySettings';
import { startSound } from './audio/soundDirector';
import type { UiContext } from './ui/context';
import { bindTranslator } from './ui/context';
import { exposeTestApi } from './testing/testApi';
import { readUrlOptions } from './urlParams';
import { playHooks } from './ui/workshop/playHooks';
import type { WorkshopPlayer } from './ui/workshop/playerHooks';
import { workshopPageFor } from './workshop/route';
import { decodeWorkshop } from './workshop/settings';

async function main(): Promise<void> {
  const uiRoot = document.getElementById('ui');
  const gameRoot = document.getElementById('game');
  if (!uiRoot || !gameRoot) throw new Error('index.html lacks #ui or #game');

  const storage = browserStorage();
  const { settings, reset } = loadSettings(storage);
  const url = readUrlOptions(window.location.search);
  // Kiosk mode (src/kiosk/): its own config, level and language; remembers nothing of a visitor.
  const kiosk = url.mode === 'kiosk' ? await (await import('./kiosk/setup')).prepareKiosk(window.location.search, storage, url.lang, url.textLevel) : null;
  const lang = kiosk?.lang ?? url.lang ?? settings.lang ?? langFromNavigator(navigator.languages ?? [navigator.language]);
  const workshop = decodeWorkshop(window.location.search, url.lang, url.textLevel);
  // The text level: a kiosk's own choice, else the link's (a facilitator's link carries it), else the saved setting.
  const textLevel = kiosk?.textLevel ?? url.textLevel ?? settings.textLevel;
  // The facilitator's pages and the class view need no city.
  const workshopPage = workshopPageFor(url.mode, window.location.search, workshop);
  // Everyone else needs the level and Phaser: fetch both now, so they arrive
  // while the texts load and the start screen is built, not after.
  const loadCityParts = () => Promise.all([loadLevel(kiosk?.levelId ?? url.level), import('./game')]);
  const cityParts = workshopPage ? null : loadCityParts();
  // A failure is reported where the parts are awaited, below; until then it is not "unhandled".
  cityParts?.catch(() => undefined);
  // Texts load as chunks (src/i18n/features.ts): the language in use, plus the
  // workshop's texts on workshop pages and links, at the chosen text level
  // (the store, made next, switches the lookups to it). Nothing renders before them.
  await ensureTextsAt(lang, textLevel, ...(url.mode === 'workshop' || url.mode === 'class' ? (['workshop'] as const) : []));
  const store = createGameStore({ lang, textLevel });
  const deskStore = createDeskStore();
  // The second perspective is offered everywhere but on a kiosk (its flow is
  // short and fixed) and in a workshop whose facilitator switched it off.
  const offerDesk = !kiosk && !(url.mode === 'workshop' && !workshop.settings.desk);
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
    desk: offerDesk ? {
      store: deskStore,
      seed: url.seed ?? undefined,
      // The desk's file check (with the fact catalogue) is fetched when the desk first opens.
      open: () => void deskStore.getState().open(async () => (await import('./levels/loadDesk')).loadDefaultDesk(store.getState().level)),
      leave: (to) => {
        // Start the next screen first, so the desk never flashes the old one on its way out.
        if (to === 'day') store.getState().startDay(url.seed ?? undefined);
        else store.getState().backToMenu();
        deskStore.getState().close();
      },
    } : undefined,
    endedScreen: kiosk?.controller.renderEnded,
  };
  // Settings first, so the first screen already shows the player's keys and text size.
  applySettings(storage, store, settings, !kiosk);

  // Workshop mode: the facilitator's pages and the class view need no city;
  // a workshop link with settings plays the facilitator's version of the day.
  if (workshopPage) {
    // The facilitator's pages are a chunk of their own: players never load them.
    const { bootWorkshopPages } = await import('./ui/workshop/boot');
    await bootWorkshopPages(uiRoot, store, ui.t, workshopPage, url.level, (errors) => {
      mountUi(uiRoot, ui);
      store.getState().showErrors(errors);
    });
    exposeTestApi({ state: store.getState, desk: deskStore.getState, settings: settingsStore.getState, game: null, city: () => null });
    return;
  }
  let workshopGame: WorkshopPlayer | null = null;
  if (url.mode === 'workshop') {
    // Workshop links only: the player's side of a workshop is a chunk of its own.
    const { workshopPlayer, deskConfirmShare } = await import('./ui/workshop/playerHooks');
    workshopGame = workshopPlayer(store, ui.t, workshop, storage, () => deskConfirmShare(deskStore), url.seed);
    ui.workshop = workshopGame.hooks;
    ui.startDay = workshopGame.wrapStart(ui.startDay);
    if (workshop.ignored.length > 0) ui.notices.push(translate(lang, 'workshop.ignored', { names: workshop.ignored.join(', ') }));
  } else if (url.mode === 'play') {
    ui.workshop = playHooks(ui.t, () => store.getState().lang);
  }
  mountUi(uiRoot, ui);

  const [result, { createGame, cityProbe }] = await (cityParts ?? loadCityParts());
  if (!result.ok || (kiosk && kiosk.errors.length > 0)) {
    store.getState().showErrors([...(kiosk?.errors ?? []), ...(result.ok ? [] : result.errors)]);
    return;
  }
  store.getState().setLevel(workshopGame ? workshopGame.prepareLevel(result.level, ui.notices) : result.level);
  const game = createGame(gameRoot, store, (key) => showNotice(uiRoot, translate(store.getState().lang, key), ui), deskStore);
  // Sound waits for the first touch, click or key (autoplay rules); muted in kiosk mode until touched.
  startSound(store, { kiosk: url.mode === 'kiosk', playerSpeed: () => playerSpeedOf(game) });
  // Only on a page opened for testing (?debug=1): see src/testing/testApi.ts.
  exposeTestApi({ state: store.getState, desk: deskStore.getState, settings: settingsStore.getState, game, city: () => cityProbe(game) });
  if (url.mode === 'desk') ui.desk?.open();
  kiosk?.start(store, game, ui);
}

/** How fast the player walks (pixels a second), for footsteps; 0 when no day is on. */
function playerSpeedOf(game: { scene: { getScene(key: string): unknown } }): number {
  const scene = game.scene.getScene('city') as { player?: { velocity: { x: number; y: number } } } | null;
  const v = scene?.player?.velocity;
  return v ? Math.hypot(v.x, v.y) : 0;
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
