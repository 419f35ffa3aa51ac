// Resume: what is kept is read back exactly, anything odd is dropped, and the
// store continues the day from seed, log and clock.
import { describe, expect, it } from 'vitest';
import { createGameStore } from '../../../src/store/gameStore';
import { clearSavedDay, readSavedDay, RESUME_KEY, saveDay } from '../../../src/workshop/resume';
import { loadLevel } from '../helpers/level';
import { memoryStorage } from '../helpers/storage';

describe('a saved day', () => {
  it('reads back what was saved, and nothing after it is cleared', () => {
    const storage = memoryStorage();
    const saved = { settings: 'mode=workshop&min=3', levelId: 'district-1', seed: 42, clock: 30.5, log: [{ type: 'crossed' as const, t: 3, station: 'crossing-1', waited: 0 }] };
    saveDay(storage, saved);
    expect(readSavedDay(storage)).toEqual({ version: 1, ...saved });
    clearSavedDay(storage);
    expect(readSavedDay(storage)).toBeNull();
  });

  it('keeps the answers to part 1 of the source check with their form order', () => {
    const storage = memoryStorage();
    const saved = { settings: 'mode=workshop&min=3', levelId: 'district-1', seed: 42, clock: 12, log: [], check: { order: 'BA' as const, before: ['report', null, 'claim', 'opinion', 'fiction', 'report'] as const } };
    saveDay(storage, saved);
    expect(readSavedDay(storage)).toEqual({ version: 1, ...saved });
    saveDay(storage, { ...saved, check: { order: 'AB', before: null } });
    expect(readSavedDay(storage)?.check).toEqual({ order: 'AB', before: null });
  });

  it('drops a damaged entry instead of resuming from it', () => {
    const day = { version: 1, settings: 'mode=workshop', levelId: 'district-1', seed: 1, clock: 0, log: [] };
    const damaged = [
      JSON.stringify({ ...day, check: { order: 'CA', before: null } }),
      JSON.stringify({ ...day, check: { order: 'AB', before: ['maybe'] } }),
      JSON.stringify({ ...day, check: { order: 'AB', before: Array(7).fill('report') } }),
    ];
    for (const bad of ['{', '[]', '{"version":1}', JSON.stringify({ version: 1, settings: '', levelId: 'x', seed: -1, clock: 0, log: [] }), ...damaged]) {
      const storage = memoryStorage();
      storage.setItem(RESUME_KEY, bad);
      expect(readSavedDay(storage)).toBeNull();
      expect(storage.getItem(RESUME_KEY)).toBeNull();
    }
  });

  it('the store continues the day where it stood, paused', () => {
    const level = loadLevel();
    const first = createGameStore({ lang: 'en' });
    first.getState().setLevel(level);
    first.getState().startDay(9);
    first.getState().tick(2);
    first.getState().report({ type: 'crossed', station: 'crossing-1', waited: 0 });
    first.getState().tick(10);
    const { day, log } = first.getState();
    if (!day) throw new Error('no day');

    const second = createGameStore({ lang: 'en' });
    second.getState().setLevel(level);
    expect(second.getState().restoreDay(9, log, day.clock)).toBe(true);
    const restored = second.getState();
    expect(restored.phase).toBe('paused');
    expect(restored.day?.score).toBe(day.score);
    expect(restored.day?.records).toEqual(day.records);
    expect(restored.day?.clock).toBe(day.clock);
  });
});
