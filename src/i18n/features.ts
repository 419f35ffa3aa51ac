// Where each language's texts come from. Only the core of the language in use
// loads at start; the other language and the texts of single features
// (debrief, desk, workshop, kiosk) are chunks of their own, fetched with the
// screens that show them (issue 8: less JavaScript before the first frame).
// The types tie each German file to its English twin, feature by feature.
import type { CoreMessages, FeatureMessages } from './en';

export type Lang = 'de' | 'en';
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
