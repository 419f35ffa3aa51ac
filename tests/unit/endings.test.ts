// How a day ends: the first ending in catalogue.json whose conditions all hold.
// Each scenario plays a whole day on the shipped level and checks the ending
// the player is shown.
import { describe, it, expect } from 'vitest';
import { createDay, step } from '../../src/core/day';
import { endingFor } from '../../src/core/endings';
import type { DayState, Level, PlayerEvent, SanctionEffect } from '../../src/core/types';
import { cloneLevel, loadLevel, stationOf, errandAt, hasEffect as hasEffectIn, lightMoments } from './helpers/level';

const level: Level = loadLevel();
const { catalogue, district } = level;

const crossing = stationOf(district, 'crossing');
const gate = stationOf(district, 'gate');
const shop = stationOf(district, 'shop');
const lecture = stationOf(district, 'lecture');
const dispenser = stationOf(district, 'dispenser');
const clinic = stationOf(district, 'clinic');
const witness = stationOf(district, 'witness');

const train = errandAt(district, gate.id);
const lunch = errandAt(district, shop.id);

const endingIds = catalogue.endings.map((e) => e.id);

const redMoments = lightMoments(level, 'red');
const greenMoments = lightMoments(level, 'green');

const hasEffect = (state: DayState, effect: SanctionEffect): boolean => hasEffectIn(catalogue, state, effect);

/** A small day-builder: each call appends events at increasing times. */
class Day {
  state: DayState;

  constructor(
    seed = 1,
    private readonly on: Level = level,
  ) {
    this.state = createDay(on, seed);
  }

  private at(event: PlayerEvent): this {
    this.state = step(this.state, event, this.on).state;
    return this;
  }

  private next(): number {
    return this.state.clock + 1;
  }

  jaywalkUntil(done: (s: DayState) => boolean): this {
    for (const t of redMoments) {
      if (done(this.state)) return this;
      if (t >= this.state.clock) this.at({ type: 'crossed', t, station: crossing.id, waited: 0 });
    }
    if (!done(this.state)) throw new Error('ran out of red moments');
    return this;
  }

  jaywalk(times: number): this {
    const target = this.state.records.filter((r) => r.action === 'jaywalk').length + times;
    return this.jaywalkUntil((s) => s.records.filter((r) => r.action === 'jaywalk').length >= target);
  }

  waitGreen(times: number): this {
    const target = this.state.records.filter((r) => r.action === 'wait-green').length + times;
    for (const t of greenMoments) {
      if (this.state.records.filter((r) => r.action === 'wait-green').length >= target) return this;
      if (t >= this.state.clock) this.at({ type: 'crossed', t, station: crossing.id, waited: crossing.params.waitSeconds });
    }
    throw new Error('ran out of green moments');
  }

  lecture(): this {
    return this.at({ type: 'arrived', t: this.next(), station: lecture.id });
  }

  attentive(): this {
    return this.at({ type: 'requested', t: this.next() + lecture.params.cooldownSeconds, station: lecture.id });
  }

  toilet(): this {
    return this.at({ type: 'requested', t: this.next(), station: dispenser.id });
  }

  lunch(): this {
    // Twice, delaySeconds apart: a slow-service tier makes the player wait once.
    this.at({ type: 'requested', t: this.next(), station: shop.id });
    return this.at({ type: 'requested', t: this.state.clock + shop.params.delaySeconds, station: shop.id });
  }

  clinic(): this {
    return this.at({ type: 'requested', t: this.next(), station: clinic.id });
  }

  report(): this {
    this.at({ type: 'seen', t: this.next(), station: witness.id });
    return this.at({ type: 'requested', t: this.next(), station: witness.id });
  }

  train(): this {
    return this.at({ type: 'arrived', t: this.next(), station: gate.id });
  }

  /** Ends the day (if catching the train has not already) and returns it. */
  end(reason: 'player' | 'clock' = 'player'): DayState {
    if (reason === 'clock') this.at({ type: 'tick', t: this.on.district.dayLengthSeconds });
    else this.at({ type: 'ended', t: this.next(), reason: 'player' });
    expect(this.state.ended).toBe(true);
    return this.state;
  }
}

const allErrandsDone = (s: DayState) => Object.values(s.errands).every((e) => e === 'done');

describe('the shipped endings', () => {
  it('are, in order of precedence: blacklisted, model-citizen, missed-train, getting-by (the last without conditions)', () => {
    expect(endingIds).toEqual(['blacklisted', 'model-citizen', 'missed-train', 'getting-by']);
    expect(catalogue.endings.at(-1)?.if).toEqual({});
  });
});

describe('blacklisted', () => {
  it('follows a gate-closed record: jaywalked to a close-gate tier, then tried to catch the train', () => {
    const day = new Day().lecture().toilet().lunch().jaywalkUntil((s) => hasEffect(s, 'close-gate')).train().end();
    expect(day.records.some((r) => r.action === 'gate-closed')).toBe(true);
    // missed-train would also fit (the train errand failed); blacklisted comes first.
    expect(day.errands[train]).toBe('failed');
    expect(endingFor(day, level).id).toBe('blacklisted');
  });

  it('is the same ending at the lowest tier, with nothing else done', () => {
    const day = new Day(3).jaywalkUntil((s) => s.score === catalogue.score.min).train().end();
    expect(day.tier).toBe(catalogue.tiers.at(-1)?.id);
    expect(endingFor(day, level).id).toBe('blacklisted');
  });

  it('needs the gate-closed record itself: at the same low tier, never going to the gate is only missed-train', () => {
    const day = new Day().lecture().toilet().lunch().jaywalkUntil((s) => hasEffect(s, 'close-gate')).end();
    expect(day.records.some((r) => r.action === 'gate-closed')).toBe(false);
    expect(endingFor(day, level).id).toBe('missed-train');
  });
});

