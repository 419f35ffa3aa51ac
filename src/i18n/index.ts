// Looking up texts by dot path (`action.jaywalk.title`), with {placeholders}.
// The texts live in a registry that fills up as chunks load (features.ts):
// `await ensureTexts(lang, 'debrief')` before a screen that needs them, then
// `translate()` stays synchronous for every caller.
//
// Each language comes at two text levels (issue 19): 'standard' and 'simple'
// (Einfache Sprache / plain English). The level is chosen for the whole page
// (`setTextLevel`, after `ensureTextsAt` has loaded its texts); every lookup
// reads the chosen level first and falls back to the standard text.
import type { CoreMessages, Messages } from './en';
import { CORE, FEATURES, SIMPLE_CORE, SIMPLE_FEATURES, type Feature, type Lang, type TextLevel } from './features';

export type { Feature, Lang, TextLevel };
export const LANGS: readonly Lang[] = ['de', 'en'];
export const TEXT_LEVELS: readonly TextLevel[] = ['standard', 'simple'];

export function isTextLevel(value: unknown): value is TextLevel {
  return value === 'standard' || value === 'simple';
}

/**
 * Each language named in itself, and its number format. Kept apart from the
 * texts: the language switch names both languages before the other one's
 * texts are loaded.
 */
export const LANGUAGES: Record<Lang, { name: string; locale: string }> = {
  de: { name: 'Deutsch', locale: 'de-DE' },
  en: { name: 'English', locale: 'en-GB' },
};

/**
 * Each text level named in its own style, in each language: the choice shows
 * what the player will get (a short sample, standard or simple). Kept apart
 * from the texts, like the language names, so the choice reads the same at
 * either level.
 */
export const TEXT_LEVEL_NAMES: Record<Lang, Record<TextLevel, { name: string; sample: string }>> = {
  de: {
    standard: { name: 'Standardtext', sample: 'Ausführliche Texte mit allen Einzelheiten und Fachwörtern.' },
    simple: { name: 'Einfache Sprache', sample: 'Kurze Sätze. Einfache Wörter.' },
  },
  en: {
    standard: { name: 'Standard text', sample: 'Full texts, with every detail and the technical terms.' },
    simple: { name: 'Plain English', sample: 'Short sentences. Everyday words.' },
  },
};

type Part = 'core' | Feature;

type PartId = `${TextLevel}:${Lang}:${Part}`;
const texts: Record<TextLevel, Record<Lang, Partial<Messages>>> = { standard: { de: {}, en: {} }, simple: { de: {}, en: {} } };
const ready = new Set<PartId>();
const loading = new Map<PartId, Promise<void>>();
let activeLevel: TextLevel = 'standard';

/** The text level every lookup reads first. */
export function textLevel(): TextLevel {
  return activeLevel;
}

/** Chooses the text level for the page; load its texts first (`ensureTextsAt`), or lookups fall back to the standard. */
export function setTextLevel(level: TextLevel): void {
  activeLevel = level;
}

/** Puts a loaded part into the registry (the loaders do; unit tests may too). */
export function provideTexts(lang: Lang, part: 'core', tree: CoreMessages, level?: TextLevel): void;
export function provideTexts<F extends Feature>(lang: Lang, part: F, tree: Messages[F], level?: TextLevel): void;
export function provideTexts(lang: Lang, part: Part, tree: object, level: TextLevel = 'standard'): void {
  Object.assign(texts[level][lang], part === 'core' ? tree : { [part]: tree });
  ready.add(`${level}:${lang}:${part}`);
}

function loaderOf(level: TextLevel, lang: Lang, part: Part): () => Promise<object> {
  if (level === 'simple') return part === 'core' ? SIMPLE_CORE[lang] : SIMPLE_FEATURES[part][lang];
  return part === 'core' ? CORE[lang] : FEATURES[part][lang];
}

function loadPart(level: TextLevel, lang: Lang, part: Part): Promise<void> {
  const id = `${level}:${lang}:${part}` as const;
  if (ready.has(id)) return Promise.resolve();
  let pending = loading.get(id);
  if (!pending) {
    pending = loaderOf(level, lang, part)().then(
      (tree) => provideTexts(lang, part as Feature, tree as Messages[Feature], level),
      (error: unknown) => {
        loading.delete(id); // a later call may try again (offline for a moment)
        throw error;
      },
    );
    loading.set(id, pending);
  }
  return pending;
}

