import type { GameStore } from '../store/gameStore';
import { translate } from '../i18n';
import type { Announcer } from './announcer';
import type { WorkshopHooks } from './workshop/playHooks';
import type { DeskUi } from './desk/deskScreen';

/** What every DOM screen needs: the store, a translator bound to the current language, the announcer. */
export interface UiContext {
  store: GameStore;
  announcer: Announcer;
  t(key: string, vars?: Record<string, string | number>): string;
  /** Called by the start and end screens to begin a (new) day. */
  startDay(): void;
  /** A one-line notice shown on the start screen (e.g. settings were reset). */
  notices: string[];
  /** Workshop mode's additions to the start, ending and debrief screens (absent in kiosk mode). */
  workshop?: WorkshopHooks;
  /** The control desk (second perspective), when the page offers it. */
  desk?: DeskUi;
  /** Replaces the ending and debrief after a day (kiosk mode's short debrief). */
  endedScreen?: (root: HTMLElement, ui: UiContext) => () => void;
}

export function bindTranslator(store: GameStore) {
  return (key: string, vars?: Record<string, string | number>) => translate(store.getState().lang, key, vars);
}
