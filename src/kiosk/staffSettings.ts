// Settings staff make on the kiosk (language and text level by default, day length, volume).
// Kept in localStorage under their own key: they are about the kiosk, never
// about a visitor.
import { isLang, isTextLevel } from '../i18n';
import type { StaffSettings } from './config';

export const STAFF_KEY = 'punktestand.kiosk.staff';

export function readStaffSettings(storage: Storage | null): StaffSettings {
  try {
    const raw = storage?.getItem(STAFF_KEY);
    if (!raw || raw.length > 500) return {};
    const parsed = JSON.parse(raw) as Record<string, unknown>;
    const out: StaffSettings = {};
    if (isLang(parsed.defaultLang)) out.defaultLang = parsed.defaultLang;
    if (isTextLevel(parsed.defaultTextLevel)) out.defaultTextLevel = parsed.defaultTextLevel;
    if (parsed.dayLengthSeconds === null || (typeof parsed.dayLengthSeconds === 'number' && parsed.dayLengthSeconds >= 30 && parsed.dayLengthSeconds <= 1800)) {
      out.dayLengthSeconds = parsed.dayLengthSeconds;
    }
    if (typeof parsed.volume === 'number' && parsed.volume >= 0 && parsed.volume <= 1) out.volume = parsed.volume;
    return out;
  } catch {
    return {};
  }
}

export function saveStaffSettings(storage: Storage | null, settings: StaffSettings): void {
  try {
    storage?.setItem(STAFF_KEY, JSON.stringify(settings));
  } catch {
    /* blocked storage: the settings last until the page reloads */
  }
}