/** Loads the core texts of `lang` and the named features' texts (each once), at the page's text level. */
export async function ensureTexts(lang: Lang, ...features: Feature[]): Promise<void> {
  await ensureTextsAt(lang, activeLevel, ...features);
}

/** Loads the core texts of `lang` and the named features' texts at the given level (before switching to it). */
export async function ensureTextsAt(lang: Lang, level: TextLevel, ...features: Feature[]): Promise<void> {
  await Promise.all([loadPart(level, lang, 'core'), ...features.map((f) => loadPart(level, lang, f))]);
}

/** True when the core of `lang` and the named features are in the registry at the page's text level. */
export function hasTexts(lang: Lang, ...features: Feature[]): boolean {
  return ready.has(`${activeLevel}:${lang}:core`) && features.every((f) => ready.has(`${activeLevel}:${lang}:${f}`));
}

/** The features whose texts are loaded in `lang` at the page's level: a switch loads the same in the new language or level. */
export function loadedFeatures(lang: Lang): Feature[] {
  return (Object.keys(FEATURES) as Feature[]).filter((f) => ready.has(`${activeLevel}:${lang}:${f}`));
}

/** A feature's whole text tree at the page's level (for screens that walk a list of texts); it must be loaded. */
export function featureTexts<F extends Feature>(lang: Lang, feature: F): Messages[F] {
  const tree = texts[activeLevel][lang][feature] ?? texts.standard[lang][feature];
  if (!tree) throw new Error(`The ${feature} texts (${lang}) are used before they were loaded`);
  return tree as Messages[F];
}

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

/** The raw value at a dot path, at the page's text level (else the standard), or undefined when the path does not exist (or is not loaded). */
export function lookup(lang: Lang, key: string): unknown {
  const value = activeLevel === 'standard' ? undefined : lookupIn(texts[activeLevel][lang], key);
  return value ?? lookupIn(texts.standard[lang], key);
}

function lookupIn(tree: object, key: string): unknown {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

export function hasText(lang: Lang, key: string): boolean {
  return typeof lookup(lang, key) === 'string';
}

/**
 * The text at `key` with {placeholders} filled in; a missing key shows itself,
 * never crashes. The screens load their texts first; should one ever be asked
 * for before its language arrived, the other language's text is the fallback
 * (a readable sentence rather than a raw key).
 */
export function translate(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  // The city asks for texts every frame: only a miss looks further (and allocates).
  const own = lookup(lang, key);
  const value = typeof own === 'string' ? own : LANGS.map((l) => lookup(l, key)).find((v) => typeof v === 'string');
  const text = typeof value === 'string' ? value : key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = vars[name];
    return v === undefined ? whole : typeof v === 'number' ? formatNumber(lang, v) : v;
  });
}

// One number format and one set of plural rules per language, made once: the
// HUD formats numbers every frame.
const NUMBER_FORMATS: Record<Lang, Intl.NumberFormat> = {
  de: new Intl.NumberFormat(LANGUAGES.de.locale),
  en: new Intl.NumberFormat(LANGUAGES.en.locale),
};
const PLURAL_RULES: Record<Lang, Intl.PluralRules> = {
  de: new Intl.PluralRules(LANGUAGES.de.locale),
  en: new Intl.PluralRules(LANGUAGES.en.locale),
};

export function formatNumber(lang: Lang, n: number): string {
  return NUMBER_FORMATS[lang].format(n);
}

/**
 * A text that depends on a count: `key` names an object with one text per
 * plural category of the language (`one`, `other`; `two` or `zero` where a
 * text wants them), chosen by Intl.PluralRules. {count} is filled in.
 */
export function translateCount(lang: Lang, key: string, count: number, vars: Record<string, string | number> = {}): string {
  const category = count === 0 && hasText(lang, `${key}.zero`) ? 'zero' : count === 2 && hasText(lang, `${key}.two`) ? 'two' : PLURAL_RULES[lang].select(count);
  const pick = hasText(lang, `${key}.${category}`) ? category : 'other';
  return translate(lang, `${key}.${pick}`, { count, ...vars });
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
