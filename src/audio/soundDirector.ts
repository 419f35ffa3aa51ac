// Drives the sound from the store: notices become cues, walking becomes
// footsteps, a day in play gets the street bed. Audio starts only after the
// player's first gesture (browsers' autoplay rules); in kiosk mode only after
// the screen is touched, so an unattended kiosk stays silent.
import { settingsStore } from '../settingsStore';
import type { GameStore } from '../store/gameStore';
import { cuesFor } from './cues';
import { play, type SoundName } from './sounds';
import { Synth } from './synth';

/** Footsteps at walking pace: one step every this many seconds. */
const STEP_SECONDS = 0.36;
/** A kiosk left alone this long goes quiet again until the next touch. */
const KIOSK_QUIET_MS = 60_000;
/** Below this speed (pixels a second) the player is standing. */
const WALKING_SPEED = 30;

export interface SoundOptions {
  kiosk: boolean;
  playerSpeed: () => number;
}

/** Waits for a gesture, then plays. Returns a stop function. Never throws. */
export function startSound(store: GameStore, options: SoundOptions): () => void {
  const root = document.documentElement;
  root.dataset.sound = 'waiting';
  const gestures = options.kiosk ? ['pointerdown', 'touchstart'] : ['pointerdown', 'keydown', 'touchstart'];
  let stop: () => void = () => undefined;
  const begin = () => {
    gestures.forEach((g) => window.removeEventListener(g, begin, true));
    stop = run(store, options, gestures);
  };
  gestures.forEach((g) => window.addEventListener(g, begin, true));
  return () => {
    gestures.forEach((g) => window.removeEventListener(g, begin, true));
    stop();
  };
}

function run(store: GameStore, options: SoundOptions, gestures: string[]): () => void {
  const synth = Synth.create();
  const root = document.documentElement;
  if (!synth) {
    root.dataset.sound = 'unavailable';
    return () => undefined;
  }
  // Some first keys (Escape) do not count as a gesture; later ones wake a suspended context.
  // In a kiosk the next visitor should not walk into a noisy screen: quiet after a minute untouched.
  let quietTimer = 0;
  const wake = () => {
    synth.resume();
    if (!options.kiosk) return;
    applyVolumes();
    window.clearTimeout(quietTimer);
    quietTimer = window.setTimeout(() => {
      synth.ctx.suspend().catch(() => undefined);
      root.dataset.sound = 'waiting';
    }, KIOSK_QUIET_MS);
  };
  gestures.forEach((g) => window.addEventListener(g, wake, true));
  const applyVolumes = () => {
    const s = settingsStore.getState();
    synth.setVolumes(s.muted ? 0 : s.effectsVolume, s.muted ? 0 : s.ambienceVolume);
    root.dataset.sound = s.muted ? 'muted' : 'on';
  };
  applyVolumes();
  wake();

  const safely = (name: SoundName) => {
    try {
      play(synth, name);
    } catch {
      /* a sound that fails is only a sound */
    }
  };

  // The street bed runs while a day is being played, and stops in menus and pauses.
  let stopBed: (() => void) | null = null;
  const followPhase = () => {
    try {
      const playing = store.getState().phase === 'playing';
      if (playing && !stopBed) stopBed = synth.bed();
      if (!playing && stopBed) {
        stopBed();
        stopBed = null;
      }
    } catch {
      stopBed = null; // no street sound is better than a broken game
    }
  };
  followPhase();

  let sinceStep = STEP_SECONDS;
  const stepTimer = window.setInterval(() => {
    if (store.getState().phase !== 'playing' || options.playerSpeed() < WALKING_SPEED) {
      sinceStep = STEP_SECONDS;
      return;
    }
    sinceStep += 0.06;
    if (sinceStep >= STEP_SECONDS) {
      sinceStep = 0;
      safely('footstep');
    }
  }, 60);

  const unsubscribers = [
    settingsStore.subscribe(applyVolumes),
    store.subscribe((s) => s.phase, followPhase),
    store.subscribe(
      (s) => s.notices,
      (notices) => {
        const { level } = store.getState();
        // One of each per batch: a record and its sanction ring one alarm, not two.
        const names = new Set(notices.items.flatMap((n) => cuesFor(n, level?.catalogue ?? null)));
        names.forEach(safely);
      },
    ),
  ];
  return () => {
    unsubscribers.forEach((u) => u());
    gestures.forEach((g) => window.removeEventListener(g, wake, true));
    window.clearInterval(stepTimer);
    window.clearTimeout(quietTimer);
    stopBed?.();
    synth.ctx.close().catch(() => undefined);
  };
}
