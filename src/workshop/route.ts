// Which workshop page a link opens. Pure, so the routing is tested in Node.
import type { Mode } from '../urlParams';
import type { DecodedWorkshop } from './settings';

export type WorkshopPage = 'setup' | 'guide' | 'class';

/**
 * `?mode=class` is the class view; `?mode=workshop` without settings is the
 * facilitator's setup (`&page=guide`: the lesson material). A workshop link
 * with settings is a player's game, and every other mode too: null.
 */
export function workshopPageFor(mode: Mode, search: string, decoded: DecodedWorkshop): WorkshopPage | null {
  if (mode === 'class') return 'class';
  if (mode !== 'workshop' || decoded.present) return null;
  return new URLSearchParams(search).get('page') === 'guide' ? 'guide' : 'setup';
}
