// The people in the street and on the plaza: their public scores (F03) and
// how they keep away from a player whose grade makes them avoid him (the
// npcs-avoid sanction, S05). The views move and draw them; these numbers say
// where the city's rules put them.
import type { PassersByParams } from './types';

export const PASSERS_BY_DEFAULTS: PassersByParams = {
  scoreCentre: 968,
  scoreSpread: 320,
  avoidRadiusM: 1.6,
  stepAwayPx: 110,
  stepAwaySpeedFactor: 1.6,
};

/** How much room the plaza crowd gives a player without the sanction: a body's width (m). */
export const PLAYER_RADIUS_M = 0.35;

/**
 * A passer-by's public score from one uniform draw `u` in [0, 1): most are
 * fine, a few are not. Whole points, like the player's.
 */
export function passerByScore(params: PassersByParams, u: number): number {
  return Math.round(params.scoreCentre + (u - 0.5) * params.scoreSpread);
}

/** The room (m) the plaza crowd leaves around the player. */
export function crowdBerthM(params: PassersByParams, avoided: boolean): number {
  return avoided ? params.avoidRadiusM : PLAYER_RADIUS_M;
}

/** Whether someone on the pavement this far (px) from the player steps away from them. */
export function stepsAway(params: PassersByParams, distance: number, avoided: boolean): boolean {
  return avoided && distance > 0 && distance < params.stepAwayPx;
}
