// Which workshop page a link opens, and booting those pages without the city.
import { loadLevel } from '../../levels/loadLevel';
import type { GameStore } from '../../store/gameStore';
import type { Mode } from '../../urlParams';
import type { DecodedWorkshop } from '../../workshop/settings';
import { mountWorkshopPages, type WorkshopPage } from './pages';

/**
 * `?mode=class` is the class view; `?mode=workshop` without settings is the
 * facilitator's setup (`&page=guide`: the lesson material). A workshop link
 * with settings is a player's game: null.
 */
export function workshopPageFor(mode: Mode, search: string, decoded: DecodedWorkshop): WorkshopPage | null {
  if (mode === 'class') return 'class';
  if (mode !== 'workshop' || decoded.present) return null;
  return new URLSearchParams(search).get('page') === 'guide' ? 'guide' : 'setup';
}

/** Mounts the page; the class view first loads the catalogue for its labels (a broken one goes to `showErrors`). */
export async function bootWorkshopPages(
  root: HTMLElement,
  store: GameStore,
  t: (key: string, vars?: Record<string, string | number>) => string,
  page: WorkshopPage,
  levelId: string,
  showErrors: (errors: string[]) => void,
): Promise<void> {
  if (page !== 'class') {
    mountWorkshopPages(root, store, t, page, null);
    return;
  }
  const result = await loadLevel(levelId);
  if (!result.ok) {
    showErrors(result.errors);
    return;
  }
  mountWorkshopPages(root, store, t, page, result.level.catalogue);
}
