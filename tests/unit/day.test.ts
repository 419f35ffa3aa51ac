// One day: start, errands, the clock running out, replay from seed and log,
// and the tiers with their sanctions switching on and off at the right scores.
import { describe, it, expect } from 'vitest';
import { createDay, replay, step } from '../../src/core/day';
import { lightAt } from '../../src/core/stations/crossing';
import { tierFor } from '../../src/core/tiers';
import type { CoreNotice, DayState, Level, PlayerEvent } from '../../src/core/types';
import { actionOf, cloneLevel, loadLevel, stationOf, tierAt } from './helpers/level';

const level: Level = loadLevel();
const { catalogue, district } = level;
const crossing = stationOf(district, 'crossing');
const dispenser = stationOf(district, 'dispenser');
const plaza = stationOf(district, 'plaza');

const firstTime = (light: 'red' | 'green', from = 0): number => {
  for (let t = from; t < district.dayLengthSeconds; t += 0.5) if (lightAt(crossing.params, t) === light) return t;
  throw new Error(`the light is never ${light}`);
};

function run(state: DayState, events: PlayerEvent[], on: Level = level): { state: DayState; notices: CoreNotice[] } {
  const notices: CoreNotice[] = [];
  for (const event of events) {
    const result = step(state, event, on);
    state = result.state;
    notices.push(...result.notices);
  }
  return { state, notices };
}

describe('the start of the day', () => {
  it('starts at the catalogue start score, in the tier for it, with its sanctions and every errand open', () => {
    const day = createDay(level, 42);
    const tier = tierFor(catalogue.score.start, catalogue);
    expect(day.score).toBe(catalogue.score.start);
    expect(day.tier).toBe(tier.id);
    expect(day.sanctions).toEqual(tier.sanctions);
    expect(day.clock).toBe(0);
    expect(day.ended).toBe(false);
    expect(day.records).toEqual([]);
    expect(day.history).toEqual([{ t: 0, score: catalogue.score.start }]);
    expect(Object.keys(day.errands).sort()).toEqual(district.errands.map((e) => e.id).sort());
    expect(Object.values(day.errands).every((s) => s === 'open')).toBe(true);
    expect(day.levelId).toBe(district.id);
  });

  it('is plain JSON: it survives a JSON round trip unchanged', () => {
    const day = run(createDay(level, 42), [{ type: 'crossed', t: firstTime('red'), station: crossing.id, waited: 0 }]).state;
    expect(JSON.parse(JSON.stringify(day))).toEqual(day);
  });
});

describe('the end of the day', () => {
  it('ends when the clock passes dayLengthSeconds: DayEnded, clock stops at the end, open errands failed', () => {
    let state = createDay(level, 1);
    // Lunch is done by paying at the market, not by walking in.
    state = step(state, { type: 'requested', t: 30, station: 'market' }, level).state;
    const { state: ended, notices } = step(state, { type: 'tick', t: district.dayLengthSeconds + 5 }, level);

    expect(ended.ended).toBe(true);
    expect(ended.endReason).toBe('clock');
    expect(ended.clock).toBe(district.dayLengthSeconds);
    expect(notices).toEqual([{ type: 'DayEnded', reason: 'clock', t: district.dayLengthSeconds }]);
    const lunch = district.errands.find((e) => e.station === 'market');
    for (const errand of district.errands) {
      expect(ended.errands[errand.id], errand.id).toBe(errand === lunch ? 'done' : 'failed');
    }
  });

  it('does not end one moment before dayLengthSeconds', () => {
    const { state, notices } = step(createDay(level, 1), { type: 'tick', t: district.dayLengthSeconds - 0.01 }, level);
    expect(state.ended).toBe(false);
    expect(notices).toEqual([]);
  });

  it('ends by the player with reason "player"', () => {
    const { state, notices } = step(createDay(level, 1), { type: 'ended', t: 12, reason: 'player' }, level);
    expect(state.ended).toBe(true);
    expect(state.endReason).toBe('player');
    expect(notices).toEqual([{ type: 'DayEnded', reason: 'player', t: 12 }]);
    expect(Object.values(state.errands).every((s) => s === 'failed')).toBe(true);
  });

  it('ignores a jaywalk reported after the end of the day', () => {
    let lateRed = district.dayLengthSeconds;
    while (lightAt(crossing.params, lateRed) !== 'red') lateRed += 0.5;
    const { state, notices } = step(createDay(level, 1), { type: 'crossed', t: lateRed, station: crossing.id, waited: 0 }, level);
    expect(state.ended).toBe(true);
    expect(state.records).toEqual([]);
    expect(state.score).toBe(catalogue.score.start);
    expect(notices.map((n) => n.type)).toEqual(['DayEnded']);
  });

  it('changes nothing once ended: no records, no score, no errands, no notices', () => {
    const ended = step(createDay(level, 1), { type: 'ended', t: 5, reason: 'player' }, level).state;
    const after: PlayerEvent[] = [
      { type: 'crossed', t: 6, station: crossing.id, waited: 0 },
      { type: 'requested', t: 7, station: dispenser.id },
      { type: 'againstFlow', t: 8, station: plaza.id, seconds: 10 },
      { type: 'arrived', t: 9, station: 'market' },
      { type: 'tick', t: 500 },
      { type: 'ended', t: 600, reason: 'clock' },
    ];
    for (const event of after) {
      const result = step(ended, event, level);
      expect(result.state).toEqual(ended);
      expect(result.notices).toEqual([]);
    }
  });
});

