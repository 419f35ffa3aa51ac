// Public URL parameters (documented in the README; facilitators share links):
//   ?lang=de|en      language (overrides browser and saved setting)
//   ?text=standard|simple   text level: simple is Einfache Sprache / plain English (overrides the saved setting)
//   ?level=<id>      which level file to load from levels/ (default district-1)
//   ?seed=<number>   a fixed seed for the day (the same day every time)
//   ?mode=play|kiosk|workshop|class|desk   which way the game runs (default play)
import { isLang, isTextLevel, type Lang, type TextLevel } from './i18n';

/** The ways the game runs; each has its own entry in the README. */
export const MODES = ['play', 'kiosk', 'workshop', 'class', 'desk'] as const;
export type Mode = (typeof MODES)[number];

export function isMode(value: unknown): value is Mode {
  return typeof value === 'string' && (MODES as readonly string[]).includes(value);
}

export interface UrlOptions {
  mode: Mode;
  lang: Lang | null;
  textLevel: TextLevel | null;
  level: string;
  seed: number | null;
  /** Parameters that were present but not understood, for a notice. */
  ignored: string[];
}

export const DEFAULT_LEVEL = 'district-1';
const LEVEL_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

export function readUrlOptions(search: string): UrlOptions {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const modeParam = params.get('mode');
  const mode = isMode(modeParam) ? modeParam : 'play';
  if (modeParam !== null && !isMode(modeParam)) ignored.push('mode');

  const langParam = params.get('lang');
  const lang = isLang(langParam) ? langParam : null;
  if (langParam !== null && !lang) ignored.push('lang');

  const textParam = params.get('text');
  const textLevel = isTextLevel(textParam) ? textParam : null;
  if (textParam !== null && !textLevel) ignored.push('text');

  const levelParam = params.get('level');
  const level = levelParam !== null && LEVEL_ID.test(levelParam) ? levelParam : DEFAULT_LEVEL;
  if (levelParam !== null && level !== levelParam) ignored.push('level');

  const seedParam = params.get('seed');
  const seedNumber = seedParam === null ? NaN : Number(seedParam);
  const seed = Number.isInteger(seedNumber) && seedNumber >= 0 && seedNumber < 2 ** 31 ? seedNumber : null;
  if (seedParam !== null && seed === null) ignored.push('seed');
  return { mode, lang, textLevel, level, seed, ignored };
}
