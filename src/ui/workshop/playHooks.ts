// The hooks workshop mode adds to the shared screens (start, ending, debrief),
// and plain play mode's version of them: only the way to the facilitator's
// pages. Workshop mode's own are in playerHooks.ts (loaded on workshop links).
import type { Lang } from '../../i18n';
import { el } from '../dom';
import './workshop.css';

/** Hooks the shared screens call; every one is optional for them. */
export interface WorkshopHooks {
  /** Extra blocks for the start screen, above the start button. */
  startScreen(): Node[];
  /**
   * The result code block for the ending and debrief screens, or null outside
   * a workshop. With the source check on, the code waits on the ending screen
   * for part 2 of the check, which the debrief offers.
   */
  resultCode(place?: 'ending' | 'debrief'): Node | null;
  /** A block at the end of the debrief: part 2 of the source check, or play mode's "Test yourself". */
  afterDebrief?(): Node | null;
  /** Text key of the privacy line on the start screen. */
  privacyKey: string;
}

/** A translator bound to the current language (UiContext.t). */
export type T = (key: string, vars?: Record<string, string | number>) => string;

/** Plain play: a way to the facilitator's setup and the lesson material, and "Test yourself" after the debrief. */
export function playHooks(t: T, lang: () => Lang): WorkshopHooks {
  return {
    startScreen: () => [
      el('p', { class: 'workshop-links' }, [
        el('a', { href: `?mode=workshop&lang=${lang()}`, id: 'workshop-setup-link', text: t('start.workshopLink') }),
        ' · ',
        el('a', { href: `?mode=workshop&page=guide&lang=${lang()}`, text: t('start.lessonLink') }),
      ]),
    ],
    // After the debrief: "Test yourself", the source check once (its own chunk, fetched only here).
    resultCode: () => null,
    afterDebrief: () => {
      const slot = el('div', { id: 'check-test-slot' });
      void import('../check/testYourself')
        .then((m) => m.fillTestYourself(slot, t, lang()))
        .catch((error: unknown) => console.warn('Test yourself could not load:', error));
      return slot;
    },
    privacyKey: 'start.privacy',
  };
}
