// How the player walks, and what the rules make of their speed. The tracker
// judges "standing at the kerb" and "walking against the crowd" as shares of
// the level's walking speed, so a level that makes the player slower (a
// museum's calmer pace) keeps the same rules instead of a player who can
// never walk fast enough to count as walking.
import type { PlayerParams } from './types';

export const PLAYER_DEFAULTS: PlayerParams = { speed: 150 };

/** Below a sixth of the walking speed the player counts as standing (25 px/s at 150). */
export function standingSpeed(player: PlayerParams): number {
  return player.speed / 6;
}

/** At least 4/15 of the walking speed counts as walking (40 px/s at 150). */
export function walkingSpeed(player: PlayerParams): number {
  return (player.speed * 4) / 15;
}

/** Pixels the player may walk this frame. */
export function stepLength(player: PlayerParams, dt: number): number {
  return player.speed * dt;
}
