// The crossing with the shaming monitor (F14): the light is a pure function of
// time, crossing on red puts the player's face, name and address on the big
// screen and costs points, waiting for green earns a little.
import { describe, it, expect } from 'vitest';
import { createDay, step } from '../../src/core/day';
import { lightAt, secondsToChange } from '../../src/core/stations/crossing';
import type { CityRecord, CoreNotice, CrossingParams, DayState, Level } from '../../src/core/types';
import { actionOf, loadLevel, sensorOf, stationOf } from './helpers/level';

const level: Level = loadLevel();
const { catalogue, district } = level;
const crossing = stationOf(district, 'crossing');
const params = crossing.params;
const cycle = params.greenSeconds + params.redSeconds;
/** The first moment (t ≥ 0) the light turns green: the cycle starts `offsetSeconds` in. */
const greenStart = (cycle - (params.offsetSeconds % cycle)) % cycle;
/** A moment well inside the n-th red phase after greenStart. */
const redAt = (n: number): number => greenStart + params.greenSeconds + n * cycle + 1;
/** Every half second on red during the day: enough moments to jaywalk down to the bottom. */
const redMoments: number[] = [];
for (let t = 0; t < district.dayLengthSeconds; t += 0.5) if (lightAt(params, t) === 'red') redMoments.push(t);
/** A moment well inside the n-th green phase after greenStart. */
const greenAt = (n: number): number => greenStart + n * cycle + 0.5;

const recordsIn = (notices: CoreNotice[]): CityRecord[] =>
  notices.flatMap((n) => (n.type === 'RecordMade' ? [n.record] : []));

function cross(state: DayState, t: number, waited = 0) {
  return step(state, { type: 'crossed', t, station: crossing.id, waited }, level);
}

describe('the pedestrian light', () => {
  it('is green for greenSeconds from the start of its cycle, then red for redSeconds', () => {
    const p: CrossingParams = { greenSeconds: 7, redSeconds: 13, offsetSeconds: 0, waitSeconds: 3 };
    expect(lightAt(p, 0)).toBe('green');
    expect(lightAt(p, 6.99)).toBe('green');
    expect(lightAt(p, 7)).toBe('red');
    expect(lightAt(p, 19.99)).toBe('red');
    expect(lightAt(p, 20)).toBe('green');
    expect(lightAt(p, 27)).toBe('red');
  });

  it('is shifted by offsetSeconds, so the cycle is already that far along at day start', () => {
    const p: CrossingParams = { greenSeconds: 7, redSeconds: 13, offsetSeconds: 5, waitSeconds: 3 };
    // 5 s into the cycle: 2 s of green left, then red until t = 15, green again at 15.
    expect(lightAt(p, 0)).toBe('green');
    expect(lightAt(p, 1.99)).toBe('green');
    expect(lightAt(p, 2)).toBe('red');
    expect(lightAt(p, 14.99)).toBe('red');
    expect(lightAt(p, 15)).toBe('green');
    expect(lightAt(p, 21.99)).toBe('green');
    expect(lightAt(p, 22)).toBe('red');
  });

  it('in the shipped district turns green at greenStart, stays green for greenSeconds, then red until the next cycle', () => {
    expect(lightAt(params, greenStart)).toBe('green');
    expect(lightAt(params, greenStart + params.greenSeconds - 0.01)).toBe('green');
    expect(lightAt(params, greenStart + params.greenSeconds)).toBe('red');
    expect(lightAt(params, greenStart + cycle - 0.01)).toBe('red');
    expect(lightAt(params, greenStart + cycle)).toBe('green');
  });

  it('counts down second by second to the next change, then starts the next phase', () => {
    const p: CrossingParams = { greenSeconds: 7, redSeconds: 13, offsetSeconds: 0, waitSeconds: 3 };
    expect([0, 1, 2, 3, 4, 5, 6].map((t) => secondsToChange(p, t))).toEqual([7, 6, 5, 4, 3, 2, 1]);
    expect(secondsToChange(p, 7)).toBe(13);
    expect(secondsToChange(p, 19)).toBe(1);
    expect(secondsToChange(p, 20)).toBe(7);
    expect(secondsToChange(p, 6.5)).toBeCloseTo(0.5, 10);
  });

  it('changes exactly when the countdown runs out, at any moment of the day', () => {
    for (let t = 0; t < district.dayLengthSeconds; t += 0.25) {
      const left = secondsToChange(params, t);
      expect(left).toBeGreaterThan(0);
      expect(left).toBeLessThanOrEqual(Math.max(params.greenSeconds, params.redSeconds));
      expect(lightAt(params, t + left - 0.001)).toBe(lightAt(params, t));
      expect(lightAt(params, t + left)).not.toBe(lightAt(params, t));
    }
  });
});

