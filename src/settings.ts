// The only thing the game keeps in the browser: the player's settings.
// Nothing about what the player did is ever stored.
import { isLang, isTextLevel, type Lang, type TextLevel } from './i18n';

export const SETTINGS_KEY = 'punktestand.settings';
export const SETTINGS_VERSION = 2;
const MAX_CHARS = 2000;

/** Actions a key can be mapped to. Pointer and touch always work besides. */
export const KEY_ACTIONS = ['up', 'down', 'left', 'right', 'use', 'pause'] as const;
export type KeyAction = (typeof KEY_ACTIONS)[number];
/** Each action's keys, as `KeyboardEvent.code` values (layout-independent: W is where W is). */
export type KeyMap = Record<KeyAction, string[]>;

export const DEFAULT_KEYS: KeyMap = {
  up: ['ArrowUp', 'KeyW'],
  down: ['ArrowDown', 'KeyS'],
  left: ['ArrowLeft', 'KeyA'],
  right: ['ArrowRight', 'KeyD'],
  use: ['KeyE', 'Space'],
  pause: ['KeyP', 'Escape'],
};
/** Most keys one action may hold; more is treated as a broken file. */
const MAX_KEYS_PER_ACTION = 4;

export const TEXT_SIZES = [100, 125, 150] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const MOTION_CHOICES = ['system', 'reduce', 'full'] as const;
export type MotionChoice = (typeof MOTION_CHOICES)[number];

export interface Settings {
  version: typeof SETTINGS_VERSION;
  lang: Lang | null;
  /** Standard or simple texts (Einfache Sprache / plain English). Files saved before it existed read as standard. */
  textLevel: TextLevel;
  /** 0 … 1 */
  effectsVolume: number;
  /** 0 … 1 */
  ambienceVolume: number;
  muted: boolean;
  /** Per cent of the normal text size. */
  textSize: TextSize;
  /** 'system' follows prefers-reduced-motion; 'reduce' always calm; 'full' always moving. */
  motion: MotionChoice;
  keys: KeyMap;
}

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    lang: null,
    textLevel: 'standard',
    effectsVolume: 0.7,
    ambienceVolume: 0.4,
    muted: false,
    textSize: 100,
    motion: 'system',
    keys: copyKeys(DEFAULT_KEYS),
  };
}
export function copyKeys(keys: KeyMap): KeyMap {
  return Object.fromEntries(KEY_ACTIONS.map((a) => [a, [...keys[a]]])) as KeyMap;
}

/** Reads settings; anything unreadable falls back to defaults and says so (`reset`). */
export function loadSettings(storage: Storage | null): { settings: Settings; reset: boolean } {
  let raw: string | null;
  try {
    raw = storage?.getItem(SETTINGS_KEY) ?? null;
  } catch {
    // Storage can throw (private mode, blocked cookies): play with defaults.
    return { settings: defaultSettings(), reset: false };
  }
  if (raw === null) return { settings: defaultSettings(), reset: false };
  const settings = parseSettings(raw);
  if (settings) return { settings, reset: false };
  removeQuietly(storage);
  return { settings: defaultSettings(), reset: true };
}

/** The settings in a stored string, or null when it is not a file this game wrote. */
export function parseSettings(raw: string): Settings | null {
  if (raw.length > MAX_CHARS) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(parsed)) return null;
  const lang = parsed.lang;
  if (lang !== null && !isLang(lang)) return null;
  // Version 1 held only the language: keep it, default the rest.
  if (parsed.version === 1) return { ...defaultSettings(), lang };
  if (parsed.version !== SETTINGS_VERSION) return null;
  const { effectsVolume, ambienceVolume, muted, textSize, motion, keys } = parsed;
  const textLevel = parsed.textLevel ?? 'standard';
  if (!isTextLevel(textLevel)) return null;
  if (!isVolume(effectsVolume) || !isVolume(ambienceVolume)) return null;
  if (typeof muted !== 'boolean') return null;
  if (!TEXT_SIZES.includes(textSize as TextSize)) return null;
  if (!MOTION_CHOICES.includes(motion as MotionChoice)) return null;
  const keyMap = parseKeys(keys);
  if (!keyMap) return null;
  return {
    version: SETTINGS_VERSION,
    lang,
    textLevel,
    effectsVolume,
    ambienceVolume,
    muted,
    textSize: textSize as TextSize,
    motion: motion as MotionChoice,
    keys: keyMap,
  };
}

function parseKeys(value: unknown): KeyMap | null {
  if (!isRecord(value)) return null;
  const map: Partial<KeyMap> = {};
  const seen = new Set<string>();
  for (const action of KEY_ACTIONS) {
    const list = value[action];
    if (!Array.isArray(list) || list.length === 0 || list.length > MAX_KEYS_PER_ACTION) return null;
    for (const code of list) {
      // One key, one action: a file that maps a key twice is not ours.
      if (!isKeyCode(code) || seen.has(code)) return null;
      seen.add(code);
    }
    map[action] = [...(list as string[])];
  }
  return map as KeyMap;
}

/** A `KeyboardEvent.code`: letters and digits, short. */
export function isKeyCode(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9]{1,24}$/.test(value);
}

function isVolume(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function saveSettings(storage: Storage | null, settings: Settings): void {
  try {
    storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // A full or blocked storage must never stop the game.
  }
}

function removeQuietly(storage: Storage | null): void {
  try {
    storage?.removeItem(SETTINGS_KEY);
  } catch {
    /* nothing we can do */
  }
}

/** localStorage, or null where merely touching it throws. */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The action a key code is mapped to, if any. */
export function actionForKey(keys: KeyMap, code: string): KeyAction | null {
  for (const action of KEY_ACTIONS) if (keys[action].includes(code)) return action;
  return null;
}

/**
 * Puts `code` as the first key of `action`, replacing that action's first key.
 * Refused (with the action that already holds it) when another action uses the key.
 */
export function remapKey(keys: KeyMap, action: KeyAction, code: string): { ok: true; keys: KeyMap } | { ok: false; takenBy: KeyAction } {
  const holder = actionForKey(keys, code);
  if (holder && holder !== action) return { ok: false, takenBy: holder };
  const next = copyKeys(keys);
  const rest = next[action].slice(1).filter((k) => k !== code);
  next[action] = [code, ...rest];
  return { ok: true, keys: next };
}

/** Whether the game should be calm, given the setting and what the system asks for. */
export function motionReduced(choice: MotionChoice, systemAsks: boolean): boolean {
  return choice === 'reduce' || (choice === 'system' && systemAsks);
}
