// Looking up texts by dot path (`action.jaywalk.title`), with {placeholders}.
import { de } from './de';
import { en, type Messages } from './en';

export type Lang = 'de' | 'en';
export const LANGS: readonly Lang[] = ['de', 'en'];
export const MESSAGES: Record<Lang, Messages> = { de, en };

export function isLang(value: unknown): value is Lang {
  return value === 'de' || value === 'en';
}

/** German for browsers that prefer German, English otherwise. */
export function langFromNavigator(languages: readonly string[]): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().slice(0, 2);
    if (isLang(base)) return base;
  }
  return 'en';
}

/** The raw value at a dot path, or undefined when the path does not exist. */
export function lookup(lang: Lang, key: string): unknown {
  let node: unknown = MESSAGES[lang];
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

export function hasText(lang: Lang, key: string): boolean {
  return typeof lookup(lang, key) === 'string';
}

/** The text at `key` with {placeholders} filled in; a missing key shows itself, never crashes. */
export function translate(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const value = lookup(lang, key);
  const text = typeof value === 'string' ? value : key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = vars[name];
    return v === undefined ? whole : typeof v === 'number' ? formatNumber(lang, v) : v;
  });
}

export function formatNumber(lang: Lang, n: number): string {
  return new Intl.NumberFormat(MESSAGES[lang].meta.locale).format(n);
}

/** Points with a sign: "+5", "−50" (a real minus sign reads better). */
export function formatDelta(lang: Lang, n: number): string {
  const abs = formatNumber(lang, Math.abs(n));
  return n > 0 ? `+${abs}` : n < 0 ? `−${abs}` : abs;
}

/** In-world time of day from minutes after midnight: "08:14" in both languages. */
export function formatClock(minutes: number): string {
  const m = Math.floor(minutes) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