describe('crossing on red', () => {
  const jaywalk = actionOf(catalogue, 'jaywalk');
  const start = catalogue.score.start;

  it('puts face, name and address on record for the crossing camera and costs exactly the catalogue delta', () => {
    const t = redAt(0);
    expect(lightAt(params, t)).toBe('red');
    const { state, notices } = cross(createDay(level, 7), t);

    const records = recordsIn(notices);
    expect(records).toHaveLength(1);
    const record = records[0];
    expect(record).toMatchObject({
      seq: 1,
      t,
      station: crossing.id,
      place: crossing.place,
      action: 'jaywalk',
      sensor: 'crossing-camera',
      operator: sensorOf(catalogue, 'crossing-camera').operator,
    });
    expect(record?.data).toEqual(expect.arrayContaining(['face', 'name', 'address']));
    expect(record?.facts).toContain('F14');
    // The dossier cites both what was done (the action) and who watched (the sensor).
    expect(record?.facts).toEqual(expect.arrayContaining([...jaywalk.facts, ...sensorOf(catalogue, 'crossing-camera').facts]));
    expect(new Set(record?.facts).size).toBe(record?.facts.length);
    expect(jaywalk.delta).toBeLessThan(0);
    expect(record?.delta).toBe(jaywalk.delta);
    expect(record?.scoreAfter).toBe(start + jaywalk.delta);
    expect(state.score).toBe(start + jaywalk.delta);
    expect(state.records).toEqual([record]);
    expect(state.history.at(-1)).toEqual({ t, score: start + jaywalk.delta });
  });

  it('records the operator named by the sensor, i.e. who runs the camera', () => {
    const { state } = cross(createDay(level, 7), redAt(0));
    expect(state.records[0]?.operator).toBe('traffic-office');
  });

  it('is punished even after waiting at the kerb: waiting does not make red green', () => {
    const { state } = cross(createDay(level, 7), redAt(0), params.waitSeconds + 10);
    expect(state.records.map((r) => r.action)).toEqual(['jaywalk']);
    expect(state.score).toBe(start + jaywalk.delta);
  });

  it('pushes the player down the tiers, with TierChanged and SanctionImposed at the thresholds from catalogue.json', () => {
    let state = createDay(level, 7);
    const tiersSeen: string[] = [state.tier];
    const boundaries = catalogue.tiers.slice(0, -1).map((tier) => tier.min);
    for (let n = 0; state.score > catalogue.score.min; n++) {
      const before = state;
      const t = redMoments[n];
      if (t === undefined) throw new Error('ran out of red moments before reaching the lowest score');
      const result = cross(state, t);
      state = result.state;
      expect(result.state.ended).toBe(false);

      const crossedBoundary = boundaries.some((min) => before.score >= min && state.score < min);
      const tierChanges = result.notices.filter((n) => n.type === 'TierChanged');
      if (!crossedBoundary) {
        expect(tierChanges).toEqual([]);
        expect(result.notices.filter((n) => n.type === 'SanctionImposed')).toEqual([]);
        continue;
      }
      // The new tier is the best one whose min the score still reaches.
      const expected = catalogue.tiers.find((tier) => state.score >= tier.min);
      expect(expected).toBeDefined();
      expect(tierChanges).toEqual([{ type: 'TierChanged', from: before.tier, to: expected?.id, t }]);
      const newlyImposed = (expected?.sanctions ?? []).filter((s) => !before.sanctions.includes(s));
      const imposed = result.notices.flatMap((n) => (n.type === 'SanctionImposed' ? [n.sanction] : []));
      expect(imposed.sort()).toEqual([...newlyImposed].sort());
      expect(state.sanctions.sort()).toEqual([...(expected?.sanctions ?? [])].sort());
      tiersSeen.push(state.tier);
    }
    // From the start tier, every jaywalk-reachable tier down to the last was entered in order.
    const startIndex = catalogue.tiers.findIndex((t) => t.id === tiersSeen[0]);
    expect(tiersSeen).toEqual(catalogue.tiers.slice(startIndex).map((t) => t.id));
    expect(tiersSeen.length).toBeGreaterThanOrEqual(3);
    expect(state.score).toBe(catalogue.score.min);
  });

  it('imposes the sanctions of the shipped tiers: slower service first, then public listing and no paper', () => {
    // Derived from catalogue.json, not hard-coded: find the first tiers that switch these on.
    let state = createDay(level, 3);
    const imposedAt: Record<string, number> = {};
    for (const t of redMoments.slice(0, 12)) {
      const result = cross(state, t);
      state = result.state;
      for (const notice of result.notices) {
        if (notice.type === 'SanctionImposed') imposedAt[notice.sanction] ??= state.score;
      }
    }
    const firstTierWith = (sanction: string) => catalogue.tiers.find((t) => t.sanctions.includes(sanction));
    for (const sanction of ['slow-service', 'public-listing', 'refuse-paper']) {
      const tier = firstTierWith(sanction);
      expect(tier, sanction).toBeDefined();
      const previous = catalogue.tiers[catalogue.tiers.indexOf(tier as NonNullable<typeof tier>) - 1];
      // Switched on by the first jaywalk that took the score below the previous tier's min.
      expect(imposedAt[sanction], sanction).toBeLessThan(previous?.min ?? Infinity);
      expect(imposedAt[sanction], sanction).toBeGreaterThanOrEqual(previous ? previous.min + jaywalk.delta : -Infinity);
    }
  });
});

