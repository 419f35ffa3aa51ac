// The one store: it holds the core's day state and calls the core. Scenes and
// the DOM read it and report what the player did; none of them changes the
// score themselves.
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { createDay, replay, step } from '../core/day';
import type { CoreNotice, DayState, Level, PlayerEvent } from '../core/types';
import { setTextLevel, type Lang, type TextLevel } from '../i18n';

export type Phase = 'loading' | 'menu' | 'playing' | 'paused' | 'ended' | 'error';

/** A player event before the store stamps it with the day's clock. */
export type Report = PlayerEvent extends infer E ? (E extends PlayerEvent ? Omit<E, 't'> : never) : never;

export interface GameState {
  phase: Phase;
  lang: Lang;
  /** Standard or simple texts (issue 19); like the language, every screen reads it. */
  textLevel: TextLevel;
  level: Level | null;
  day: DayState | null;
  /** Everything the player did today, in order: with the seed it replays the day. */
  log: PlayerEvent[];
  /** The latest batch of notices from the core, numbered so views never miss or repeat one. */
  notices: { seq: number; items: CoreNotice[] };
  errors: string[];
  /** Counts the days started in this page, so views can tell a new day from the old one. */
  dayNumber: number;
  /** Multiplies every score change (workshop setting). */
  deltaScale: number;
  /** View state shared by the scene and the DOM: what the player can use right here. */
  prompt: Prompt | null;
  /** A plain-text description of what is around the player, for screen readers. */
  surroundings: string;

  setLang(lang: Lang): void;
  /** Switches the text level; its texts must be loaded first (see ui/textLevelButtons). */
  setTextLevel(level: TextLevel): void;
  showErrors(errors: string[]): void;
  setLevel(level: Level): void;
  startDay(seed?: number): void;
  /** Continues a day saved on this device (workshop resume); starts paused. False when there is nothing left to play. */
  restoreDay(seed: number, log: PlayerEvent[], clock: number): boolean;
  report(event: Report): void;
  /** Advances the day clock by real seconds; does nothing unless playing. */
  tick(seconds: number): void;
  pause(): void;
  resume(): void;
  endDay(): void;
  backToMenu(): void;
  setPrompt(prompt: Prompt | null): void;
  setSurroundings(text: string): void;
}

/** Something the player can do where they stand, e.g. ask the dispenser for paper. */
export interface Prompt {
  station: string;
  /** Text key of the button label. */
  label: string;
}

export type GameStore = ReturnType<typeof createGameStore>;

/** What a screen must be redrawn for: the language and the text level together. */
export const textsShown = (s: GameState): string => `${s.lang}:${s.textLevel}`;

export function createGameStore(initial: { lang: Lang; textLevel?: TextLevel }) {
  setTextLevel(initial.textLevel ?? 'standard');
  return createStore<GameState>()(
    subscribeWithSelector((set, get) => {
      // Runs one event through the core and publishes what it said.
      const apply = (event: PlayerEvent, logged: boolean) => {
        const { day, level, log, notices, deltaScale } = get();
        if (!day || !level) return;
        const result = step(day, event, level, { deltaScale });
        const changes: Partial<GameState> = { day: result.state };
        // A day the clock ended is logged as ended, so seed + log replay it exactly.
        const entry: PlayerEvent | null = logged ? event : result.state.ended ? { type: 'ended', t: result.state.clock, reason: 'clock' } : null;
        if (entry) changes.log = [...log, entry];
        if (result.notices.length > 0) changes.notices = { seq: notices.seq + 1, items: result.notices };
        if (result.state.ended) changes.phase = 'ended';
        set(changes);
      };

      return {
        phase: 'loading',
        lang: initial.lang,
        textLevel: initial.textLevel ?? 'standard',
        level: null,
        day: null,
        log: [],
        notices: { seq: 0, items: [] },
        errors: [],
        dayNumber: 0,
        deltaScale: 1,
        prompt: null,
        surroundings: '',

        setLang: (lang) => set({ lang }),
        setTextLevel: (textLevel) => {
          // The lookups switch before any listener redraws.
          setTextLevel(textLevel);
          set({ textLevel });
        },
        showErrors: (errors) => set({ phase: 'error', errors }),
        setLevel: (level) => set({ level, phase: 'menu', errors: [] }),

        startDay: (seed) => {
          const { level } = get();
          if (!level) return;
          const daySeed = seed ?? Math.floor(Math.random() * 2 ** 31);
          set({ day: createDay(level, daySeed), log: [], phase: 'playing', prompt: null, dayNumber: get().dayNumber + 1 });
        },

        restoreDay: (seed, log, clock) => {
          const { level, deltaScale } = get();
          if (!level) return false;
          let day = replay(level, seed, log, { deltaScale });
          // Ticks are not logged; run the clock on to where the day stood.
          if (clock > day.clock) day = step(day, { type: 'tick', t: clock }, level, { deltaScale }).state;
          if (day.ended) return false;
          set({ day, log: [...log], phase: 'paused', prompt: null, dayNumber: get().dayNumber + 1 });
          return true;
        },

        report: (event) => {
          const { day, phase } = get();
          if (!day || phase !== 'playing') return;
          apply({ ...event, t: day.clock } as PlayerEvent, true);
        },

        tick: (seconds) => {
          const { day, phase } = get();
          if (!day || phase !== 'playing' || !(seconds > 0)) return;
          apply({ type: 'tick', t: day.clock + seconds }, false);
        },

        pause: () => {
          if (get().phase === 'playing') set({ phase: 'paused' });
        },
        resume: () => {
          if (get().phase === 'paused') set({ phase: 'playing' });
        },
        endDay: () => {
          const { day, phase } = get();
          if (!day || (phase !== 'playing' && phase !== 'paused')) return;
          set({ phase: 'playing' });
          apply({ type: 'ended', t: day.clock, reason: 'player' }, true);
        },
        backToMenu: () => set({ phase: 'menu', day: null, log: [], prompt: null }),
        setPrompt: (prompt) => {
          const current = get().prompt;
          if (current?.station === prompt?.station && current?.label === prompt?.label) return;
          set({ prompt });
        },
        setSurroundings: (text) => {
          if (get().surroundings !== text) set({ surroundings: text });
        },
      };
    }),
  );
}
