// The kiosk's day: attract loop → visitor session → (idle countdown) → short
// summary → everything about the visitor cleared → attract loop again, all in
// the page's one Phaser game (a new day restarts the city scene, never the game).
import type Phaser from 'phaser';
import type { Lang, TextLevel } from '../i18n';
import { SETTINGS_KEY } from '../settings';
import type { GameStore } from '../store/gameStore';
import type { Level } from '../core/types';
import type { UiContext } from '../ui/context';
import { attachBot } from './bot';
import { renderAttract } from './attract';
import type { KioskConfig } from './config';
import { createCountdown, type Countdown } from './countdown';
import { renderKioskDebrief } from './debriefScreen';
import type { KioskUpdates } from './offline';
import { idleStage } from './idleTimer';
import { sessionFacts, TallyStore } from './tally';

export type KioskMode = 'attract' | 'visitor' | 'summary';

const TICK_MS = 250;
/** Input that shows a visitor is there. */
const INPUT_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

export class KioskController {
  mode: KioskMode = 'attract';
  /** Visitor sessions started in this page's life (the soak reads it). */
  sessions = 0;
  /** Resets back to the attract loop after an error (the soak and tests read it). */
  recoveries = 0;
  /** While staff settings are open, nobody is timed out. */
  staffOpen = false;
  /** A new build is looked for, and taken over, only between visitors (src/kiosk/offline.ts). */
  updates: KioskUpdates = { check: () => undefined, applyIfReady: () => undefined };
  private lastInput = performance.now();
  private summaryUntil = 0;
  private counted = false;
  private countdown: Countdown | null = null;
  private closeAttract: (() => void) | null = null;
  private store!: GameStore;
  private baseLevel!: Level;
  private ui!: UiContext;
  private timer = 0;
  private dayLevel: { seconds: number | null; level: Level } | null = null;

  constructor(
    public config: KioskConfig,
    private readonly storage: Storage | null,
    readonly tally = new TallyStore(storage),
  ) {}

  start(store: GameStore, game: Phaser.Game, ui: UiContext): void {
    this.store = store;
    this.ui = ui;
    const level = store.getState().level;
    if (!level) return;
    this.baseLevel = level;
    this.countdown = createCountdown(ui.t, () => this.markInput());
    attachBot(game, store, () => this.mode === 'attract');
    for (const type of INPUT_EVENTS) window.addEventListener(type, this.markInput, { capture: true, passive: true });
    // Count a visitor once, when their day ends (by itself, by "Done" or by the idle reset).
    store.subscribe(
      (s) => s.phase,
      (phase) => {
        if (phase === 'ended' && this.mode !== 'attract') this.countSession();
      },
    );
    this.timer = window.setInterval(() => this.tick(), TICK_MS);
    this.startAttract();
  }

  /** The ended screen in kiosk mode: nothing during the attract loop, else the short debrief. */
  renderEnded = (root: HTMLElement, ui: UiContext): (() => void) => {
    if (this.mode === 'attract') return () => undefined;
    // Counted before the tally is shown, so it includes this visitor.
    this.countSession();
    return renderKioskDebrief(root, ui, {
      tally: this.tally.read(),
      closing: this.mode === 'summary',
      playAgain: () => this.startVisitor(this.store.getState().lang),
      done: () => this.resetToAttract(),
      guessed: (right) => this.tally.guess(right),
    });
  };

  markInput = (): void => {
    this.lastInput = performance.now();
  };

  /** Staff changed the settings: they apply from the next day on. */
  applyConfig(config: KioskConfig): void {
    this.config = config;
    if (this.mode === 'attract') this.resetToAttract();
  }

  /** A visitor starts: in the language and text level they touched, else the kiosk's defaults. */
  startVisitor(lang: Lang | null, textLevel: TextLevel | null = null): void {
    this.closeAttract?.();
    this.closeAttract = null;
    this.countdown?.hide();
    this.mode = 'visitor';
    this.counted = false;
    this.sessions++;
    this.markInput();
    const { store } = this;
    store.getState().backToMenu();
    store.getState().setLang(lang ?? this.config.defaultLang);
    store.getState().setTextLevel(textLevel ?? this.config.defaultTextLevel);
    this.newDay();
  }

  /** Ends the visitor's time: the summary shows briefly, then everything is cleared. */
  endSession(): void {
    this.countdown?.hide();
    const { phase } = this.store.getState();
    if (phase === 'playing' || phase === 'paused') {
      this.mode = 'summary';
      this.summaryUntil = performance.now() + this.config.summarySeconds * 1000;
      this.store.getState().endDay();
    } else {
      this.resetToAttract();
    }
  }

  /** Forgets the visitor and returns to the attract loop. Also the way back after any error. */
  resetToAttract(): void {
    this.countdown?.hide();
    if (this.mode !== 'attract') this.countSession();
    this.mode = 'attract';
    this.store.getState().backToMenu();
    this.store.getState().setLang(this.config.defaultLang);
    this.store.getState().setTextLevel(this.config.defaultTextLevel);
    this.forgetVisitor();
    this.startAttract();
  }

  /** Back to the attract loop after an error; counted for the console record. */
  recover(): void {
    this.recoveries++;
    this.resetToAttract();
  }

  stop(): void {
    window.clearInterval(this.timer);
    for (const type of INPUT_EVENTS) window.removeEventListener(type, this.markInput, { capture: true });
    this.countdown?.destroy();
    this.closeAttract?.();
  }

  private startAttract(): void {
    this.mode = 'attract';
    // Nobody is playing: the moment to swap to a new build, and to look for one.
    this.updates.applyIfReady();
    this.updates.check();
    this.newDay();
    if (!this.closeAttract) this.closeAttract = renderAttract((lang, textLevel) => this.startVisitor(lang, textLevel), this.config.defaultLang, this.config.simpleTextButtons);
  }

  private newDay(): void {
    const days = this.config.dayLengthSeconds;
    // One level object per day length, so the store keeps the same one from day to day.
    if (this.dayLevel?.seconds !== days) {
      const level = days ? { ...this.baseLevel, district: { ...this.baseLevel.district, dayLengthSeconds: days } } : this.baseLevel;
      this.dayLevel = { seconds: days, level };
    }
    const { level } = this.dayLevel;
    if (this.store.getState().level !== level) this.store.getState().setLevel(level);
    this.store.getState().startDay();
  }

  private countSession(): void {
    if (this.counted) return;
    this.counted = true;
    const day = this.store.getState().day;
    if (day) this.tally.add(sessionFacts(day.records.map((r) => r.action)));
  }

  /** Nothing of the visitor stays: no day, no log, no language choice, nothing in storage but the tally and staff settings. */
  private forgetVisitor(): void {
    try {
      this.storage?.removeItem(SETTINGS_KEY);
      window.sessionStorage?.clear();
    } catch {
      /* blocked storage holds nothing either */
    }
  }

  private tick(): void {
    if (this.staffOpen) return;
    const now = performance.now();
    const { phase } = this.store.getState();
    if (this.mode === 'attract') {
      // The bot's day ran out (or something sent it to the menu): a fresh one.
      if (phase === 'ended' || phase === 'menu') this.startAttract();
      return;
    }
    if (this.mode === 'summary') {
      if (now >= this.summaryUntil) this.resetToAttract();
      return;
    }
    const stage = idleStage(this.lastInput, now, this.config);
    if (stage.stage === 'active') this.countdown?.hide();
    else if (stage.stage === 'countdown') this.countdown?.show(stage.secondsLeft);
    else this.endSession();
  }
}
