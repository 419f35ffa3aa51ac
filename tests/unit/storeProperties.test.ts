// The store under random use, as the views drive it: reports, ticks, pauses,
// language switches, ends and new days in any order. Whatever happens, it
// keeps its promises.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { replay } from '../../src/core/day';
import { tierFor } from '../../src/core/tiers';
import { createGameStore, type Report } from '../../src/store/gameStore';
import { loadLevel } from './helpers/level';

const level = loadLevel();
const stationIds = level.district.stations.map((s) => s.id);

type Command =
  | { do: 'report'; event: Report }
  | { do: 'tick'; seconds: number }
  | { do: 'pause' | 'resume' | 'endDay' | 'startDay' | 'backToMenu' }
  | { do: 'lang'; lang: 'de' | 'en' };

const station = fc.constantFrom(...stationIds);
const report: fc.Arbitrary<Report> = fc.oneof(
  fc.record({ type: fc.constant('crossed' as const), station, waited: fc.integer({ min: 0, max: 20 }) }),
  fc.record({ type: fc.constant('requested' as const), station }),
  fc.record({ type: fc.constant('arrived' as const), station }),
  fc.record({ type: fc.constant('seen' as const), station }),
  fc.record({ type: fc.constant('againstFlow' as const), station, seconds: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ type: fc.constant('lingered' as const), station, seconds: fc.integer({ min: 0, max: 12 }) }),
);
const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 8, arbitrary: report.map((event) => ({ do: 'report' as const, event })) },
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 400 }).map((n) => ({ do: 'tick' as const, seconds: n / 10 })) },
  { weight: 1, arbitrary: fc.constantFrom('pause', 'resume', 'endDay', 'startDay', 'backToMenu').map((d) => ({ do: d }) as Command) },
  { weight: 1, arbitrary: fc.constantFrom('de', 'en').map((lang) => ({ do: 'lang' as const, lang })) },
);

describe('the store under random use', () => {
  it('keeps score in range, tier = tierFor(score), clock ≤ day length, a fresh seq per batch, and its log replays the day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.array(command, { maxLength: 120 }), (seed, commands) => {
        const store = createGameStore({ lang: 'en' });
        store.getState().setLevel(level);
        store.getState().startDay(seed);
        let lastSeq = store.getState().notices.seq;
        let daySeed = seed;
        for (const c of commands) {
          const s = store.getState();
          switch (c.do) {
            case 'report':
              s.report(c.event);
              break;
            case 'tick':
              s.tick(c.seconds);
              break;
            case 'lang':
              s.setLang(c.lang);
              break;
            case 'startDay':
              daySeed = (daySeed + 1) % 2 ** 31;
              s.startDay(daySeed);
              break;
            default:
              s[c.do]();
          }
          const after = store.getState();
          expect(['menu', 'playing', 'paused', 'ended']).toContain(after.phase);
          expect(after.notices.seq).toBeGreaterThanOrEqual(lastSeq);
          lastSeq = after.notices.seq;
          const day = after.day;
          if (!day) continue;
          expect(day.score).toBeGreaterThanOrEqual(level.catalogue.score.min);
          expect(day.score).toBeLessThanOrEqual(level.catalogue.score.max);
          expect(day.tier).toBe(tierFor(day.score, level.catalogue).id);
          expect(day.clock).toBeLessThanOrEqual(level.district.dayLengthSeconds);
          expect(after.phase === 'ended').toBe(day.ended);
        }
        // Whatever happened, the current day replays from its seed and log.
        const { day, log } = store.getState();
        if (day) {
          const replayed = replay(level, day.seed, log);
          expect(replayed.records).toEqual(day.records);
          expect(replayed.score).toBe(day.score);
          expect(replayed.errands).toEqual(day.errands);
          expect(replayed.ended).toBe(day.ended);
        }
      }),
      { numRuns: 150 },
    );
  });
});
