import type { Catalogue, DayState, PlayerEvent, SanctionEffect, StationDef, StationMemory } from '../types';

/** What a station made of an event: catalogue actions to apply, and its new memory. */
export interface Resolution {
  outcomes: { action: string; vars?: Record<string, string | number> }[];
  memory?: StationMemory;
  /** What this event means for an errand at the station: done (default), failed, or not yet. */
  errand?: 'done' | 'failed' | 'none';
  /** The player put on (or took off) a disguise. */
  disguised?: boolean;
  /** The random state after any draws the station made. */
  rng?: number;
}

/** A station that ignores an event: no record, and no errand settled by it. */
export const NOTHING: Resolution = { outcomes: [], errand: 'none' };

export interface ResolveContext {
  state: DayState;
  catalogue: Catalogue;
  memory: StationMemory;
}

export type Resolver<S extends StationDef = StationDef> = (
  station: S,
  event: Exclude<PlayerEvent, { type: 'tick' | 'ended' }>,
  ctx: ResolveContext,
) => Resolution;

/** True when one of the player's active sanctions has this effect. */
export function sanctionActive(ctx: ResolveContext, effect: SanctionEffect): boolean {
  return ctx.catalogue.sanctions.some((s) => s.effect === effect && ctx.state.sanctions.includes(s.id));
}

/** True when the station acted less than `seconds` ago. */
export function withinCooldown(memory: StationMemory, t: number, seconds: number): boolean {
  return memory.lastAt !== null && t - memory.lastAt < seconds;
}
