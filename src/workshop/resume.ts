// Resuming a day after the tab was closed: the workshop settings, the seed and
// the player's event log (the core replays the day from them), and the answers
// to part 1 of the source check with their form order (so the result code can
// still compare before and after), kept in localStorage under its own key and
// removed when the day ends. Nothing else about the player is stored. Every
// read is checked; anything odd is dropped.
import { CHECK_LABELS } from '../content/labels';
import type { Answers, FormOrder } from '../core/check';
import type { PlayerEvent } from '../core/types';

export const RESUME_KEY = 'punktestand.resume';
const VERSION = 1;
const MAX_CHARS = 200_000;
const EVENT_TYPES = new Set(['tick', 'crossed', 'requested', 'againstFlow', 'arrived', 'seen', 'lingered', 'ended']);

export interface SavedDay {
  version: typeof VERSION;
  /** The workshop link's query (settings), so a resume only happens under the same settings. */
  settings: string;
  levelId: string;
  seed: number;
  clock: number;
  log: PlayerEvent[];
  /** Part 1 of the source check, when it was asked before the day (null answers: skipped). */
  check?: { order: FormOrder; before: Answers | null };
}

/** At most this many answers: a form has at most six statements. */
const MAX_ANSWERS = 6;

function isCheck(value: unknown): value is SavedDay['check'] {
  if (!value || typeof value !== 'object') return false;
  const { order, before } = value as Record<string, unknown>;
  if (order !== 'AB' && order !== 'BA') return false;
  if (before === null) return true;
  return Array.isArray(before) && before.length <= MAX_ANSWERS && before.every((a) => a === null || (CHECK_LABELS as readonly unknown[]).includes(a));
}

function isEvent(value: unknown): value is PlayerEvent {
  if (!value || typeof value !== 'object') return false;
  const e = value as Record<string, unknown>;
  return typeof e.type === 'string' && EVENT_TYPES.has(e.type) && typeof e.t === 'number' && Number.isFinite(e.t);
}

export function readSavedDay(storage: Storage | null): SavedDay | null {
  let raw: string | null;
  try {
    raw = storage?.getItem(RESUME_KEY) ?? null;
  } catch {
    return null;
  }
  if (raw === null) return null;
  try {
    if (raw.length > MAX_CHARS) throw new Error('too large');
    const parsed = JSON.parse(raw) as Record<string, unknown>;
    const { version, settings, levelId, seed, clock, log, check } = parsed;
    if (version !== VERSION || typeof settings !== 'string' || typeof levelId !== 'string') throw new Error('bad header');
    if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed >= 2 ** 31) throw new Error('bad seed');
    if (typeof clock !== 'number' || !Number.isFinite(clock) || clock < 0) throw new Error('bad clock');
    if (!Array.isArray(log) || !log.every(isEvent)) throw new Error('bad log');
    if (check !== undefined && !isCheck(check)) throw new Error('bad check');
    return { version: VERSION, settings, levelId, seed, clock, log, ...(check ? { check } : {}) };
  } catch {
    clearSavedDay(storage);
    return null;
  }
}

export function saveDay(storage: Storage | null, day: Omit<SavedDay, 'version'>): void {
  try {
    storage?.setItem(RESUME_KEY, JSON.stringify({ version: VERSION, ...day }));
  } catch {
    // A full or blocked storage only costs the resume, never the game.
  }
}

export function clearSavedDay(storage: Storage | null): void {
  try {
    storage?.removeItem(RESUME_KEY);
  } catch {
    /* nothing to do */
  }
}
