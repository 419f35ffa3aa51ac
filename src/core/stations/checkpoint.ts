// Phone checkpoint (F18): police read phones on the spot with a portable
// scanner. Who is picked, and what the scanner claims to find, is drawn from
// the day's seeded random numbers, so a replay picks the same.
import { nextRandom } from '../rng';
import type { StationOf } from '../types';
import { NOTHING, sanctionActive, type Resolver } from './resolver';

/** What a scan "finds"; text keys `finding.<id>`. */
export const FINDINGS = ['vpn', 'foreign-news', 'prayer-app', 'group-chat'] as const;

export const resolveCheckpoint: Resolver<StationOf<'checkpoint'>> = (station, event, ctx) => {
  if (event.type !== 'arrived') return NOTHING;
  let rng = ctx.state.rng;
  const draw = (): number => {
    const [value, next] = nextRandom(rng);
    rng = next;
    return value;
  };
  const memory = { lastAt: event.t, count: ctx.memory.count + 1 };
  const picked = sanctionActive(ctx, 'search-phone') || draw() < station.params.searchShare;
  if (!picked) return { outcomes: [], memory, rng };
  if (draw() < station.params.flagShare) {
    const finding = FINDINGS[Math.floor(draw() * FINDINGS.length)] ?? 'vpn';
    return { outcomes: [{ action: 'phone-flagged', vars: { finding } }], memory, rng };
  }
  return { outcomes: [{ action: 'phone-searched' }], memory, rng };
};
