// The toilet-paper dispenser with a face scan (F12): 60 cm per person, a second
// request too soon is refused and logged, and a low grade refuses paper outright.
import { describe, it, expect } from 'vitest';
import { createDay, step } from '../../src/core/day';
import { lightAt } from '../../src/core/stations/crossing';
import type { CityRecord, CoreNotice, DayState, Level } from '../../src/core/types';
import { actionOf, loadLevel, stationOf } from './helpers/level';

const level: Level = loadLevel();
const { catalogue, district } = level;
const dispenser = stationOf(district, 'dispenser');
const { cooldownSeconds } = dispenser.params;
const crossing = stationOf(district, 'crossing');

const recordsIn = (notices: CoreNotice[]): CityRecord[] =>
  notices.flatMap((n) => (n.type === 'RecordMade' ? [n.record] : []));

function request(state: DayState, t: number) {
  return step(state, { type: 'requested', t, station: dispenser.id }, level);
}

/** Jaywalks until a sanction with the given effect is active; returns the state and the time reached. */
function jaywalkUntil(effect: string): { state: DayState; t: number } {
  const sanctions = new Set(catalogue.sanctions.filter((s) => s.effect === effect).map((s) => s.id));
  let state = createDay(level, 11);
  for (let t = 0; t < district.dayLengthSeconds; t += 0.5) {
    if (state.sanctions.some((s) => sanctions.has(s))) return { state, t };
    if (lightAt(crossing.params, t) !== 'red') continue;
    state = step(state, { type: 'crossed', t, station: crossing.id, waited: 0 }, level).state;
  }
  throw new Error(`no sanction with effect ${effect} was reached`);
}

describe('the toilet-paper dispenser', () => {
  const t0 = 10;

  it('issues 60 cm on the first request, logged by the dispenser camera', () => {
    const { state, notices } = request(createDay(level, 1), t0);
    const records = recordsIn(notices);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      action: 'paper-granted',
      station: dispenser.id,
      place: dispenser.place,
      sensor: 'dispenser-camera',
      t: t0,
      vars: { cm: 60 },
    });
    expect(records[0]?.vars.cm).toBe(dispenser.params.lengthCm);
    expect(records[0]?.facts).toContain('F12');
    expect(state.score).toBe(catalogue.score.start + actionOf(catalogue, 'paper-granted').delta);
  });

  it('completes the toilet errand that leads to it', () => {
    const errand = district.errands.find((e) => e.station === dispenser.id);
    expect(errand).toBeDefined();
    const { state, notices } = request(createDay(level, 1), t0);
    expect(state.errands[errand?.id ?? '']).toBe('done');
    expect(notices).toContainEqual({ type: 'ErrandDone', errand: errand?.id, t: t0 });
  });

  it('refuses a second request within the cooldown, logs it and deducts points', () => {
    const again = actionOf(catalogue, 'paper-again');
    expect(again.delta).toBeLessThan(0);
    const first = request(createDay(level, 1), t0).state;
    const { state, notices } = request(first, t0 + 30);

    const records = recordsIn(notices);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      action: 'paper-again',
      sensor: 'dispenser-camera',
      delta: again.delta,
      scoreAfter: first.score + again.delta,
      vars: { cm: 0, wait: cooldownSeconds - 30 },
    });
    expect(state.score).toBe(first.score + again.delta);
    expect(state.records.map((r) => r.action)).toEqual(['paper-granted', 'paper-again']);
  });

  it('refuses right up to the end of the cooldown and grants again once it is over', () => {
    const first = request(createDay(level, 1), t0).state;
    const justBefore = request(first, t0 + cooldownSeconds - 0.5);
    expect(recordsIn(justBefore.notices).map((r) => r.action)).toEqual(['paper-again']);
    expect(recordsIn(justBefore.notices)[0]?.vars.wait).toBe(1);

    const after = request(first, t0 + cooldownSeconds);
    expect(recordsIn(after.notices).map((r) => r.action)).toEqual(['paper-granted']);
    expect(recordsIn(after.notices)[0]?.vars.cm).toBe(60);
  });

  it('counts the cooldown from the last paper issued, not from refused requests', () => {
    let state = request(createDay(level, 1), t0).state;
    state = request(state, t0 + 40).state; // refused
    state = request(state, t0 + 80).state; // refused
    state = request(state, t0 + cooldownSeconds).state; // 90 s after the paper: granted
    expect(state.records.map((r) => r.action)).toEqual(['paper-granted', 'paper-again', 'paper-again', 'paper-granted']);
    const again = actionOf(catalogue, 'paper-again').delta;
    const granted = actionOf(catalogue, 'paper-granted').delta;
    expect(state.score).toBe(catalogue.score.start + 2 * granted + 2 * again);
  });

  it('refuses paper outright once the grade switches on refuse-paper, even on the first request', () => {
    const { state: low, t } = jaywalkUntil('refuse-paper');
    const tier = catalogue.tiers.find((x) => x.id === low.tier);
    const refusing = catalogue.sanctions.filter((s) => s.effect === 'refuse-paper').map((s) => s.id);
    expect(tier?.sanctions.some((s) => refusing.includes(s))).toBe(true);

    const { state, notices } = request(low, t);
    const records = recordsIn(notices);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      action: 'paper-sanctioned',
      sensor: 'dispenser-camera',
      delta: actionOf(catalogue, 'paper-sanctioned').delta,
      vars: { cm: 0 },
    });
    expect(records[0]?.vars.cm).not.toBe(dispenser.params.lengthCm);
    expect(state.records.some((r) => r.action === 'paper-granted')).toBe(false);
  });

  it('grants paper again when the grade climbs back out of the sanction', () => {
    const { state: low, t } = jaywalkUntil('refuse-paper');
    // Raise the score by waiting for green until the refusing tier is left.
    let state = low;
    let now = t;
    const refusing = new Set(catalogue.sanctions.filter((s) => s.effect === 'refuse-paper').map((s) => s.id));
    while (state.sanctions.some((s) => refusing.has(s))) {
      now += 0.5;
      if (now >= district.dayLengthSeconds) throw new Error('day ended before the sanction lifted');
      if (lightAt(crossing.params, now) !== 'green') continue;
      const result = step(state, { type: 'crossed', t: now, station: crossing.id, waited: crossing.params.waitSeconds }, level);
      state = result.state;
      if (!state.sanctions.some((s) => refusing.has(s))) {
        expect(result.notices).toContainEqual(expect.objectContaining({ type: 'SanctionLifted' }));
      }
    }
    const { notices } = request(state, now);
    expect(recordsIn(notices).map((r) => r.action)).toEqual(['paper-granted']);
  });

  it('ignores other events at the dispenser (walking past is not a request)', () => {
    const start = createDay(level, 1);
    const { state, notices } = step(start, { type: 'crossed', t: t0, station: dispenser.id, waited: 0 }, level);
    expect(recordsIn(notices)).toEqual([]);
    expect(state.score).toBe(start.score);
    expect(state.memory[dispenser.id]).toBeUndefined();
  });
});
