// Pure parts of kiosk mode: when the idle countdown shows and ends, the kiosk
// config's limits, today's tally and its clearing at midnight.
import { describe, expect, it } from 'vitest';
import { MIN_IDLE_SECONDS, parseKioskConfig, withStaffSettings } from '../../../src/kiosk/config';
import { idleStage } from '../../../src/kiosk/idleTimer';
import { tooManyRecoveries } from '../../../src/kiosk/recoveryBudget';
import { addSession, localDate, readTally, sessionFacts, TALLY_KEY, TallyStore } from '../../../src/kiosk/tally';
import { memoryStorage } from '../helpers/storage';

describe('idleStage', () => {
  const times = { idleSeconds: 45, countdownSeconds: 10 };
  it('is active until the idle time has passed', () => {
    expect(idleStage(0, 44_900, times)).toEqual({ stage: 'active' });
  });
  it('counts down the seconds left, rounded up', () => {
    expect(idleStage(0, 45_000, times)).toEqual({ stage: 'countdown', secondsLeft: 10 });
    expect(idleStage(0, 50_500, times)).toEqual({ stage: 'countdown', secondsLeft: 5 });
    expect(idleStage(0, 54_999, times)).toEqual({ stage: 'countdown', secondsLeft: 1 });
  });
  it('expires at zero', () => {
    expect(idleStage(0, 55_000, times)).toEqual({ stage: 'expired' });
  });
  it('starts over with new input', () => {
    expect(idleStage(50_000, 60_000, times)).toEqual({ stage: 'active' });
  });
});

describe('kiosk config', () => {
  it('fills in defaults: 45 s idle and no PIN', () => {
    const result = parseKioskConfig('{}');
    expect(result.ok && result.config.idleSeconds).toBe(45);
    expect(result.ok && result.config.staffPin).toBeNull();
  });
  it('never lets a museum set less than 30 s of idle time', () => {
    const result = parseKioskConfig('{"idleSeconds": 10}');
    expect(result.ok && result.config.idleSeconds).toBe(MIN_IDLE_SECONDS);
    expect(result.ok && result.warnings[0]).toMatch(/idleSeconds/);
  });
  it('allows short times only when marked for testing', () => {
    const result = parseKioskConfig('{"idleSeconds": 2, "shortTimesForTesting": true}');
    expect(result.ok && result.config.idleSeconds).toBe(2);
  });
  it('names the file and the field of a wrong value', () => {
    const result = parseKioskConfig('{"staffPin": 1234}');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/^levels\/kiosk-config\.json: staffPin /);
    const unknown = parseKioskConfig('{"idleSecs": 40}');
    expect(!unknown.ok && unknown.errors[0]).toMatch(/idleSecs/);
    expect(parseKioskConfig('{').ok).toBe(false);
  });
  it('lays staff settings over the file', () => {
    const result = parseKioskConfig('{"defaultLang": "de", "volume": 0.5}');
    if (!result.ok) throw new Error('config did not parse');
    const merged = withStaffSettings(result.config, { defaultLang: 'en', volume: 0.2, dayLengthSeconds: 120 });
    expect(merged).toMatchObject({ defaultLang: 'en', volume: 0.2, dayLengthSeconds: 120 });
  });
  it('offers simple text only when the museum switches it on, and staff may make it the default', () => {
    const plain = parseKioskConfig('{}');
    expect(plain.ok && plain.config).toMatchObject({ defaultTextLevel: 'standard', simpleTextButtons: false });
    const on = parseKioskConfig('{"simpleTextButtons": true}');
    if (!on.ok) throw new Error('config did not parse');
    expect(on.config.simpleTextButtons).toBe(true);
    expect(withStaffSettings(on.config, { defaultTextLevel: 'simple' }).defaultTextLevel).toBe('simple');
    const wrong = parseKioskConfig('{"defaultTextLevel": "easy", "simpleTextButtons": "yes"}');
    expect(!wrong.ok && wrong.errors).toEqual([
      'levels/kiosk-config.json: defaultTextLevel must be "standard" or "simple"',
      'levels/kiosk-config.json: simpleTextButtons must be true or false',
    ]);
  });
});

