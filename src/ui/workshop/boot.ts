// Booting the workshop pages without the city (which page: src/workshop/route.ts).
import { loadLevel } from '../../levels/loadLevel';
import type { GameStore } from '../../store/gameStore';
import type { WorkshopPage } from '../../workshop/route';
import { mountWorkshopPages } from './pages';

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
