// Traffic offences and the player as witness, without Phaser: when the city
// stages an offence, when cars must wait at the crossing, who counts as a
// witness, and the one report window that both the action button and the
// rules use.
import { describe, expect, it } from 'vitest';
import { createDay, step } from '../../src/core/day';
import { lightAt } from '../../src/core/stations/crossing';
import { offencesStagedBy, reportWindowOpen, witnesses } from '../../src/core/stations/witness';
import { carsMustStop } from '../../src/core/traffic';
import type { DayState, Level, PlayerEvent } from '../../src/core/types';
import { loadLevel, stationOf } from './helpers/level';

const level: Level = loadLevel();
const crossing = stationOf(level.district, 'crossing');
const witness = stationOf(level.district, 'witness');
const { offenceEverySeconds, reportSeconds } = witness.params;

const seen = (t: number): PlayerEvent => ({ type: 'seen', t, station: witness.id });
const report = (t: number): PlayerEvent => ({ type: 'requested', t, station: witness.id });
const actions = (state: DayState, event: PlayerEvent): string[] =>
  step(state, event, level).notices.flatMap((n) => (n.type === 'RecordMade' ? [n.record.action] : []));

describe('when offences happen', () => {
  it(`one is staged every offenceEverySeconds (${offenceEverySeconds} s in the shipped district), the first after one interval`, () => {
    expect(offencesStagedBy(witness.params, 0)).toBe(0);
    expect(offencesStagedBy(witness.params, offenceEverySeconds - 0.01)).toBe(0);
    expect(offencesStagedBy(witness.params, offenceEverySeconds)).toBe(1);
    expect(offencesStagedBy(witness.params, 2 * offenceEverySeconds + 1)).toBe(2);
    expect(offencesStagedBy(witness.params, 10 * offenceEverySeconds)).toBe(10);
  });

  it('never goes down as the day goes on, and does not depend on the frame rate', () => {
    let last = 0;
    for (let t = 0; t < 200; t += 0.37) {
      const n = offencesStagedBy(witness.params, t);
      expect(n).toBeGreaterThanOrEqual(last);
      last = n;
    }
    expect(offencesStagedBy(witness.params, 100)).toBe(Math.floor(100 / offenceEverySeconds));
  });

  it('a level with rarer offences stages fewer', () => {
    const rare = { ...witness.params, offenceEverySeconds: 60 };
    expect(offencesStagedBy(rare, 120)).toBe(2);
  });
});

describe('cars at the crossing', () => {
  it('wait while pedestrians have green and may drive while they have red', () => {
    for (let t = 0; t < 60; t += 0.25) {
      expect(carsMustStop(crossing.params, t), `t=${t}`).toBe(lightAt(crossing.params, t) === 'green');
    }
  });
});

describe('the witness', () => {
  const { area } = witness;

  it('is whoever stands in the witness area when the offence happens', () => {
    expect(witnesses(witness, { x: area.x + area.w / 2, y: area.y + area.h / 2 })).toBe(true);
    expect(witnesses(witness, { x: area.x - 1, y: area.y })).toBe(false);
    expect(witnesses(witness, { x: area.x + area.w + 1, y: area.y + area.h + 1 })).toBe(false);
  });
});

describe('the report window', () => {
  it('is shut before any offence was witnessed', () => {
    expect(reportWindowOpen(witness.params, undefined, 5)).toBe(false);
    expect(reportWindowOpen(witness.params, { lastAt: null, count: 0 }, 5)).toBe(false);
  });

  it(`is open for reportSeconds (${reportSeconds} s) after a witnessed offence, then shut`, () => {
    const memory = { lastAt: 20, count: 0 };
    expect(reportWindowOpen(witness.params, memory, 20)).toBe(true);
    expect(reportWindowOpen(witness.params, memory, 20 + reportSeconds)).toBe(true);
    expect(reportWindowOpen(witness.params, memory, 20 + reportSeconds + 0.01)).toBe(false);
  });

  it('is exactly when the rules take a report: the action button can never offer one the city ignores', () => {
    const afterOffence = step(createDay(level, 3), seen(20), level).state;
    for (let t = 20; t < 20 + reportSeconds + 3; t += 0.25) {
      const open = reportWindowOpen(witness.params, afterOffence.memory[witness.id], t);
      const taken = actions(afterOffence, report(t)).includes('reported-other');
      expect(taken, `t=${t}`).toBe(open);
    }
  });

  it('shuts once the driver is reported (one report per offence)', () => {
    const afterOffence = step(createDay(level, 3), seen(20), level).state;
    const reported = step(afterOffence, report(22), level).state;
    expect(reportWindowOpen(witness.params, reported.memory[witness.id], 23)).toBe(false);
  });

  it('opens for as long as the level says', () => {
    const long = { ...witness.params, reportSeconds: 30 };
    expect(reportWindowOpen(long, { lastAt: 0, count: 0 }, 25)).toBe(true);
    expect(reportWindowOpen(witness.params, { lastAt: 0, count: 0 }, 25)).toBe(reportSeconds >= 25);
  });
});
