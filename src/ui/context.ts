import type { GameStore } from '../store/gameStore';
import { translate } from '../i18n';
import type { Announcer } from './announcer';

/** What every DOM screen needs: the store, a translator bound to the current language, the announcer. */
export interface UiContext {
  store: GameStore;
  announcer: Announcer;
  t(key: string, vars?: Record<string, string | number>): string;
  /** Called by the start and end screens to begin a (new) day. */
  startDay(): void;
  /** A one-line notice shown on the start screen (e.g. settings were reset). */
  notices: string[];
  /** Replaces the ending and debrief after a day (kiosk mode's short debrief). */
  endedScreen?: (root: HTMLElement, ui: UiContext) => () => void;
}

export function bindTranslator(store: GameStore) {
  return (key: string, vars?: Record<string, string | number>) => translate(store.getState().lang, key, vars);
}
