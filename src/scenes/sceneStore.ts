import type Phaser from 'phaser';
import { isMotionReduced } from '../settingsStore';
import type { GameStore } from '../store/gameStore';

const STORE_KEY = 'store';

export function provideStore(game: Phaser.Game, store: GameStore): void {
  game.registry.set(STORE_KEY, store);
}

export function storeOf(scene: Phaser.Scene): GameStore {
  const store = scene.registry.get(STORE_KEY) as GameStore | undefined;
  if (!store) throw new Error('the game store was not provided to Phaser');
  return store;
}

/** Reduced motion (the setting, or the system when the setting follows it): no shake, no flashing, no sweeping. */
export function reducedMotion(): boolean {
  return isMotionReduced();
}
