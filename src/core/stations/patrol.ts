// Police patrol with camera glasses (F17, F11): when the player walks into an
// officer's view, the glasses name them and pull up their file. With the
// police-attention sanction the officer also stops them for a check.
import type { StationOf } from '../types';
import { NOTHING, sanctionActive, withinCooldown, type Resolver } from './resolver';

export const resolvePatrol: Resolver<StationOf<'patrol'>> = (station, event, ctx) => {
  if (event.type !== 'seen') return NOTHING;
  if (withinCooldown(ctx.memory, event.t, station.params.cooldownSeconds)) return NOTHING;
  const action = sanctionActive(ctx, 'police-attention') ? 'patrol-stopped' : 'patrol-identified';
  return { outcomes: [{ action, vars: { records: ctx.state.records.length } }], memory: { lastAt: event.t, count: ctx.memory.count + 1 } };
};
