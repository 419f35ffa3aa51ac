// Stations where the player asks for something and pays with data:
// the "free health check" (F20), lunch paid by app (F23, F24, F25), the
// disguise stall (F21) and the gait camera that sees through it.
import type { StationOf } from '../types';
import { NOTHING, sanctionActive, withinCooldown, type Resolver } from './resolver';

/** Fingerprints, iris and a blood sample, offered as a kindness; taken once. */
export const resolveClinic: Resolver<StationOf<'clinic'>> = (_station, event, ctx) => {
  if (event.type !== 'requested') return event.type === 'arrived' ? { outcomes: [], errand: 'none' } : NOTHING;
  if (ctx.memory.count > 0) return { outcomes: [], errand: 'none' };
  return { outcomes: [{ action: 'health-check' }], memory: { lastAt: event.t, count: 1 } };
};

/** Lunch, paid with the app: what, where, when. A low grade means waiting first. */
export const resolveShop: Resolver<StationOf<'shop'>> = (station, event, ctx) => {
  if (event.type !== 'requested') return event.type === 'arrived' ? { outcomes: [], errand: 'none' } : NOTHING;
  if (ctx.memory.count > 0) return { outcomes: [], errand: 'none' }; // one lunch a day
  const delay = station.params.delaySeconds;
  if (sanctionActive(ctx, 'slow-service')) {
    const asked = ctx.memory.lastAt;
    if (asked === null || event.t - asked > delay * 4) {
      return { outcomes: [{ action: 'service-delayed', vars: { wait: delay } }], memory: { lastAt: event.t, count: ctx.memory.count }, errand: 'none' };
    }
    if (event.t - asked < delay) {
      return { outcomes: [], errand: 'none' };
    }
  }
  return { outcomes: [{ action: 'payment-logged' }], memory: { lastAt: event.t, count: 1 } };
};

export const resolveDisguise: Resolver<StationOf<'disguise'>> = (_station, event, ctx) => {
  if (event.type !== 'requested' || ctx.state.disguised) return NOTHING;
  return { outcomes: [{ action: 'disguise-worn' }], memory: { lastAt: event.t, count: ctx.memory.count + 1 }, disguised: true };
};

/** Gait recognition: a covered face does not help, the company says (F21, a claim). */
export const resolveGait: Resolver<StationOf<'gait'>> = (_station, event, ctx) => {
  if (event.type !== 'arrived' || !ctx.state.disguised) return NOTHING;
  if (withinCooldown(ctx.memory, event.t, 20)) return NOTHING;
  return { outcomes: [{ action: 'gait-match' }], memory: { lastAt: event.t, count: ctx.memory.count + 1 } };
};
