// Property tests: whatever a player does, in whatever order, the rules keep
// their promises: the score stays in range, every record names real facts,
// the tier follows the score, and a day replays exactly from seed and log.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { FACT_IDS } from '../../src/content/facts';
import { createDay, replay, step, type DayOptions } from '../../src/core/day';
import { tierFor } from '../../src/core/tiers';
import type { DayState, Level, PlayerEvent } from '../../src/core/types';
import { loadLevel } from './helpers/level';

const level: Level = loadLevel();
const { catalogue, district } = level;
const stationIds = district.stations.map((s) => s.id);

/** Mostly a station where the event means something, now and then any station or one that does not exist. */
const stationFor = (kind: string) => {
  const matching = district.stations.filter((s) => s.kind === kind).map((s) => s.id);
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...(matching.length > 0 ? matching : stationIds)) },
    { weight: 2, arbitrary: fc.constantFrom(...stationIds) },
    { weight: 1, arbitrary: fc.constant('no-such-station') },
  );
};
const anyStation = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...stationIds) }, { weight: 1, arbitrary: fc.constant('no-such-station') });
/** Tenths of a second mostly (fc.double alone clusters near 0), with odd doubles now and then. */
const tenths = (max: number) =>
  fc.oneof(
    { weight: 9, arbitrary: fc.integer({ min: 0, max: max * 10 }).map((n) => n / 10) },
    { weight: 1, arbitrary: fc.double({ min: 0, max, noNaN: true }) },
  );
const gap = tenths(8);
const seconds = tenths(20);

/** One event without its time; times are added in increasing order below. */
const eventShape = fc.oneof(
  { weight: 2, arbitrary: fc.record({ type: fc.constant('tick' as const) }) },
  { weight: 5, arbitrary: fc.record({ type: fc.constant('crossed' as const), station: stationFor('crossing'), waited: seconds }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('requested' as const), station: stationFor('dispenser') }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('againstFlow' as const), station: stationFor('plaza'), seconds }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('arrived' as const), station: anyStation }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('ended' as const), reason: fc.constantFrom('clock' as const, 'player' as const) }) },
);

/** A day's worth of events at non-decreasing times (the end of the day is usually reached). */
const eventLog = fc.array(fc.tuple(gap, eventShape), { maxLength: 80, size: 'max' }).map((items) => {
  let t = 0;
  return items.map(([dt, shape]) => {
    t += dt;
    return { ...shape, t } as PlayerEvent;
  });
});

const seed = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const options = fc.constantFrom<DayOptions>({}, { deltaScale: 1 }, { deltaScale: 2 }, { deltaScale: 3 });

function checkInvariants(state: DayState, previous: DayState): void {
  expect(state.score).toBeGreaterThanOrEqual(catalogue.score.min);
  expect(state.score).toBeLessThanOrEqual(catalogue.score.max);
  const tier = tierFor(state.score, catalogue);
  expect(state.tier).toBe(tier.id);
  expect(state.sanctions).toEqual(tier.sanctions);
  expect(state.clock).toBeGreaterThanOrEqual(previous.clock);
  expect(state.clock).toBeLessThanOrEqual(district.dayLengthSeconds);
  expect(state.history.at(-1)?.score).toBe(state.score);
}

describe('the generated days', () => {
  it('are not vacuous: most make records, many change the tier, many reach the end of the day', () => {
    const logs = fc.sample(eventLog, { numRuns: 200, seed: 20240 });
    let withRecords = 0;
    let withTierChange = 0;
    let ended = 0;
    for (const events of logs) {
      let state = createDay(level, 1);
      let changed = false;
      for (const event of events) {
        const result = step(state, event, level);
        state = result.state;
        changed ||= result.notices.some((n) => n.type === 'TierChanged');
      }
      if (state.records.length > 0) withRecords++;
      if (changed) withTierChange++;
      if (state.ended) ended++;
    }
    expect(withRecords / logs.length).toBeGreaterThan(0.7);
    expect(withTierChange / logs.length).toBeGreaterThan(0.4);
    expect(ended / logs.length).toBeGreaterThan(0.5);
  });
});

describe('any sequence of player events', () => {
  it('keeps the score in range, names real facts in every record, keeps the tier = tierFor(score)', () => {
    fc.assert(
      fc.property(seed, eventLog, options, (s, events, opts) => {
        let state = createDay(level, s);
        let running = state.score;
        for (const event of events) {
          const previous = state;
          const result = step(state, event, level, opts);
          state = result.state;
          checkInvariants(state, previous);

          const made = result.notices.flatMap((n) => (n.type === 'RecordMade' ? [n.record] : []));
          // Records are only ever appended, exactly those announced.
          expect(state.records.length).toBe(previous.records.length + made.length);
          expect(state.records.slice(0, previous.records.length).every((r, i) => r === previous.records[i])).toBe(true);
          expect(state.records.slice(previous.records.length)).toEqual(made);
          for (const record of made) {
            expect(record.facts.length).toBeGreaterThanOrEqual(1);
            for (const fact of record.facts) expect(FACT_IDS.has(fact), fact).toBe(true);
            const action = catalogue.actions.find((a) => a.id === record.action);
            const sensor = catalogue.sensors.find((x) => x.id === record.sensor);
            expect(action?.sensor).toBe(record.sensor);
            expect(record.facts).toEqual(expect.arrayContaining([...(action?.facts ?? []), ...(sensor?.facts ?? [])]));
            running += record.delta;
            expect(record.scoreAfter).toBe(running);
            expect(record.seq).toBe(state.records.indexOf(record) + 1);
          }
          expect(state.score).toBe(running);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('announces every tier change, and the sanctions imposed and lifted add up to the new tier', () => {
    fc.assert(
      fc.property(seed, eventLog, (s, events) => {
        let state = createDay(level, s);
        for (const event of events) {
          const before = state;
          const result = step(state, event, level);
          state = result.state;
          const changes = result.notices.filter((n) => n.type === 'TierChanged');
          if (state.tier === before.tier) {
            expect(changes).toEqual([]);
            continue;
          }
          expect(changes).toEqual([{ type: 'TierChanged', from: before.tier, to: state.tier, t: state.clock }]);
          const active = new Set(before.sanctions);
          for (const n of result.notices) {
            if (n.type === 'SanctionImposed') active.add(n.sanction);
            if (n.type === 'SanctionLifted') active.delete(n.sanction);
          }
          expect([...active].sort()).toEqual([...state.sanctions].sort());
        }
      }),
      { numRuns: 200 },
    );
  });

  it('replays to exactly the same state from the seed and the log', () => {
    fc.assert(
      fc.property(seed, eventLog, options, (s, events, opts) => {
        let state = createDay(level, s);
        for (const event of events) state = step(state, event, level, opts).state;
        expect(replay(level, s, events, opts)).toEqual(state);
      }),
      { numRuns: 200 },
    );
  });

  it('once ended, stays ended and changes nothing', () => {
    fc.assert(
      fc.property(seed, eventLog, eventLog, (s, before, after) => {
        let state = replay(level, s, [...before, { type: 'ended', t: before.at(-1)?.t ?? 0, reason: 'player' }]);
        const ended = state;
        for (const event of after) {
          const result = step(state, event, level);
          expect(result.notices).toEqual([]);
          state = result.state;
        }
        expect(state).toEqual(ended);
      }),
      { numRuns: 100 },
    );
  });
});
