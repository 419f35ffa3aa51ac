// The only thing the game keeps in the browser: the player's settings.
// Nothing about what the player did is ever stored.
import { isLang, type Lang } from './i18n';

export const SETTINGS_KEY = 'punktestand.settings';
export const SETTINGS_VERSION = 1;
const MAX_CHARS = 2000;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  lang: Lang | null;
}

export const DEFAULT_SETTINGS: Settings = { version: SETTINGS_VERSION, lang: null };

/** Reads settings; anything unreadable falls back to defaults and says so (`reset`). */
export function loadSettings(storage: Storage | null): { settings: Settings; reset: boolean } {
  let raw: string | null;
  try {
    raw = storage?.getItem(SETTINGS_KEY) ?? null;
  } catch {
    // Storage can throw (private mode, blocked cookies): play with defaults.
    return { settings: { ...DEFAULT_SETTINGS }, reset: false };
  }
  if (raw === null) return { settings: { ...DEFAULT_SETTINGS }, reset: false };
  try {
    if (raw.length > MAX_CHARS) throw new Error('too large');
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== 'object') throw new Error('not an object');
    const { version, lang } = parsed as Record<string, unknown>;
    if (version !== SETTINGS_VERSION) throw new Error('old version');
    if (lang !== null && !isLang(lang)) throw new Error('bad lang');
    return { settings: { version: SETTINGS_VERSION, lang }, reset: false };
  } catch {
    removeQuietly(storage);
    return { settings: { ...DEFAULT_SETTINGS }, reset: true };
  }
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