describe('today at this screen', () => {
  it('counts visitors and what they did, once per visitor', () => {
    let tally = readTally(null, '2026-11-26');
    tally = addSession(tally, sessionFacts(['jaywalk', 'jaywalk', 'abnormal-movement']), '2026-11-26');
    tally = addSession(tally, sessionFacts(['wait-green']), '2026-11-26');
    expect(tally).toEqual({ date: '2026-11-26', visitors: 2, crossedOnRed: 1, againstCrowd: 1, waitedForGreen: 1, guesses: 0, rightGuesses: 0 });
  });

  it('forgets yesterday, and anything it cannot read', () => {
    const yesterday = JSON.stringify({ date: '2026-11-25', visitors: 9, crossedOnRed: 3, againstCrowd: 1, waitedForGreen: 0 });
    expect(readTally(yesterday, '2026-11-26').visitors).toBe(0);
    expect(readTally('{not json', '2026-11-26').visitors).toBe(0);
    expect(readTally('{"date":"2026-11-26","visitors":-1}', '2026-11-26').visitors).toBe(0);
  });

  it('clears itself at midnight while the kiosk keeps running', () => {
    const items = new Map<string, string>();
    const storage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) } as Storage;
    let now = new Date(2026, 10, 26, 23, 58);
    const store = new TallyStore(storage, () => now);
    store.add({ crossedOnRed: true, againstCrowd: false, waitedForGreen: false });
    store.add({ crossedOnRed: false, againstCrowd: true, waitedForGreen: false });
    expect(store.read().visitors).toBe(2);
    now = new Date(2026, 10, 27, 0, 1);
    expect(store.read()).toEqual({ date: '2026-11-27', visitors: 0, crossedOnRed: 0, againstCrowd: 0, waitedForGreen: 0, guesses: 0, rightGuesses: 0 });
    // The stored copy is cleared too, not just hidden.
    expect(JSON.parse(items.get(TALLY_KEY)!).visitors).toBe(0);
    expect(store.add({ crossedOnRed: true, againstCrowd: false, waitedForGreen: false }).visitors).toBe(1);
  });

  it('keeps counting in memory when storage throws', () => {
    const blocked = (): never => {
      throw new Error('blocked');
    };
    const broken: Storage = { ...memoryStorage(), length: 0, getItem: blocked, setItem: blocked };
    const store = new TallyStore(broken, () => new Date(2026, 10, 26, 12));
    store.add({ crossedOnRed: true, againstCrowd: false, waitedForGreen: false });
    expect(store.add({ crossedOnRed: true, againstCrowd: false, waitedForGreen: false }).visitors).toBe(2);
  });

  it('counts right guesses on the short debrief, anonymously, and reads a tally stored before guesses existed', () => {
    const items = new Map<string, string>();
    const storage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) } as Storage;
    items.set(TALLY_KEY, JSON.stringify({ date: '2026-11-26', visitors: 4, crossedOnRed: 2, againstCrowd: 1, waitedForGreen: 0 }));
    const store = new TallyStore(storage, () => new Date(2026, 10, 26, 12));
    expect(store.read()).toMatchObject({ visitors: 4, guesses: 0, rightGuesses: 0 });
    store.guess(true);
    store.guess(false);
    expect(store.guess(true)).toMatchObject({ visitors: 4, guesses: 3, rightGuesses: 2 });
    // Nothing but the counts is kept.
    expect(Object.keys(JSON.parse(items.get(TALLY_KEY) ?? '{}') as object).sort()).toEqual(['againstCrowd', 'crossedOnRed', 'date', 'guesses', 'rightGuesses', 'visitors', 'waitedForGreen']);
    expect(readTally('{"date":"2026-11-26","visitors":1,"crossedOnRed":0,"againstCrowd":0,"waitedForGreen":0,"guesses":1,"rightGuesses":2}', '2026-11-26').visitors).toBe(0);
  });

  it('uses the local date', () => {
    expect(localDate(new Date(2026, 0, 5, 0, 0))).toBe('2026-01-05');
  });
});

describe('recovery budget', () => {
  it('allows a few returns to the attract loop a minute, then asks for a reload', () => {
    const times = [0, 1000, 2000, 3000, 4000];
    expect(tooManyRecoveries(times, 5000)).toBe(false);
    times.push(5000);
    expect(tooManyRecoveries(times, 5000)).toBe(true);
    expect(tooManyRecoveries(times, 200_000)).toBe(false);
  });
});
