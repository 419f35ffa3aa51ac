// The plaza under crowd analysis (F06, F10): walking against the crowd for long
// enough is classified "abnormal", raises an alarm and costs points.
import { describe, it, expect } from 'vitest';
import { createDay, step } from '../../src/core/day';
import type { CityRecord, CoreNotice, DayState, Level, PlayerEvent } from '../../src/core/types';
import { actionOf, loadLevel, sensorOf, stationOf } from './helpers/level';

const level: Level = loadLevel();
const { catalogue, district } = level;
const plaza = stationOf(district, 'plaza');
const { againstSeconds, cooldownSeconds } = plaza.params;
const abnormal = actionOf(catalogue, 'abnormal-movement');

const recordsIn = (notices: CoreNotice[]): CityRecord[] =>
  notices.flatMap((n) => (n.type === 'RecordMade' ? [n.record] : []));

function against(state: DayState, t: number, seconds: number) {
  return step(state, { type: 'againstFlow', t, station: plaza.id, seconds }, level);
}

describe('the plaza with crowd analysis', () => {
  it('flags walking against the flow for againstSeconds as abnormal movement, citing F06 and F10', () => {
    const start = createDay(level, 5);
    const { state, notices } = against(start, 20, againstSeconds);
    const records = recordsIn(notices);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      action: 'abnormal-movement',
      station: plaza.id,
      place: plaza.place,
      sensor: 'crowd-analysis',
      operator: sensorOf(catalogue, 'crowd-analysis').operator,
      t: 20,
      delta: abnormal.delta,
      scoreAfter: start.score + abnormal.delta,
      vars: { seconds: againstSeconds },
    });
    expect(records[0]?.facts).toEqual(expect.arrayContaining(['F06', 'F10']));
    expect(abnormal.delta).toBeLessThan(0);
    expect(state.score).toBe(start.score + abnormal.delta);
  });

  it('flags longer walks against the flow too, recording how long (to a tenth of a second)', () => {
    const { state } = against(createDay(level, 5), 20, againstSeconds + 2.345);
    expect(state.records[0]?.vars.seconds).toBeCloseTo(againstSeconds + 2.3, 10);
  });

  it('ignores a few steps against the flow below the threshold', () => {
    const start = createDay(level, 5);
    for (const seconds of [0, againstSeconds / 2, againstSeconds - 0.01]) {
      const { state, notices } = against(start, 20, seconds);
      expect(notices).toEqual([]);
      expect(state.records).toEqual([]);
      expect(state.score).toBe(start.score);
    }
  });

  it('raises no second alarm within the cooldown, and again once it has passed', () => {
    let state = against(createDay(level, 5), 20, againstSeconds).state;
    const within = against(state, 20 + cooldownSeconds - 0.1, againstSeconds * 3);
    expect(recordsIn(within.notices)).toEqual([]);
    expect(within.state.score).toBe(state.score);

    state = within.state;
    const after = against(state, 20 + cooldownSeconds, againstSeconds);
    expect(recordsIn(after.notices).map((r) => r.action)).toEqual(['abnormal-movement']);
    expect(after.state.score).toBe(catalogue.score.start + 2 * abnormal.delta);
  });

  it('does not start the cooldown with a walk below the threshold', () => {
    const short = against(createDay(level, 5), 20, againstSeconds - 0.5).state;
    const { notices } = against(short, 21, againstSeconds);
    expect(recordsIn(notices).map((r) => r.action)).toEqual(['abnormal-movement']);
  });

  it('leaves a player walking with the flow alone', () => {
    const withTheFlow: PlayerEvent[] = [
      { type: 'arrived', t: 10, station: plaza.id },
      { type: 'crossed', t: 12, station: plaza.id, waited: 0 },
      { type: 'requested', t: 14, station: plaza.id },
    ];
    let state = createDay(level, 5);
    for (const event of withTheFlow) {
      const result = step(state, event, level);
      expect(recordsIn(result.notices)).toEqual([]);
      state = result.state;
    }
    expect(state.score).toBe(catalogue.score.start);
    expect(state.records).toEqual([]);
  });
});
