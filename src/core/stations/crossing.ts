// Crossing with a shaming monitor (F14) and a fine on the phone (F13, S03).
import type { CrossingParams, StationOf } from '../types';
import { NOTHING, type Resolver } from './resolver';

export type Light = 'green' | 'red';

/** The light is a pure function of time, so the scene draws exactly what the rules judge. */
export function lightAt(params: CrossingParams, t: number): Light {
  const cycle = params.greenSeconds + params.redSeconds;
  const phase = (((t + params.offsetSeconds) % cycle) + cycle) % cycle;
  return phase < params.greenSeconds ? 'green' : 'red';
}

/** Seconds until the light next changes (for the countdown on the pole). */
export function secondsToChange(params: CrossingParams, t: number): number {
  const cycle = params.greenSeconds + params.redSeconds;
  const phase = (((t + params.offsetSeconds) % cycle) + cycle) % cycle;
  return phase < params.greenSeconds ? params.greenSeconds - phase : cycle - phase;
}

export const resolveCrossing: Resolver<StationOf<'crossing'>> = (station, event, ctx) => {
  if (event.type !== 'crossed') return NOTHING;
  const light = lightAt(station.params, event.t);
  const memory = { lastAt: event.t, count: ctx.memory.count + 1 };
  if (light === 'red') return { outcomes: [{ action: 'jaywalk' }], memory };
  if (event.waited >= station.params.waitSeconds) {
    return { outcomes: [{ action: 'wait-green', vars: { seconds: Math.round(event.waited) } }], memory };
  }
  return { outcomes: [], memory };
};
