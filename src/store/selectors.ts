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

export function activeEffects(state: Pick<GameState, 'day' | 'level'>): Set<string> {
  const { day, level } = state;
  if (!day || !level) return new Set();
  return new Set(level.catalogue.sanctions.filter((s) => day.sanctions.includes(s.id)).map((s) => s.effect));
}
