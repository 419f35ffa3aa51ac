// The live settings: one small store the DOM, the scene and the sound read.
// It is a module-level singleton because settings belong to the page, not to
// a day: the player, the HUD and the audio all see the same choices.
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { defaultSettings, motionReduced, type Settings } from './settings';

export type SettingsStore = ReturnType<typeof createSettingsStore>;

export function createSettingsStore(initial: Settings = defaultSettings()) {
  return createStore<Settings>()(subscribeWithSelector(() => initial));
}

export const settingsStore: SettingsStore = createSettingsStore();

/** prefers-reduced-motion, read where it exists. */
export function systemAsksForCalm(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** No shake, no flashing, no camera sweep: from the setting, or from the system when the setting says so. */
export function isMotionReduced(): boolean {
  return motionReduced(settingsStore.getState().motion, systemAsksForCalm());
}
