// The store the views read: it stamps reports with the day clock, runs them
// through the core, publishes numbered notice batches and keeps the log.
import { describe, it, expect, vi } from 'vitest';
import { replay } from '../../src/core/day';
import { lightAt } from '../../src/core/stations/crossing';
import type { Level } from '../../src/core/types';
import { createGameStore, type GameStore } from '../../src/store/gameStore';
import { activeEffects, clockMinutes } from '../../src/store/selectors';
import { actionOf, loadLevel, stationOf } from './helpers/level';

const level: Level = loadLevel();
const { catalogue, district } = level;
const crossing = stationOf(district, 'crossing');

function playing(seed = 123): GameStore {
  const store = createGameStore({ lang: 'en' });
  store.getState().setLevel(level);
  store.getState().startDay(seed);
  return store;
}

/** Ticks the store's clock (in half seconds) until the crossing light shows `light`. */
function tickUntil(store: GameStore, light: 'red' | 'green'): number {
  for (let i = 0; i < 200; i++) {
    const clock = store.getState().day?.clock ?? 0;
    if (lightAt(crossing.params, clock) === light) return clock;
    store.getState().tick(0.5);
  }
  throw new Error(`the light never turned ${light}`);
}

const day = (store: GameStore) => {
  const d = store.getState().day;
  if (!d) throw new Error('no day in the store');
  return d;
};