describe('errands', () => {
  it('turn done when the player reaches (or uses) their station, once', () => {
    let state = createDay(level, 1);
    for (const [i, errand] of district.errands.entries()) {
      const t = 10 + i * 10;
      const kind = district.stations.find((s) => s.id === errand.station)?.kind;
      const first = step(state, { type: kind === 'shop' || kind === 'dispenser' ? 'requested' : 'arrived', t, station: errand.station }, level);
      expect(first.state.errands[errand.id]).toBe('done');
      expect(first.notices).toContainEqual({ type: 'ErrandDone', errand: errand.id, t });
      const again = step(first.state, { type: 'arrived', t: t + 1, station: errand.station }, level);
      expect(again.notices.filter((n) => n.type === 'ErrandDone')).toEqual([]);
      state = again.state;
    }
    expect(Object.values(state.errands).every((s) => s === 'done')).toBe(true);
    const end = step(state, { type: 'tick', t: district.dayLengthSeconds }, level).state;
    expect(Object.values(end.errands).every((s) => s === 'done')).toBe(true);
  });

  it('do not turn done at a different station or an unknown one', () => {
    let state = createDay(level, 1);
    state = step(state, { type: 'crossed', t: 3, station: crossing.id, waited: 0 }, level).state;
    state = step(state, { type: 'arrived', t: 4, station: 'nowhere' }, level).state;
    expect(Object.values(state.errands).every((s) => s === 'open')).toBe(true);
  });
});

describe('the clock', () => {
  it('never runs backwards, even if an event arrives late', () => {
    let state = step(createDay(level, 1), { type: 'tick', t: 50 }, level).state;
    state = step(state, { type: 'tick', t: 20 }, level).state;
    expect(state.clock).toBe(50);
  });
});

describe('replay', () => {
  const redT = firstTime('red');
  const greenT = firstTime('green', firstTime('red'));
  const log: PlayerEvent[] = [
    { type: 'tick', t: 1 },
    { type: 'crossed', t: redT, station: crossing.id, waited: 0 },
    { type: 'requested', t: redT + 2, station: dispenser.id },
    { type: 'requested', t: redT + 4, station: dispenser.id },
    { type: 'againstFlow', t: redT + 6, station: plaza.id, seconds: 4 },
    { type: 'crossed', t: greenT + 20, station: crossing.id, waited: 5 },
    { type: 'arrived', t: greenT + 30, station: 'market' },
    { type: 'tick', t: district.dayLengthSeconds + 1 },
  ];

  it('of a recorded day equals the state reached step by step', () => {
    let state = createDay(level, 2024);
    const states: DayState[] = [];
    for (const event of log) {
      state = step(state, event, level).state;
      states.push(state);
    }
    expect(state.records.length).toBeGreaterThanOrEqual(4);
    expect(state.ended).toBe(true);
    expect(replay(level, 2024, log)).toEqual(state);
    // And any prefix of the log replays to the state reached after it.
    for (let i = 0; i < log.length; i++) expect(replay(level, 2024, log.slice(0, i + 1))).toEqual(states[i]);
  });

  it('with the same seed makes the same citizen; a different seed a different one', () => {
    expect(createDay(level, 7).citizen).toEqual(createDay(level, 7).citizen);
    expect(replay(level, 7, log).citizen).toEqual(createDay(level, 7).citizen);
    expect(createDay(level, 8).citizen).not.toEqual(createDay(level, 7).citizen);
    const citizens = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => JSON.stringify(createDay(level, seed).citizen)));
    expect(citizens.size).toBe(8);
  });

  it('gives citizens varied names, streets, house numbers and faces across seeds', () => {
    const citizens = Array.from({ length: 40 }, (_, seed) => createDay(level, seed).citizen);
    for (const field of ['givenName', 'familyName', 'street', 'houseNumber', 'faceSeed'] as const) {
      expect(new Set(citizens.map((c) => c[field])).size, field).toBeGreaterThan(5);
    }
    for (const c of citizens) {
      expect(Number.isInteger(c.houseNumber)).toBe(true);
      expect(c.houseNumber).toBeGreaterThanOrEqual(1);
    }
  });

  it('keeps the seed in the state, so the log and state.seed are enough to replay', () => {
    const state = replay(level, 99, log);
    expect(state.seed).toBe(99);
    expect(replay(level, state.seed, log)).toEqual(state);
  });

  it('scales every delta by deltaScale (workshop setting)', () => {
    const jaywalk = actionOf(catalogue, 'jaywalk').delta;
    const event: PlayerEvent = { type: 'crossed', t: redT, station: crossing.id, waited: 0 };
    expect(replay(level, 1, [event], { deltaScale: 2 }).score).toBe(catalogue.score.start + 2 * jaywalk);
    expect(replay(level, 1, [event]).score).toBe(catalogue.score.start + jaywalk);
  });
});

