// Where each language's texts come from. Only the core of the language in use
// loads at start; the other language and the texts of single features
// (debrief, desk, workshop, kiosk) are chunks of their own, fetched with the
// screens that show them (issue 8: less JavaScript before the first frame).
// The types tie each German file to its English twin, feature by feature.
import type { CoreMessages, FeatureMessages } from './en';

export type Lang = 'de' | 'en';
/** Standard texts, or simple ones (Einfache Sprache / plain English, issue 19). */
export type TextLevel = 'standard' | 'simple';
export type Feature = keyof FeatureMessages;

type Loaders<T> = Record<Lang, () => Promise<T>>;

export const CORE: Loaders<CoreMessages> = {
  en: () => import('./en').then((m) => m.en),
  de: () => import('./de').then((m) => m.de),
};

export const FEATURES: { [F in Feature]: Loaders<FeatureMessages[F]> } = {
  debrief: {
    en: () => import('./debrief/en').then((m) => m.debriefEn),
    de: () => import('./debrief/de').then((m) => m.debriefDe),
  },
  desk: {
    en: () => import('./desk/en').then((m) => m.deskEn),
    de: () => import('./desk/de').then((m) => m.deskDe),
  },
  workshop: {
    en: () => import('./workshop/en').then((m) => m.workshopEn),
    de: () => import('./workshop/de').then((m) => m.workshopDe),
  },
  kiosk: {
    en: () => import('./kiosk/en').then((m) => m.kioskEn),
    de: () => import('./kiosk/de').then((m) => m.kioskDe),
  },
  check: {
    en: () => import('./check/en').then((m) => m.checkEn),
    de: () => import('./check/de').then((m) => m.checkDe),
  },
  lesson: {
    en: () => import('./lesson/en').then((m) => m.lessonEn),
    de: () => import('./lesson/de').then((m) => m.lessonDe),
  },
};

// The simple level: each file has its standard twin's type, so a missing key
// fails the type check. Loaded only when a player chooses simple texts.
export const SIMPLE_CORE: Loaders<CoreMessages> = {
  en: () => import('./simple/en').then((m) => m.enSimple),
  de: () => import('./simple/de').then((m) => m.deSimple),
};

export const SIMPLE_FEATURES: { [F in Feature]: Loaders<FeatureMessages[F]> } = {
  debrief: {
    en: () => import('./debrief/simple-en').then((m) => m.debriefSimpleEn),
    de: () => import('./debrief/simple-de').then((m) => m.debriefSimpleDe),
  },
  desk: {
    en: () => import('./desk/simple-en').then((m) => m.deskSimpleEn),
    de: () => import('./desk/simple-de').then((m) => m.deskSimpleDe),
  },
  workshop: {
    en: () => import('./workshop/simple-en').then((m) => m.workshopSimpleEn),
    de: () => import('./workshop/simple-de').then((m) => m.workshopSimpleDe),
  },
  kiosk: {
    en: () => import('./kiosk/simple-en').then((m) => m.kioskSimpleEn),
    de: () => import('./kiosk/simple-de').then((m) => m.kioskSimpleDe),
  },
  check: {
    en: () => import('./check/simple-en').then((m) => m.checkSimpleEn),
    de: () => import('./check/simple-de').then((m) => m.checkSimpleDe),
  },
  lesson: {
    en: () => import('./lesson/simple-en').then((m) => m.lessonSimpleEn),
    de: () => import('./lesson/simple-de').then((m) => m.lessonSimpleDe),
  },
};
