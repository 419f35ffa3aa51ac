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
import { provideTexts, type Feature, type Lang, type TextLevel } from '../../../src/i18n';
import { deSimple } from '../../../src/i18n/simple/de';
import { enSimple } from '../../../src/i18n/simple/en';
import { checkSimpleDe } from '../../../src/i18n/check/simple-de';
import { checkSimpleEn } from '../../../src/i18n/check/simple-en';
import { debriefSimpleDe } from '../../../src/i18n/debrief/simple-de';
import { debriefSimpleEn } from '../../../src/i18n/debrief/simple-en';
import { deskSimpleDe } from '../../../src/i18n/desk/simple-de';
import { deskSimpleEn } from '../../../src/i18n/desk/simple-en';
import { kioskSimpleDe } from '../../../src/i18n/kiosk/simple-de';
import { kioskSimpleEn } from '../../../src/i18n/kiosk/simple-en';
import { lessonSimpleDe } from '../../../src/i18n/lesson/simple-de';
import { lessonSimpleEn } from '../../../src/i18n/lesson/simple-en';
import { workshopSimpleDe } from '../../../src/i18n/workshop/simple-de';
import { workshopSimpleEn } from '../../../src/i18n/workshop/simple-en';
import { kioskDe } from '../../../src/i18n/kiosk/de';
import { kioskEn } from '../../../src/i18n/kiosk/en';
import { workshopDe } from '../../../src/i18n/workshop/de';
import { workshopEn } from '../../../src/i18n/workshop/en';

export const ALL_TEXTS: Record<Lang, Messages> = {
  en: { ...en, debrief: debriefEn, desk: deskEn, workshop: workshopEn, kiosk: kioskEn, check: checkEn, lesson: lessonEn },
  de: { ...de, debrief: debriefDe, desk: deskDe, workshop: workshopDe, kiosk: kioskDe, check: checkDe, lesson: lessonDe },
};

/** The simple level (Einfache Sprache / plain English), mounted the same way. */
export const SIMPLE_TEXTS: Record<Lang, Messages> = {
  en: { ...enSimple, debrief: debriefSimpleEn, desk: deskSimpleEn, workshop: workshopSimpleEn, kiosk: kioskSimpleEn, check: checkSimpleEn, lesson: lessonSimpleEn },
  de: { ...deSimple, debrief: debriefSimpleDe, desk: deskSimpleDe, workshop: workshopSimpleDe, kiosk: kioskSimpleDe, check: checkSimpleDe, lesson: lessonSimpleDe },
};

export const TEXTS_AT: Record<TextLevel, Record<Lang, Messages>> = { standard: ALL_TEXTS, simple: SIMPLE_TEXTS };

/** Both levels of one language in one tree (paths start with the level), for checks every text must pass. */
export const EVERY_TEXT: Record<Lang, { standard: Messages; simple: Messages }> = {
  en: { standard: ALL_TEXTS.en, simple: SIMPLE_TEXTS.en },
  de: { standard: ALL_TEXTS.de, simple: SIMPLE_TEXTS.de },
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
