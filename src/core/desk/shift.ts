// A shift at the control desk as pure rules: (state, event) → (state, notices).
// The queue of flags is drawn from the seed, so a shift replays exactly from
// its seed and the operator's decisions.
import { nextRandom } from '../rng';
import { missesOf, praiseLine, pressureLine } from './supervisor';
import type { Decision, DecisionRecord, DeskLevel, FlagDef, ShiftEvent, ShiftFlag, ShiftNotice, ShiftState } from './types';

export function createShift(level: DeskLevel, seed: number): ShiftState {
  let rng = seed >>> 0;
  const draw = () => {
    const [value, next] = nextRandom(rng);
    rng = next;
    return value;
  };
  // Fisher-Yates over the flag pool, then take as many as one shift holds.
  const pool = level.flags.map((f) => f.id);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(draw() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as string, pool[i] as string];
  }
  const count = Math.min(level.flagsPerShift, pool.length);
  const queue: ShiftFlag[] = pool.slice(0, count).map((def, n) => ({ n, def, face: Math.floor(draw() * 2 ** 31) }));
  return { seed, clock: 0, queue, current: 0, openedAt: null, nextAt: level.gapSeconds, decisions: [], operatorScore: 0, quotaMet: false, ended: false };
}

export function flagDef(level: DeskLevel, id: string): FlagDef {
  const def = level.flags.find((f) => f.id === id);
  if (!def) throw new Error(`the shift names an unknown flag "${id}"`);
  return def;
}

/** The flag the operator must decide now, if one is open. */
export function openFlag(state: ShiftState): ShiftFlag | null {
  return state.openedAt === null || state.ended ? null : (state.queue[state.current] ?? null);
}

/** Seconds left on the open flag (0 when none is open). */
export function secondsLeft(state: ShiftState, level: DeskLevel): number {
  return state.openedAt === null ? 0 : Math.max(0, state.openedAt + level.decisionSeconds - state.clock);
}

export function confirmsSoFar(state: ShiftState): number {
  return state.decisions.filter((d) => d.decision === 'confirm').length;
}

export function stepShift(state: ShiftState, event: ShiftEvent, level: DeskLevel): { state: ShiftState; notices: ShiftNotice[] } {
  if (state.ended) return { state, notices: [] };
  const notices: ShiftNotice[] = [];
  let s = state;
  if (event.type === 'decide') {
    if (openFlag(s)) s = decide(s, event.decision, level, notices);
    return { state: s, notices };
  }
  if (!(event.seconds > 0)) return { state: s, notices };
  // Walk the clock forward one deadline at a time, so a long frame can neither skip a flag nor time two out at once by mistake.
  let remaining = event.seconds;
  while (remaining > 0 && !s.ended) {
    const deadline = s.openedAt === null ? s.nextAt : s.openedAt + level.decisionSeconds;
    const stepBy = Math.min(remaining, Math.max(0, deadline - s.clock));
    s = { ...s, clock: s.clock + stepBy };
    remaining -= stepBy;
    if (s.clock < deadline) break;
    if (s.openedAt === null) {
      if (s.current === 0 && s.decisions.length === 0) notices.push({ type: 'SupervisorSaid', line: level.supervisor.start, mood: 'neutral' });
      s = { ...s, openedAt: s.clock };
      const flag = s.queue[s.current];
      if (flag) notices.push({ type: 'FlagRaised', flag });
    } else {
      s = decide(s, 'timeout', level, notices);
    }
  }
  return { state: s, notices };
}

function decide(state: ShiftState, decision: Decision, level: DeskLevel, notices: ShiftNotice[]): ShiftState {
  const flag = state.queue[state.current];
  if (!flag) return state;
  const delta = level.points[decision];
  const sanctioned = decision === 'confirm' || (decision === 'timeout' && level.onTimeout === 'auto-confirm');
  const record: DecisionRecord = { n: flag.n, def: flag.def, face: flag.face, decision, t: state.clock, delta, sanctioned };
  const decisions = [...state.decisions, record];
  const operatorScore = state.operatorScore + delta;
  notices.push({ type: 'Decided', record });

  const line = decision === 'confirm' ? praiseLine(level, operatorScore) : pressureLine(level, missesOf(decisions));
  if (line) notices.push({ type: 'SupervisorSaid', line, mood: decision === 'confirm' ? 'praise' : 'pressure' });

  let quotaMet = state.quotaMet;
  const confirms = decisions.filter((d) => d.decision === 'confirm').length;
  if (!quotaMet && confirms >= level.quota.confirms) {
    quotaMet = true;
    notices.push({ type: 'QuotaMet' }, { type: 'SupervisorSaid', line: level.supervisor.quotaMet, mood: 'praise' });
  }

  const current = state.current + 1;
  const ended = current >= state.queue.length;
  if (ended) {
    notices.push(
      { type: 'SupervisorSaid', line: quotaMet ? level.supervisor.end.met : level.supervisor.end.missed, mood: quotaMet ? 'praise' : 'pressure' },
      { type: 'ShiftEnded' },
    );
  }
  return { ...state, decisions, operatorScore, quotaMet, current, openedAt: null, nextAt: state.clock + level.gapSeconds, ended };
}

/** Replays a shift from its seed and the events in order (tests, and a check that a shift is data, not luck). */
export function replayShift(level: DeskLevel, seed: number, events: readonly ShiftEvent[]): ShiftState {
  let s = createShift(level, seed);
  for (const e of events) s = stepShift(s, e, level).state;
  return s;
}
