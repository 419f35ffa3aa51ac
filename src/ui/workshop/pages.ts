// The pages that need no city: the facilitator's setup, the lesson material
// and the class view. No Phaser is loaded for them. Each redraws in place
// when the language changes.
import './workshop.css';
import type { StatementPool } from '../../core/check';
import type { Catalogue } from '../../core/types';
import { textsShown, type GameStore } from '../../store/gameStore';
import { el } from '../dom';
import { languageButtons } from '../languageButtons';
import { renderClassView } from './classView';
import { renderGuide } from './guideScreen';
import { renderSetup } from './setupScreen';

import type { WorkshopPage } from '../../workshop/route';

export type { WorkshopPage };

export interface PageContext {
  store: GameStore;
  t(key: string, vars?: Record<string, string | number>): string;
  languageRow(): HTMLElement;
  /** Switches between the setup and the lesson material without reloading. */
  go(page: WorkshopPage): void;
}

export function mountWorkshopPages(root: HTMLElement, store: GameStore, t: PageContext['t'], first: WorkshopPage, catalogue: Catalogue | null, pool: StatementPool | null = null): () => void {
  let page = first;
  let dispose: () => void = () => undefined;
  const ctx: PageContext = {
    store,
    t,
    languageRow: () => el('div', { class: 'lang-row', role: 'group', 'aria-label': t('start.language') }, languageButtons(store, 'btn btn-small btn-lang')),
    go: (next) => {
      page = next;
      show();
      window.scrollTo(0, 0);
    },
  };
  const show = () => {
    dispose();
    document.documentElement.lang = store.getState().lang;
    root.dataset.screen = page;
    const title = page === 'class' ? 'workshop.classView.title' : page === 'guide' ? 'workshop.guide.title' : 'workshop.setup.title';
    document.title = `${t(title)} · ${t('app.title')}`;
    if (page === 'class' && catalogue) dispose = renderClassView(root, ctx, catalogue, pool);
    else if (page === 'guide') dispose = renderGuide(root, ctx, pool);
    else dispose = renderSetup(root, ctx);
  };
  const unsubscribe = store.subscribe(
    textsShown,
    () => show(),
  );
  show();
  return () => {
    unsubscribe();
    dispose();
  };
}