describe('crossing on green', () => {
  const waitGreen = actionOf(catalogue, 'wait-green');
  const start = catalogue.score.start;

  it('after waiting at least waitSeconds earns the wait-green reward', () => {
    const t = greenAt(1);
    expect(lightAt(params, t)).toBe('green');
    const { state, notices } = cross(createDay(level, 7), t, params.waitSeconds);
    const records = recordsIn(notices);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      action: 'wait-green',
      station: crossing.id,
      place: crossing.place,
      sensor: 'crossing-camera',
      delta: waitGreen.delta,
      scoreAfter: start + waitGreen.delta,
      vars: { seconds: params.waitSeconds },
    });
    expect(waitGreen.delta).toBeGreaterThan(0);
    expect(state.score).toBe(start + waitGreen.delta);
  });

  it('without waiting long enough makes no record and leaves the score alone', () => {
    for (const waited of [0, params.waitSeconds - 0.1]) {
      const before = createDay(level, 7);
      const { state, notices } = cross(before, greenAt(1), waited);
      expect(recordsIn(notices)).toEqual([]);
      expect(state.records).toEqual([]);
      expect(state.score).toBe(before.score);
      expect(state.tier).toBe(before.tier);
    }
  });

  it('on green, waiting or not, never costs points', () => {
    let state = createDay(level, 7);
    for (let n = 0; n < 5; n++) state = cross(state, greenAt(n), n % 2 === 0 ? 0 : params.waitSeconds).state;
    expect(state.records.every((r) => r.action === 'wait-green' && r.delta > 0)).toBe(true);
    expect(state.score).toBe(start + 2 * waitGreen.delta);
  });
});
