// Toilet-paper dispenser with a face scan (F12): a fixed length per person,
// a second request too soon is refused and logged; at a low tier it refuses
// altogether (the game's own exaggeration, S01).
import type { StationOf } from '../types';
import { NOTHING, sanctionActive, withinCooldown, type Resolver } from './resolver';

export const resolveDispenser: Resolver<StationOf<'dispenser'>> = (station, event, ctx) => {
  if (event.type !== 'requested') return NOTHING;
  const { lengthCm, cooldownSeconds } = station.params;
  const count = ctx.memory.count + 1;
  if (sanctionActive(ctx, 'refuse-paper')) {
    return { outcomes: [{ action: 'paper-sanctioned', vars: { cm: 0 } }], memory: { ...ctx.memory, count } };
  }
  if (withinCooldown(ctx.memory, event.t, cooldownSeconds)) {
    const wait = Math.ceil(cooldownSeconds - (event.t - (ctx.memory.lastAt ?? 0)));
    return { outcomes: [{ action: 'paper-again', vars: { cm: 0, wait } }], memory: { ...ctx.memory, count } };
  }
  return { outcomes: [{ action: 'paper-granted', vars: { cm: lengthCm } }], memory: { lastAt: event.t, count } };
};
