// A traffic offence nearby (F13, F19): the driver's ticket reaches their phone
// within seconds, the car's GPS tracker has logged the route, and the camera
// logs the player as a witness. For a short while the player may report the
// driver and earn points (the game's invention, S07).
import type { StationOf } from '../types';
import { NOTHING, type Resolver } from './resolver';

export const resolveWitness: Resolver<StationOf<'witness'>> = (station, event, ctx) => {
  if (event.type === 'seen') {
    return { outcomes: [{ action: 'car-ticket' }], memory: { lastAt: event.t, count: ctx.memory.count }, errand: 'none' };
  }
  if (event.type === 'requested') {
    const last = ctx.memory.lastAt;
    if (last === null || event.t - last > station.params.reportSeconds) return { outcomes: [], errand: 'none' };
    // One report per offence: forget the offence once reported.
    return { outcomes: [{ action: 'reported-other' }], memory: { lastAt: null, count: ctx.memory.count + 1 }, errand: 'none' };
  }
  return NOTHING;
};