describe('tiers and sanctions', () => {
  it('a score at a tier\'s min is in that tier, and min - 1 is in the next one', () => {
    catalogue.tiers.forEach((tier, i) => {
      expect(tierFor(tier.min, catalogue).id, `${tier.id} at ${tier.min}`).toBe(tier.id);
      const next = catalogue.tiers[i + 1];
      if (next) expect(tierFor(tier.min - 1, catalogue).id, `${tier.id} at ${tier.min - 1}`).toBe(next.id);
    });
    expect(tierFor(catalogue.score.max, catalogue).id).toBe(tierAt(catalogue, 0).id);
    expect(tierFor(catalogue.score.min, catalogue).id).toBe(tierAt(catalogue, catalogue.tiers.length - 1).id);
  });

  /**
   * A copy of the shipped level whose day starts exactly at a tier's min, where
   * jaywalking costs 1 point and waiting for green earns 1.
   */
  function levelStartingAt(score: number): Level {
    const copy = cloneLevel(level);
    copy.catalogue.score.start = score;
    for (const action of copy.catalogue.actions) {
      if (action.id === 'jaywalk') action.delta = -1;
      if (action.id === 'wait-green') action.delta = 1;
    }
    return copy;
  }

  for (let i = 1; i < catalogue.tiers.length; i++) {
    const upper = tierAt(catalogue, i - 1);
    const lower = tierAt(catalogue, i);
    it(`one point below ${upper.id} (${upper.min}) switches to ${lower.id} and its sanctions; one point back switches them off`, () => {
      const synthetic = levelStartingAt(upper.min);
      const red = firstTime('red');
      const green = firstTime('green', red);
      const start = createDay(synthetic, 1);
      expect(start.tier).toBe(upper.id);
      expect(start.sanctions).toEqual(upper.sanctions);

      const down = step(start, { type: 'crossed', t: red, station: crossing.id, waited: 0 }, synthetic);
      expect(down.state.score).toBe(upper.min - 1);
      expect(down.state.tier).toBe(lower.id);
      expect(down.state.sanctions).toEqual(lower.sanctions);
      const types = (list: CoreNotice[], type: CoreNotice['type']) =>
        list.flatMap((n) => (n.type === type && 'sanction' in n ? [n.sanction] : [])).sort();
      expect(down.notices).toContainEqual({ type: 'TierChanged', from: upper.id, to: lower.id, t: red });
      expect(types(down.notices, 'SanctionImposed')).toEqual(lower.sanctions.filter((s) => !upper.sanctions.includes(s)).sort());
      expect(types(down.notices, 'SanctionLifted')).toEqual(upper.sanctions.filter((s) => !lower.sanctions.includes(s)).sort());

      const up = step(down.state, { type: 'crossed', t: green, station: crossing.id, waited: 60 }, synthetic);
      expect(up.state.score).toBe(upper.min);
      expect(up.state.tier).toBe(upper.id);
      expect(up.state.sanctions).toEqual(upper.sanctions);
      expect(up.notices).toContainEqual({ type: 'TierChanged', from: lower.id, to: upper.id, t: green });
      expect(types(up.notices, 'SanctionLifted')).toEqual(lower.sanctions.filter((s) => !upper.sanctions.includes(s)).sort());
      expect(types(up.notices, 'SanctionImposed')).toEqual(upper.sanctions.filter((s) => !lower.sanctions.includes(s)).sort());
    });
  }

  it('the shipped tiers switch on more sanctions as the score falls, never fewer', () => {
    for (let i = 1; i < catalogue.tiers.length; i++) {
      const upper = tierAt(catalogue, i - 1);
      const lower = tierAt(catalogue, i);
      expect(lower.sanctions, `${lower.id} keeps every sanction of ${upper.id}`).toEqual(expect.arrayContaining(upper.sanctions));
    }
    expect(tierAt(catalogue, catalogue.tiers.length - 1).sanctions.length).toBeGreaterThan(0);
  });

  it('the score never leaves the catalogue range, and a record at the floor shows the real change (0)', () => {
    const synthetic = levelStartingAt(catalogue.score.min);
    const red = firstTime('red');
    const { state } = step(createDay(synthetic, 1), { type: 'crossed', t: red, station: crossing.id, waited: 0 }, synthetic);
    expect(state.score).toBe(catalogue.score.min);
    expect(state.records[0]?.delta).toBe(0);
    expect(state.records[0]?.scoreAfter).toBe(catalogue.score.min);
  });
});
