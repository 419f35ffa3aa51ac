// One typed door into the running game for the browser tests, the bench, the
// soak and the screenshot script: `window.__punktestand`, a TestApi. It exists
// only when the page is opened for testing (`?debug=1`, decided here and
// nowhere else); a player's page never has it. Tests import the types from
// here, so renaming a field the tests read fails the type check, not a test run.
//
// It reads; it never sends anything anywhere. `state()` returns the store's
// state with its actions, so a test can also act as the page's input does
// (e.g. `state().endDay()`).
import type Phaser from 'phaser';
import type { Point } from '../core/types';
import type { Settings } from '../settings';
import type { DeskState } from '../store/deskStore';
import type { GameState } from '../store/gameStore';

/** The URL parameter that opens the page for testing: `?debug=1`. */
export const TEST_PARAM = 'debug';

/** True when the page was opened for testing; the only place that decides it. */
export function testingRequested(search: string): boolean {
  return new URLSearchParams(search).get(TEST_PARAM) === '1';
}

/** One plaza crowd, as its walkers stand now. */
export interface CrowdProbe {
  /** Walkers in it. */
  count: number;
  /** True when a Web Worker steps it (not the page's main thread). */
  offMainThread: boolean;
  /** Each walker's x in metres from the plaza's corner. */
  x: number[];
}

/** What the city scene shows, for tests; null from `city()` while no city runs. */
export interface CityProbe {
  /** The player's position in world pixels. */
  player(): Point;
  /** The plaza crowds, in level order. */
  crowds(): CrowdProbe[];
  /** The pedestrian light of a crossing now (the core's lightAt on the day clock), or null if no such crossing. */
  crossingLight(stationId: string): 'red' | 'green' | null;
  /** Where the patrol's officer stands, or null without a patrol. */
  officer(): Point | null;
  /** Raises the plaza camera's alarm marker, as a flagged walk does; false without one. */
  raiseAlarm(word: string, seconds: number): boolean;
  /** Whether the alarm marker's brackets are drawn now (they blink in full motion, stay on when reduced). */
  alarmShown(): boolean;
  /** From now on counts what the main camera is asked to do (see cameraMoves). */
  countCameraMoves(): void;
  /** Shakes and pans (their durations in ms) asked of the main camera since countCameraMoves(). */
  cameraMoves(): { shakes: number; pans: number[] };
  /** Whether the main camera follows the player now (false while it turns to a monitor). */
  cameraFollowsPlayer(): boolean;
}

/** The kiosk's figures (mode=kiosk only). */
export interface KioskStats {
  mode: string;
  sessions: number;
  recoveries: number;
  /** Store subscriptions held now: flat from visitor to visitor. */
  subscriptions: number;
}

export interface TestApi {
  /** The game store's state now, with its actions. */
  state(): GameState;
  /** The control desk's store state now. */
  desk(): DeskState;
  /** The live settings (keys, text size, motion, volumes). */
  settings(): Settings;
  /** The Phaser game, once the city is loaded (null on the workshop's pages, which need no city). Its public API only. */
  game: Phaser.Game | null;
  /** The running city scene, or null. */
  city(): CityProbe | null;
  /** The kiosk's figures, or null when not in kiosk mode. */
  kiosk(): KioskStats | null;
}

declare global {
  interface Window {
    /** Only on a page opened with `?debug=1` (src/testing/testApi.ts). */
    __punktestand?: TestApi;
  }
}

let kioskStats: (() => KioskStats) | null = null;

/** The kiosk hands in its figures when it starts (src/kiosk/setup.ts). */
export function provideKioskStats(stats: () => KioskStats): void {
  kioskStats = stats;
}

/**
 * Puts the test interface on `window`, when the page was opened for testing.
 * Called again once the game exists, with the game added.
 */
export function exposeTestApi(parts: Omit<TestApi, 'kiosk'>): void {
  if (!testingRequested(window.location.search)) return;
  window.__punktestand = { ...parts, kiosk: () => kioskStats?.() ?? null };
}
