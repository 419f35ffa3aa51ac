// Booting the workshop pages without the city (which page: src/workshop/route.ts).
// The class view also reads the source check's statements (levels/statements.json).
import { ensureTexts, type Lang } from '../../i18n';
import { loadLevel } from '../../levels/loadLevel';
import { loadStatements } from '../../levels/loadStatements';
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
  if (page === 'setup') {
    mountWorkshopPages(root, store, t, page, null);
    return;
  }
  if (page === 'guide') {
    // The lesson material prints the source check's forms from the statements file.
    const [statements] = await Promise.all([loadStatements(), ensureTexts(store.getState().lang, 'lesson')]);
    mountWorkshopPages(root, store, t, page, null, statements.ok ? statements.pool : null);
    return;
  }
  // The source check's statements tell which label each bit of a long code is; without them the rest still works.
  const lang: Lang = store.getState().lang;
  const [result, statements] = await Promise.all([loadLevel(levelId), loadStatements(), ensureTexts(lang, 'check')]);
  if (!result.ok) {
    showErrors(result.errors);
    return;
  }
  if (!statements.ok) console.warn('source check statements could not be read:', statements.errors);
  mountWorkshopPages(root, store, t, page, result.level.catalogue, statements.ok ? statements.pool : null);
}
