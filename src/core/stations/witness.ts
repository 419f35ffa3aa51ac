// A traffic offence nearby (F13, F19): the driver's ticket reaches their phone
// within seconds, the car's GPS tracker has logged the route, and the camera
// logs the player as a witness. For a short while the player may report the
// driver and earn points (the game's invention, S07).
//
// When offences happen, who counts as a witness and how long a report is
// taken are decided here; the traffic view only moves the cars.
import { containsPoint } from '../geometry';
import type { Point, StationMemory, StationOf, WitnessParams } from '../types';
import { NOTHING, type Resolver } from './resolver';

/**
 * How many offences the city has staged by day time t: one every
 * `offenceEverySeconds`, the first after one full interval. The traffic view
 * marks a car to run the next red light each time this count goes up.
 */
export function offencesStagedBy(params: WitnessParams, t: number): number {
  return t <= 0 ? 0 : Math.floor(t / params.offenceEverySeconds);
}

/** Whether the player, standing here, witnesses an offence (and is logged by the traffic camera). */
export function witnesses(station: Pick<StationOf<'witness'>, 'area'>, player: Point): boolean {
  return containsPoint(station.area, player);
}

/**
 * Whether a report now would be taken: a witnessed offence, not yet reported,
 * at most `reportSeconds` ago. The rules below and the action button ask this
 * same function, so the button never offers a report the city would ignore.
 */
export function reportWindowOpen(params: WitnessParams, memory: StationMemory | undefined, t: number): boolean {
  const last = memory?.lastAt ?? null;
  return last !== null && t - last <= params.reportSeconds;
}

export const resolveWitness: Resolver<StationOf<'witness'>> = (station, event, ctx) => {
  if (event.type === 'seen') {
    return { outcomes: [{ action: 'car-ticket' }], memory: { lastAt: event.t, count: ctx.memory.count }, errand: 'none' };
  }
  if (event.type === 'requested') {
    if (!reportWindowOpen(station.params, ctx.memory, event.t)) return { outcomes: [], errand: 'none' };
    // One report per offence: forget the offence once reported.
    return { outcomes: [{ action: 'reported-other' }], memory: { lastAt: null, count: ctx.memory.count + 1 }, errand: 'none' };
  }
  return NOTHING;
};
