// The kiosk's configuration: `levels/kiosk-config.json` (edited by the museum
// on the kiosk's disk, no rebuild), checked with valibot like the level files.
// Staff settings made on the kiosk itself (language, day length, volume) are
// laid over it.
import * as v from 'valibot';
import { isLang, isTextLevel, type Lang, type TextLevel } from '../i18n';

export const KIOSK_CONFIG_FILE = 'levels/kiosk-config.json';
/** Museums' guidance: never reset a visitor after less than 30 s without input. */
export const MIN_IDLE_SECONDS = 30;

export interface KioskConfig {
  /** Level played in kiosk mode unless `?level=` says otherwise. */
  level: string;
  /** Seconds without input before the "Keep playing?" countdown shows. */
  idleSeconds: number;
  /** Seconds the countdown runs before the session ends. */
  countdownSeconds: number;
  /** Seconds the short summary shows after an idle reset. */
  summarySeconds: number;
  /** Day length in seconds; null keeps the level's own. */
  dayLengthSeconds: number | null;
  defaultLang: Lang;
  /** Standard or simple texts (Einfache Sprache / plain English) when a visitor just touches the screen. */
  defaultTextLevel: TextLevel;
  /** Two more start buttons on the attract screen: each language in simple text. */
  simpleTextButtons: boolean;
  /** 0 … 1; kept for the sound module. */
  volume: number;
  /** The staff PIN (4–8 digits); null disables the staff screen. */
  staffPin: string | null;
  /** Seconds the staff corner must be held. */
  staffHoldSeconds: number;
  /** Lifts the minimum idle time, for automated tests and the soak only. Never in a museum. */
  shortTimesForTesting: boolean;
}

export const DEFAULT_KIOSK_CONFIG: KioskConfig = {
  level: 'kiosk-1',
  idleSeconds: 45,
  countdownSeconds: 10,
  summarySeconds: 8,
  dayLengthSeconds: null,
  defaultLang: 'de',
  defaultTextLevel: 'standard',
  simpleTextButtons: false,
  volume: 0.6,
  staffPin: null,
  staffHoldSeconds: 3,
  shortTimesForTesting: false,
};

const seconds = (min: number, max: number) => v.pipe(v.number(), v.finite('must be a finite number'), v.minValue(min, `must be at least ${min}`), v.maxValue(max, `must be at most ${max}`));

const schema = v.strictObject({
  level: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be a level id such as "kiosk-1"'))),
  idleSeconds: v.optional(seconds(0.5, 3600)),
  countdownSeconds: v.optional(seconds(0.5, 120)),
  summarySeconds: v.optional(seconds(0.5, 120)),
  dayLengthSeconds: v.optional(v.nullable(seconds(5, 1800))),
  defaultLang: v.optional(v.picklist(['de', 'en'], 'must be "de" or "en"')),
  defaultTextLevel: v.optional(v.picklist(['standard', 'simple'], 'must be "standard" or "simple"')),
  simpleTextButtons: v.optional(v.boolean('must be true or false')),
  volume: v.optional(seconds(0, 1)),
  staffPin: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^\d{4,8}$/, 'must be 4 to 8 digits in quotes, e.g. "2468"')))),
  staffHoldSeconds: v.optional(seconds(1, 20)),
  shortTimesForTesting: v.optional(v.boolean()),
});

export type KioskConfigResult = { ok: true; config: KioskConfig; warnings: string[] } | { ok: false; errors: string[] };

/** Parses the config file's text; messages name the file and the field, like the level checks. */
export function parseKioskConfig(text: string, file = KIOSK_CONFIG_FILE): KioskConfigResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  const result = v.safeParse(schema, raw);
  if (!result.success) {
    return { ok: false, errors: result.issues.map((i) => `${file}: ${v.getDotPath(i) ?? '(top level)'} ${i.message}`) };
  }
  const config: KioskConfig = { ...DEFAULT_KIOSK_CONFIG };
  for (const [key, value] of Object.entries(result.output)) {
    if (value !== undefined) (config as unknown as Record<string, unknown>)[key] = value;
  }
  const warnings: string[] = [];
  if (config.idleSeconds < MIN_IDLE_SECONDS && !config.shortTimesForTesting) {
    warnings.push(`${file}: idleSeconds ${config.idleSeconds} is below the minimum; using ${MIN_IDLE_SECONDS}`);
    config.idleSeconds = MIN_IDLE_SECONDS;
  }
  return { ok: true, config, warnings };
}

/** What staff changed on the kiosk; laid over the file's values. */
export interface StaffSettings {
  defaultLang?: Lang;
  defaultTextLevel?: TextLevel;
  dayLengthSeconds?: number | null;
  volume?: number;
}

export function withStaffSettings(config: KioskConfig, staff: StaffSettings): KioskConfig {
  return {
    ...config,
    defaultLang: isLang(staff.defaultLang) ? staff.defaultLang : config.defaultLang,
    defaultTextLevel: isTextLevel(staff.defaultTextLevel) ? staff.defaultTextLevel : config.defaultTextLevel,
    dayLengthSeconds: staff.dayLengthSeconds === undefined ? config.dayLengthSeconds : staff.dayLengthSeconds,
    volume: typeof staff.volume === 'number' && staff.volume >= 0 && staff.volume <= 1 ? staff.volume : config.volume,
  };
}
