// Every text of both languages, mounted as the game mounts them once loaded.
// The unit tests read texts synchronously; the game loads them in chunks
// (src/i18n/features.ts), which tests/unit/i18nRegistry.test.ts covers.
import { checkDe } from '../../../src/i18n/check/de';
import { checkEn } from '../../../src/i18n/check/en';
import { de } from '../../../src/i18n/de';
import { lessonDe } from '../../../src/i18n/lesson/de';
import { lessonEn } from '../../../src/i18n/lesson/en';
import { debriefDe } from '../../../src/i18n/debrief/de';
import { debriefEn } from '../../../src/i18n/debrief/en';
import { deskDe } from '../../../src/i18n/desk/de';
import { deskEn } from '../../../src/i18n/desk/en';
import { en, type FeatureMessages, type Messages } from '../../../src/i18n/en';
import { provideTexts, type Feature, type Lang } from '../../../src/i18n';
import { kioskDe } from '../../../src/i18n/kiosk/de';
import { kioskEn } from '../../../src/i18n/kiosk/en';
import { workshopDe } from '../../../src/i18n/workshop/de';
import { workshopEn } from '../../../src/i18n/workshop/en';

export const ALL_TEXTS: Record<Lang, Messages> = {
  en: { ...en, debrief: debriefEn, desk: deskEn, workshop: workshopEn, kiosk: kioskEn, check: checkEn, lesson: lessonEn },
  de: { ...de, debrief: debriefDe, desk: deskDe, workshop: workshopDe, kiosk: kioskDe, check: checkDe, lesson: lessonDe },
};

/** Puts every text into the registry, as if every chunk had loaded. */
export function provideAllTexts(): void {
  for (const lang of ['de', 'en'] as const) {
    const { debrief, desk, workshop, kiosk, check, lesson, ...core } = ALL_TEXTS[lang];
    provideTexts(lang, 'core', core);
    const features: FeatureMessages = { debrief, desk, workshop, kiosk, check, lesson };
    for (const f of Object.keys(features) as Feature[]) provideTexts(lang, f, features[f] as never);
  }
}
