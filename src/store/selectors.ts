// Small derived views of the store, shared by the HUD, scenes and tests.
import type { DistrictDef } from '../core/types';
import type { GameState } from './gameStore';

/** Minutes after midnight shown on the day clock. */
export function clockMinutes(state: Pick<GameState, 'day' | 'level'>): number {
  const { day, level } = state;
  if (!day || !level) return 0;
  return inWorldMinutes(level.district, day.clock);
}

export function inWorldMinutes(district: DistrictDef, seconds: number): number {
  const { startMinute, endMinute } = district.clock;
  return startMinute + (endMinute - startMinute) * Math.min(1, seconds / district.dayLengthSeconds);
}

const NO_EFFECTS: ReadonlySet<string> = new Set();
/** Last answer, keyed by the (immutable) sanctions list and catalogue it came from. */
let effectsCache: { sanctions: readonly string[]; catalogue: unknown; effects: ReadonlySet<string> } | null = null;

/**
 * The effects of the sanctions in force. The city asks several times a frame
 * (gate, patrol, billboard, crowd), so the set is built only when the day's
 * sanctions list changes: the store replaces that array on every change and
 * keeps it otherwise.
 */
export function activeEffects(state: Pick<GameState, 'day' | 'level'>): ReadonlySet<string> {
  const { day, level } = state;
  if (!day || !level) return NO_EFFECTS;
  const cached = effectsCache;
  if (cached && cached.sanctions === day.sanctions && cached.catalogue === level.catalogue) return cached.effects;
  const effects = new Set(level.catalogue.sanctions.filter((s) => day.sanctions.includes(s.id)).map((s) => s.effect));
  effectsCache = { sanctions: day.sanctions, catalogue: level.catalogue, effects };
  return effects;
}