describe('the game store', () => {
  it('starts in loading, goes to menu with a level and to playing with startDay(seed)', () => {
    const store = createGameStore({ lang: 'de' });
    expect(store.getState().phase).toBe('loading');
    expect(store.getState().lang).toBe('de');
    store.getState().startDay(1);
    expect(store.getState().phase).toBe('loading'); // no level yet: nothing to start
    store.getState().setLevel(level);
    expect(store.getState().phase).toBe('menu');
    store.getState().startDay(5);
    expect(store.getState().phase).toBe('playing');
    expect(day(store).seed).toBe(5);
    expect(day(store).score).toBe(catalogue.score.start);
    expect(store.getState().log).toEqual([]);
  });

  it('charges a crossing on red, stamps it with the day clock and publishes a numbered batch of notices', () => {
    const store = playing();
    const redAt = tickUntil(store, 'red');
    const seqBefore = store.getState().notices.seq;

    store.getState().report({ type: 'crossed', station: crossing.id, waited: 0 });

    const state = store.getState();
    expect(state.day?.score).toBe(catalogue.score.start + actionOf(catalogue, 'jaywalk').delta);
    expect(state.notices.seq).toBe(seqBefore + 1);
    expect(state.notices.items).toContainEqual(expect.objectContaining({ type: 'RecordMade', record: expect.objectContaining({ action: 'jaywalk', t: redAt }) }));
    expect(state.log).toEqual([{ type: 'crossed', station: crossing.id, waited: 0, t: redAt }]);

    // A second jaywalk publishes a new batch with the next number.
    store.getState().report({ type: 'crossed', station: crossing.id, waited: 0 });
    expect(store.getState().notices.seq).toBe(seqBefore + 2);
    expect(store.getState().notices.items).not.toBe(state.notices.items);
  });

  it('does not publish a batch when nothing happened (crossing on green without waiting)', () => {
    const store = playing();
    tickUntil(store, 'green');
    const before = store.getState().notices;
    store.getState().report({ type: 'crossed', station: crossing.id, waited: 0 });
    expect(store.getState().notices).toBe(before);
    expect(day(store).score).toBe(catalogue.score.start);
  });

  it('advances the clock only while playing: pause stops it, resume starts it again', () => {
    const store = playing();
    store.getState().tick(2);
    expect(day(store).clock).toBe(2);

    store.getState().pause();
    expect(store.getState().phase).toBe('paused');
    store.getState().tick(10);
    expect(day(store).clock).toBe(2);
    // Nor does a report while paused count.
    store.getState().report({ type: 'requested', station: 'paper-1' });
    expect(day(store).records).toEqual([]);
    expect(store.getState().log).toEqual([]);

    store.getState().resume();
    expect(store.getState().phase).toBe('playing');
    store.getState().tick(3);
    expect(day(store).clock).toBe(5);
  });

  it('ignores zero, negative and NaN ticks', () => {
    const store = playing();
    store.getState().tick(4);
    for (const seconds of [0, -3, Number.NaN]) store.getState().tick(seconds);
    expect(day(store).clock).toBe(4);
  });

  it('moves the in-world clock from the district start to its end minute', () => {
    const store = playing();
    expect(clockMinutes(store.getState())).toBe(district.clock.startMinute);
    store.getState().tick(district.dayLengthSeconds / 2);
    expect(clockMinutes(store.getState())).toBe((district.clock.startMinute + district.clock.endMinute) / 2);
  });

  it('ends the day when the clock runs out', () => {
    const store = playing();
    store.getState().tick(district.dayLengthSeconds + 1);
    expect(store.getState().phase).toBe('ended');
    expect(day(store).ended).toBe(true);
    expect(day(store).endReason).toBe('clock');
    expect(store.getState().notices.items).toContainEqual({ type: 'DayEnded', reason: 'clock', t: district.dayLengthSeconds });
    store.getState().tick(1);
    expect(day(store).clock).toBe(district.dayLengthSeconds);
  });

  it('endDay ends the day by the player, also from pause, and logs it', () => {
    const store = playing();
    store.getState().tick(10);
    store.getState().pause();
    store.getState().endDay();
    expect(store.getState().phase).toBe('ended');
    expect(day(store).endReason).toBe('player');
    expect(Object.values(day(store).errands).every((s) => s === 'failed')).toBe(true);
    expect(store.getState().log.at(-1)).toEqual({ type: 'ended', t: 10, reason: 'player' });
    // After the end, reports and ticks change nothing.
    const ended = day(store);
    store.getState().report({ type: 'crossed', station: crossing.id, waited: 0 });
    store.getState().tick(5);
    expect(day(store)).toBe(ended);
  });

  it('keeps a log that replays to the same day with the seed', () => {
    const store = playing(77);
    tickUntil(store, 'red');
    store.getState().report({ type: 'crossed', station: crossing.id, waited: 0 });
    store.getState().tick(3);
    store.getState().report({ type: 'requested', station: 'paper-1' });
    store.getState().report({ type: 'requested', station: 'paper-1' });
    store.getState().report({ type: 'againstFlow', station: 'plaza-1', seconds: 3 });
    store.getState().endDay();
    const { log } = store.getState();
    expect(replay(level, 77, log)).toEqual(day(store));
  });

  it('keeps a log that replays a day ended by the clock to the same ended day', () => {
    const store = playing(78);
    tickUntil(store, 'red');
    store.getState().report({ type: 'crossed', station: crossing.id, waited: 0 });
    store.getState().tick(district.dayLengthSeconds);
    expect(day(store).ended).toBe(true);
    const replayed = replay(level, 78, store.getState().log);
    // The dossier and the outcome of the errands must be the same when replayed.
    expect(replayed.ended).toBe(true);
    expect(replayed).toEqual(day(store));
  });

  it('shows the active sanction effects through activeEffects', () => {
    const store = playing();
    expect(activeEffects(store.getState()).size).toBe(0);
    for (let i = 0; i < 4; i++) {
      tickUntil(store, 'red');
      store.getState().report({ type: 'crossed', station: crossing.id, waited: 0 });
    }
    const tier = catalogue.tiers.find((t) => t.id === day(store).tier);
    const expected = catalogue.sanctions.filter((s) => tier?.sanctions.includes(s.id)).map((s) => s.effect);
    expect(expected.length).toBeGreaterThan(0);
    expect([...activeEffects(store.getState())].sort()).toEqual([...expected].sort());
  });

  it('calls a subscribed listener on every change until it unsubscribes', () => {
    const store = playing();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.getState().tick(1);
    store.getState().tick(1);
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    store.getState().tick(1);
    store.getState().pause();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('calls a selector subscription only when its slice changes, and never after unsubscribing', () => {
    const store = playing();
    const onScore = vi.fn();
    const unsubscribe = store.subscribe((s) => s.day?.score, onScore);
    store.getState().tick(0.5); // clock moves, score does not
    expect(onScore).not.toHaveBeenCalled();
    tickUntil(store, 'red');
    store.getState().report({ type: 'crossed', station: crossing.id, waited: 0 });
    expect(onScore).toHaveBeenCalledTimes(1);
    expect(onScore).toHaveBeenLastCalledWith(catalogue.score.start + actionOf(catalogue, 'jaywalk').delta, catalogue.score.start);
    unsubscribe();
    store.getState().report({ type: 'crossed', station: crossing.id, waited: 0 });
    expect(onScore).toHaveBeenCalledTimes(1);
  });

  it('back to the menu clears the day and the log', () => {
    const store = playing();
    store.getState().tick(1);
    store.getState().report({ type: 'arrived', station: 'market' });
    store.getState().backToMenu();
    expect(store.getState().phase).toBe('menu');
    expect(store.getState().day).toBeNull();
    expect(store.getState().log).toEqual([]);
    store.getState().tick(1);
    expect(store.getState().day).toBeNull();
  });
});
