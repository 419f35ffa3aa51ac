// Creates the one Phaser game for the page's life and (re)starts the city
// scene for each new day. Restarting a scene, not the game, avoids the leak
// of re-creating Phaser.Game in one page.
import Phaser from 'phaser';
import { CityColors } from './art/palette';
import { CityScene } from './scenes/CityScene';
import { SceneKeys } from './scenes/keys';
import { provideStore } from './scenes/sceneStore';
import type { DeskStore } from './store/deskStore';
import type { GameStore } from './store/gameStore';

// The city half of the test interface travels with the city (src/testing/testApi.ts).
export { cityProbe } from './testing/cityProbe';

export function createGame(parent: HTMLElement, store: GameStore, announce: (key: string) => void, deskStore?: DeskStore): Phaser.Game {
  const game = new Phaser.Game({
    type: Phaser.WEBGL,
    parent,
    backgroundColor: CityColors.ground,
    scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth || 800, height: parent.clientHeight || 600 },
    render: { antialias: true, antialiasGL: false, roundPixels: false },
    input: { keyboard: true, touch: true, mouse: true },
    banner: false,
    // Raw frame times: the day's clock must follow real time even on a slow
    // device (smoothing assumes 60 fps and slows the whole day down).
    fps: { smoothStep: false },
    audio: { noAudio: true },
    scene: [],
  });
  provideStore(game, store);
  game.scene.add(SceneKeys.city, CityScene, false);
  if (deskStore) watchDesk(game, store, deskStore);

  // A new day object means a new day: start the city fresh for it.
  store.subscribe(
    (s) => s.dayNumber,
    () => startCity(game, store),
  );
  game.events.once(Phaser.Core.Events.READY, () => {
    watchDisplay(game, store, announce);
    startCity(game, store);
  });
  return game;
}

/**
 * A lost WebGL context (driver reset, too many tabs) must not end the day in
 * a black screen: pause, say so, and let Phaser restore the context.
 */
function watchDisplay(game: Phaser.Game, store: GameStore, announce: (key: string) => void): void {
  const renderer = game.renderer;
  if (!(renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer)) return;
  renderer.on(Phaser.Renderer.Events.LOSE_WEBGL, () => {
    store.getState().pause();
    announce('hud.displayLost');
  });
  renderer.on(Phaser.Renderer.Events.RESTORE_WEBGL, () => announce('hud.displayRestored'));
}

/**
 * The desk's feeds run in the same game: a new shift starts them, leaving the
 * desk stops them. The desk's scene is a chunk of its own, fetched when the
 * desk opens (the briefing comes first, so it is there by the shift).
 */
function watchDesk(game: Phaser.Game, store: GameStore, deskStore: DeskStore): void {
  let added: Promise<void> | null = null;
  const addDeskScene = () =>
    (added ??= import('./scenes/DeskScene').then(
      ({ DeskScene, provideDeskStore }) => {
        provideDeskStore(game, deskStore);
        game.scene.add(SceneKeys.desk, DeskScene, false);
      },
      (error: unknown) => {
        added = null;
        throw error;
      },
    ));
  const startDesk = () => {
    if (deskStore.getState().phase !== 'shift') return;
    addDeskScene().then(() => {
      if (deskStore.getState().phase !== 'shift') return;
      if (game.scene.isActive(SceneKeys.city) || game.scene.isPaused(SceneKeys.city)) game.scene.stop(SceneKeys.city);
      if (game.scene.isActive(SceneKeys.desk)) game.scene.stop(SceneKeys.desk);
      game.scene.start(SceneKeys.desk);
    }, console.error);
  };
  deskStore.subscribe((s) => s.shiftNumber, startDesk);
  deskStore.subscribe(
    (s) => s.phase === 'off',
    (off) => {
      if (!off) void addDeskScene().catch(() => undefined);
      else if (game.scene.isActive(SceneKeys.desk)) game.scene.stop(SceneKeys.desk);
    },
  );
  game.events.once(Phaser.Core.Events.READY, startDesk);
}

function startCity(game: Phaser.Game, store: GameStore): void {
  const { day, phase } = store.getState();
  if (!day || phase === 'menu') return;
  if (game.scene.isActive(SceneKeys.desk)) game.scene.stop(SceneKeys.desk);
  if (game.scene.isActive(SceneKeys.city) || game.scene.isPaused(SceneKeys.city)) game.scene.stop(SceneKeys.city);
  game.scene.start(SceneKeys.city);
}