describe('model-citizen', () => {
  it('at tier a with every errand done', () => {
    const day = new Day().lecture().toilet().lunch().train().end();
    expect(day.tier).toBe('a');
    expect(allErrandsDone(day)).toBe(true);
    expect(endingFor(day, level).id).toBe('model-citizen');
  });

  it('at tier aaa (better than a) with every errand done', () => {
    const d = new Day().lecture().attentive().toilet().lunch().clinic().report();
    const day = d.waitGreen(Math.max(0, Math.ceil((tierMin('aaa') - d.state.score) / 5))).train().end();
    expect(day.tier).toBe('aaa');
    expect(allErrandsDone(day)).toBe(true);
    expect(endingFor(day, level).id).toBe('model-citizen');
  });

  it('just back in tier a after a jaywalk counts; one wait-green fewer (still tier b) is only getting-by', () => {
    const back = new Day().jaywalk(1).lecture().toilet().lunch().waitGreen(2).train().end();
    expect(back.tier).toBe('a');
    expect(back.score).toBeLessThan(tierMin('a') + 5);
    expect(allErrandsDone(back)).toBe(true);
    expect(endingFor(back, level).id).toBe('model-citizen');

    const short = new Day().jaywalk(1).lecture().toilet().lunch().waitGreen(1).train().end();
    expect(short.tier).toBe('b');
    expect(allErrandsDone(short)).toBe(true);
    expect(endingFor(short, level).id).toBe('getting-by');
  });
});

describe('missed-train', () => {
  it('when the clock ran out before the player reached the gate, with every other errand done at tier a', () => {
    const day = new Day().lecture().toilet().lunch().end('clock');
    expect(day.endReason).toBe('clock');
    expect(day.tier).toBe('a');
    expect(day.errands[train]).toBe('failed');
    expect(Object.entries(day.errands).filter(([id]) => id !== train).every(([, s]) => s === 'done')).toBe(true);
    expect(day.records.some((r) => r.action === 'gate-closed')).toBe(false);
    expect(endingFor(day, level).id).toBe('missed-train');
  });

  it('when the player ended the day early, whatever the tier', () => {
    expect(endingFor(new Day().end(), level).id).toBe('missed-train');
    const lower = new Day().jaywalk(2).lecture().end();
    expect(lower.tier).toBe('b');
    expect(endingFor(lower, level).id).toBe('missed-train');
  });
});

describe('getting-by', () => {
  it('train caught, every errand done, but at a lower grade (tier b)', () => {
    const day = new Day().jaywalk(2).lecture().toilet().lunch().train().end();
    expect(day.tier).toBe('b');
    expect(allErrandsDone(day)).toBe(true);
    expect(endingFor(day, level).id).toBe('getting-by');
  });

  it('train caught at tier a, but lunch never bought (that errand failed)', () => {
    const day = new Day().lecture().toilet().train().end();
    expect(day.tier).toBe('a');
    expect(day.errands[train]).toBe('done');
    expect(day.errands[lunch]).toBe('failed');
    expect(endingFor(day, level).id).toBe('getting-by');
  });

  it('is what every other finished day gets: a lower grade with the train caught, or a day without lunch and lecture', () => {
    const missed = new Day(2).jaywalk(3).lecture().end();
    const noLecture = new Day(4).clinic().report().toilet().train().end();
    const lowTrain = new Day(5).jaywalk(1).train().end();
    expect(endingFor(missed, level).id).toBe('missed-train');
    expect(noLecture.tier).toBe('a');
    expect(endingFor(noLecture, level).id).toBe('getting-by');
    expect(lowTrain.tier).toBe('b');
    expect(endingFor(lowTrain, level).id).toBe('getting-by');
    // The ending is the catalogue's own entry, text keys and all.
    expect(endingFor(lowTrain, level)).toBe(catalogue.endings.at(-1));
  });
});

describe('the order of the endings is data', () => {
  it('moving missed-train before blacklisted makes a shut-gate day end as missed-train', () => {
    const reordered = cloneLevel(level);
    const [blacklisted, model, missed, rest] = reordered.catalogue.endings;
    if (!blacklisted || !model || !missed || !rest) throw new Error('expected four endings');
    reordered.catalogue.endings = [missed, blacklisted, model, rest];
    const day = new Day(1, reordered).jaywalkUntil((s) => hasEffect(s, 'close-gate')).train().end();
    expect(endingFor(day, level).id).toBe('blacklisted');
    expect(endingFor(day, reordered).id).toBe('missed-train');
  });

  it('without a model-citizen ending, a perfect day falls through to getting-by', () => {
    const fewer = cloneLevel(level);
    fewer.catalogue.endings = fewer.catalogue.endings.filter((e) => e.id !== 'model-citizen');
    const day = new Day(1, fewer).lecture().toilet().lunch().train().end();
    expect(endingFor(day, level).id).toBe('model-citizen');
    expect(endingFor(day, fewer).id).toBe('getting-by');
  });
});

function tierMin(id: string): number {
  const tier = catalogue.tiers.find((t) => t.id === id);
  if (!tier) throw new Error(`no tier ${id}`);
  return tier.min;
}
