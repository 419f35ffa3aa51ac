// Plaza under crowd analysis (F06, F10): walking against the flow for long
// enough is classified as abnormal and raises an alarm. The view measures how
// long the player has walked against the flow; the rule decides what counts.
import type { StationOf } from '../types';
import { NOTHING, withinCooldown, type Resolver } from './resolver';

export const resolvePlaza: Resolver<StationOf<'plaza'>> = (station, event, ctx) => {
  if (event.type !== 'againstFlow') return NOTHING;
  const { againstSeconds, cooldownSeconds } = station.params;
  if (event.seconds < againstSeconds) return NOTHING;
  if (withinCooldown(ctx.memory, event.t, cooldownSeconds)) return NOTHING;
  return {
    outcomes: [{ action: 'abnormal-movement', vars: { seconds: Math.round(event.seconds * 10) / 10 } }],
    memory: { lastAt: event.t, count: ctx.memory.count + 1 },
  };
};
