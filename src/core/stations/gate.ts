// Face gate to the platforms (F08): every passenger's face is scanned. With
// the close-gate sanction (F04) it stays shut, and the train errand fails.
import type { StationOf } from '../types';
import { NOTHING, sanctionActive, type Resolver } from './resolver';

export const resolveGate: Resolver<StationOf<'gate'>> = (_station, event, ctx) => {
  if (event.type !== 'arrived') return NOTHING;
  const memory = { lastAt: event.t, count: ctx.memory.count + 1 };
  if (sanctionActive(ctx, 'close-gate')) {
    return { outcomes: [{ action: 'gate-closed' }], memory, errand: 'failed' };
  }
  return { outcomes: [{ action: 'gate-open' }], memory, errand: 'done' };
};
