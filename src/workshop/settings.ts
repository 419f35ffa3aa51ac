// Workshop settings: what a facilitator chooses for a session, and how it
// travels in a share link. Pure (no DOM): encode and decode are inverse for
// every valid setting, and anything unreadable falls back to the default
// with the parameter's name in `ignored`, so the start screen can say so.
//
// Public URL parameters (documented in the README; facilitators share links):
//   min=3|8|12                 length of the day in real minutes
//   off=<topic>,<topic>        stations switched off (topics below)
//   pace=normal|fast|faster    how fast the score and so the sanctions move
//   notes=on|off               content notes on the start screen
//   desk=on|off                the control-desk perspective offered (default on)
//   check=on|off               the source check before and after the day (default on;
//                              the link carries it only when off)
//   lang=de|en                 language (read by src/urlParams.ts)
//   text=standard|simple       text level (read by src/urlParams.ts; the link carries it only when simple)
import type { StationKind } from '../core/types';
import type { Lang, TextLevel } from '../i18n';

export const SESSION_MINUTES = [3, 8, 12] as const;
export type SessionMinutes = (typeof SESSION_MINUTES)[number];

/** What the facilitator can switch off, by topic; each topic names the station kinds it covers. */
export const TOPICS = {
  crossing: ['crossing'],
  paper: ['dispenser'],
  crowd: ['plaza'],
  police: ['patrol', 'checkpoint'],
  health: ['clinic'],
  lunch: ['shop'],
  lecture: ['lecture'],
  gait: ['disguise', 'gait'],
  traffic: ['witness'],
  billboard: ['billboard'],
} as const satisfies Record<string, readonly StationKind[]>;
// The platform gate is never switched off: catching the train ends the day.
export type Topic = keyof typeof TOPICS;
export const TOPIC_IDS = Object.keys(TOPICS) as Topic[];

export const PACES = { normal: 1, fast: 1.5, faster: 2 } as const;
export type Pace = keyof typeof PACES;

export interface WorkshopSettings {
  minutes: SessionMinutes;
  /** Topics switched off, in TOPIC_IDS order (so a link is stable). */
  off: Topic[];
  pace: Pace;
  contentNotes: boolean;
  /** Whether players may also take a shift at the control desk (the second perspective). */
  desk: boolean;
  /** Whether players sort statements by source before the day and after the debrief (issue 18). */
  check: boolean;
  lang: Lang | null;
  /** Simple texts (Einfache Sprache / plain English) for the whole class. */
  textLevel: TextLevel;
}

export const DEFAULT_WORKSHOP: WorkshopSettings = { minutes: 8, off: [], pace: 'normal', contentNotes: true, desk: true, check: true, lang: null, textLevel: 'standard' };

/** The parameter names this module owns (lang and text belong to src/urlParams.ts). */
export const WORKSHOP_PARAMS = ['min', 'off', 'pace', 'notes', 'desk', 'check'] as const;

export function isTopic(value: string): value is Topic {
  return Object.prototype.hasOwnProperty.call(TOPICS, value);
}

function isPace(value: string): value is Pace {
  return Object.prototype.hasOwnProperty.call(PACES, value);
}

export function deltaScaleOf(pace: Pace): number {
  return PACES[pace];
}

/** Sorted, unique topics: the same choice always gives the same link. */
export function normaliseOff(topics: readonly Topic[]): Topic[] {
  return TOPIC_IDS.filter((id) => topics.includes(id));
}

/** The query string of a share link, without `?`; `mode=workshop` first. */
export function encodeWorkshop(settings: WorkshopSettings): string {
  const params = new URLSearchParams();
  params.set('mode', 'workshop');
  if (settings.lang) params.set('lang', settings.lang);
  // Standard is the default: links made before the text level existed keep their meaning.
  if (settings.textLevel === 'simple') params.set('text', 'simple');
  params.set('min', String(settings.minutes));
  const off = normaliseOff(settings.off);
  if (off.length > 0) params.set('off', off.join(','));
  params.set('pace', settings.pace);
  params.set('notes', settings.contentNotes ? 'on' : 'off');
  params.set('desk', settings.desk ? 'on' : 'off');
  // On is the default: links made before the check existed keep their meaning.
  if (!settings.check) params.set('check', 'off');
  // Commas in `off` stay readable: they are safe in a query string.
  return params.toString().replace(/%2C/g, ',');
}

export interface DecodedWorkshop {
  settings: WorkshopSettings;
  /** True when the link carries any workshop setting (a player link, not the facilitator's). */
  present: boolean;
  /** Parameters present but not understood; their defaults were used. */
  ignored: string[];
}

/** Reads the workshop settings from a query string; `lang` and `textLevel` are taken as already checked by urlParams. */
export function decodeWorkshop(search: string, lang: Lang | null = null, textLevel: TextLevel | null = null): DecodedWorkshop {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const settings: WorkshopSettings = { ...DEFAULT_WORKSHOP, off: [], lang, textLevel: textLevel ?? 'standard' };
  const present = WORKSHOP_PARAMS.some((name) => params.has(name));

  const min = params.get('min');
  if (min !== null) {
    const minutes = SESSION_MINUTES.find((m) => String(m) === min.trim());
    if (minutes) settings.minutes = minutes;
    else ignored.push('min');
  }

  const off = params.get('off');
  if (off !== null) {
    const parts = off.split(',').map((p) => p.trim().toLowerCase()).filter((p) => p !== '');
    const known = parts.filter(isTopic);
    settings.off = normaliseOff(known);
    // Known topics still apply; only the unknown ones are reported.
    if (known.length !== parts.length) ignored.push('off');
  }

  const pace = params.get('pace');
  if (pace !== null) {
    if (isPace(pace)) settings.pace = pace;
    else ignored.push('pace');
  }

  const notes = params.get('notes');
  if (notes !== null) {
    if (notes === 'on' || notes === 'off') settings.contentNotes = notes === 'on';
    else ignored.push('notes');
  }

  const desk = params.get('desk');
  if (desk !== null) {
    if (desk === 'on' || desk === 'off') settings.desk = desk === 'on';
    else ignored.push('desk');
  }

  const check = params.get('check');
  if (check !== null) {
    if (check === 'on' || check === 'off') settings.check = check === 'on';
    else ignored.push('check');
  }
  return { settings, present, ignored };
}
