// The control desk's own small store, so the citizen's store stays as it is.
// It holds the desk level and the shift, calls the pure core (src/core/desk)
// and publishes its notices for the scene and the DOM.
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
// Straight from the modules, not the desk's index: the index also pulls in the
// file check (valibot schemas), which only the desk's own chunk needs.
import { createShift, stepShift } from '../core/desk/shift';
import type { DeskLevel, ShiftEvent, ShiftNotice, ShiftState } from '../core/desk/types';
import type { DeskResultOrErrors } from '../core/desk/validate';

/** off: the citizen's game shows; the rest are the desk's own screens. */
export type DeskPhase = 'off' | 'loading' | 'briefing' | 'shift' | 'debrief' | 'error';

export interface DeskState {
  phase: DeskPhase;
  desk: DeskLevel | null;
  shift: ShiftState | null;
  /** Latest batch of notices from the core, numbered so views never miss or repeat one. */
  notices: { seq: number; items: ShiftNotice[] };
  /** The supervisor's latest line (a key under desk.supervisor) and its tone. */
  supervisor: { line: string; mood: 'neutral' | 'praise' | 'pressure' } | null;
  errors: string[];
  /** Counts the shifts started in this page, so the scene can tell a new one. */
  shiftNumber: number;
  /** A paused shift's clock stands still and takes no decisions. */
  paused: boolean;

  /** Opens the desk: loads its level file (once) and shows the briefing. */
  open(load: () => Promise<DeskResultOrErrors>): Promise<void>;
  startShift(seed?: number): void;
  decide(decision: 'confirm' | 'dismiss'): void;
  /** Advances the shift clock by real seconds; does nothing unless a shift runs. */
  tick(seconds: number): void;
  setPaused(paused: boolean): void;
  close(): void;
}

export type DeskStore = ReturnType<typeof createDeskStore>;

export function createDeskStore() {
  return createStore<DeskState>()(
    subscribeWithSelector((set, get) => {
      const apply = (event: ShiftEvent) => {
        const { shift, desk, notices, supervisor } = get();
        if (!shift || !desk) return;
        const result = stepShift(shift, event, desk);
        const changes: Partial<DeskState> = { shift: result.state };
        if (result.notices.length > 0) {
          changes.notices = { seq: notices.seq + 1, items: result.notices };
          const said = result.notices.filter((n) => n.type === 'SupervisorSaid').at(-1);
          changes.supervisor = said ? { line: said.line, mood: said.mood } : supervisor;
        }
        if (result.state.ended) changes.phase = 'debrief';
        set(changes);
      };

      return {
        phase: 'off',
        desk: null,
        shift: null,
        notices: { seq: 0, items: [] },
        supervisor: null,
        errors: [],
        shiftNumber: 0,
        paused: false,

        open: async (load) => {
          if (get().desk) {
            set({ phase: 'briefing' });
            return;
          }
          set({ phase: 'loading', errors: [] });
          const result = await load();
          if (get().phase !== 'loading') return; // closed meanwhile
          if (result.ok) set({ desk: result.desk, phase: 'briefing' });
          else set({ errors: result.errors, phase: 'error' });
        },
        startShift: (seed) => {
          const { desk } = get();
          if (!desk) return;
          const shiftSeed = seed ?? Math.floor(Math.random() * 2 ** 31);
          set({ shift: createShift(desk, shiftSeed), phase: 'shift', supervisor: null, paused: false, shiftNumber: get().shiftNumber + 1 });
        },
        decide: (decision) => {
          if (get().phase === 'shift' && !get().paused) apply({ type: 'decide', decision });
        },
        tick: (seconds) => {
          if (get().phase === 'shift' && !get().paused && seconds > 0) apply({ type: 'tick', seconds });
        },
        setPaused: (paused) => {
          if (get().phase === 'shift') set({ paused });
        },
        close: () => set({ phase: 'off', paused: false }),
      };
    }),
  );
}
