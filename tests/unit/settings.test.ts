// Settings: the one thing the game stores. Old files keep the language,
// broken ones reset with a notice, storage that throws never stops the game.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_KEYS,
  SETTINGS_KEY,
  actionForKey,
  defaultSettings,
  loadSettings,
  motionReduced,
  remapKey,
  saveSettings,
  type Settings,
} from '../../src/settings';
import { memoryStorage } from './helpers/storage';

function throwingStorage(): Storage {
  const fail = () => {
    throw new Error('SecurityError');
  };
  return { length: 0, clear: fail, getItem: fail, key: fail, removeItem: fail, setItem: fail };
}

const custom: Settings = {
  ...defaultSettings(),
  lang: 'de',
  textLevel: 'simple',
  effectsVolume: 0.25,
  ambienceVolume: 0,
  muted: true,
  textSize: 150,
  motion: 'reduce',
  keys: { ...DEFAULT_KEYS, use: ['KeyF'] },
};

describe('settings', () => {
  it('start at defaults when nothing is stored, and say nothing', () => {
    expect(loadSettings(memoryStorage())).toEqual({ settings: defaultSettings(), reset: false });
    expect(loadSettings(null)).toEqual({ settings: defaultSettings(), reset: false });
  });

  it('come back exactly as saved', () => {
    const storage = memoryStorage();
    saveSettings(storage, custom);
    expect(loadSettings(storage)).toEqual({ settings: custom, reset: false });
  });

  it('a version 1 file (language only) keeps the language and defaults the rest', () => {
    const storage = memoryStorage({ [SETTINGS_KEY]: JSON.stringify({ version: 1, lang: 'de' }) });
    const { settings, reset } = loadSettings(storage);
    expect(reset).toBe(false);
    expect(settings).toEqual({ ...defaultSettings(), lang: 'de' });
  });

  it('a file saved before the text level existed reads as standard text', () => {
    const before: Partial<Settings> = { ...custom };
    delete before.textLevel;
    const storage = memoryStorage({ [SETTINGS_KEY]: JSON.stringify(before) });
    expect(loadSettings(storage)).toEqual({ settings: { ...custom, textLevel: 'standard' }, reset: false });
  });

  it.each([
    ['not JSON', '{"version":2,'],
    ['an unknown text level', JSON.stringify({ ...custom, textLevel: 'easy' })],
    ['a list', '[1,2]'],
    ['a number', '42'],
    ['an unknown version', JSON.stringify({ ...custom, version: 3 })],
    ['an unknown language', JSON.stringify({ ...custom, lang: 'fr' })],
    ['a volume above 1', JSON.stringify({ ...custom, effectsVolume: 5 })],
    ['a negative volume', JSON.stringify({ ...custom, ambienceVolume: -0.1 })],
    ['a huge number as volume', JSON.stringify({ ...custom, effectsVolume: 1e308 })],
    ['a text size not offered', JSON.stringify({ ...custom, textSize: 900 })],
    ['an unknown motion choice', JSON.stringify({ ...custom, motion: 'wild' })],
    ['mute as a string', JSON.stringify({ ...custom, muted: 'yes' })],
    ['a key map missing an action', JSON.stringify({ ...custom, keys: { ...DEFAULT_KEYS, pause: undefined } })],
    ['one key for two actions', JSON.stringify({ ...custom, keys: { ...DEFAULT_KEYS, use: ['KeyW'] } })],
    ['an action with no key', JSON.stringify({ ...custom, keys: { ...DEFAULT_KEYS, use: [] } })],
    ['markup as a key', JSON.stringify({ ...custom, keys: { ...DEFAULT_KEYS, use: ['<img onerror=x>'] } })],
    ['a huge file', JSON.stringify({ ...custom, padding: 'x'.repeat(5000) })],
  ])('%s falls back to defaults with a notice and is removed', (_name, raw) => {
    const storage = memoryStorage({ [SETTINGS_KEY]: raw });
    expect(loadSettings(storage)).toEqual({ settings: defaultSettings(), reset: true });
    expect(storage.getItem(SETTINGS_KEY)).toBeNull();
  });

  it('storage that throws on every call never stops the game', () => {
    const storage = throwingStorage();
    expect(loadSettings(storage)).toEqual({ settings: defaultSettings(), reset: false });
    expect(() => saveSettings(storage, custom)).not.toThrow();
  });

  it('a broken file that also cannot be removed still loads defaults', () => {
    const storage = { ...memoryStorage({ [SETTINGS_KEY]: 'garbage' }), removeItem: () => { throw new Error('blocked'); } } as Storage;
    expect(loadSettings(storage).settings).toEqual(defaultSettings());
  });

  it('defaults are fresh copies: changing one never changes the next', () => {
    const a = defaultSettings();
    a.keys.use.push('KeyQ');
    expect(defaultSettings().keys.use).toEqual(['KeyE', 'Space']);
  });
});

describe('key map', () => {
  it('finds the action of a key', () => {
    expect(actionForKey(DEFAULT_KEYS, 'KeyW')).toBe('up');
    expect(actionForKey(DEFAULT_KEYS, 'Space')).toBe('use');
    expect(actionForKey(DEFAULT_KEYS, 'KeyQ')).toBeNull();
  });

  it('remapping puts the new key first and keeps the second', () => {
    const result = remapKey(DEFAULT_KEYS, 'use', 'KeyF');
    expect(result).toEqual({ ok: true, keys: { ...DEFAULT_KEYS, use: ['KeyF', 'Space'] } });
    expect(DEFAULT_KEYS.use).toEqual(['KeyE', 'Space']); // the defaults are untouched
  });

  it('refuses a key another action holds, and names that action', () => {
    expect(remapKey(DEFAULT_KEYS, 'use', 'KeyW')).toEqual({ ok: false, takenBy: 'up' });
  });

  it('mapping an action to its own second key moves it to the front without doubling', () => {
    expect(remapKey(DEFAULT_KEYS, 'use', 'Space')).toEqual({ ok: true, keys: { ...DEFAULT_KEYS, use: ['Space'] } });
  });

  it('a remapped map survives saving and loading', () => {
    const result = remapKey(DEFAULT_KEYS, 'up', 'KeyI');
    if (!result.ok) throw new Error('remap refused');
    const storage = memoryStorage();
    saveSettings(storage, { ...defaultSettings(), keys: result.keys });
    expect(loadSettings(storage).settings.keys.up).toEqual(['KeyI', 'KeyW']);
  });
});

describe('reduced motion', () => {
  it('follows the system unless the player chose', () => {
    expect(motionReduced('system', true)).toBe(true);
    expect(motionReduced('system', false)).toBe(false);
    expect(motionReduced('reduce', false)).toBe(true);
    expect(motionReduced('full', true)).toBe(false);
  });
});
