// Fetches a desk level file (levels/desk-*.json) and checks it against the
// fact catalogue and the district the page already loaded.
import { FACTS } from '../content/facts';
import { parseDeskLevel, type DeskContext, type DeskResultOrErrors } from '../core/desk';
import type { Level } from '../core/types';

export const DEFAULT_DESK = 'desk-1';

export function deskContext(level: Level | null): DeskContext {
  return {
    factKinds: new Map(FACTS.map((f) => [f.id, f.kind])),
    places: level ? new Set(level.district.stations.map((s) => s.place)) : null,
    districtId: level ? level.district.id : null,
  };
}

/** The desk every page offers, checked against the district the page plays. */
export function loadDefaultDesk(level: Level | null): Promise<DeskResultOrErrors> {
  return loadDesk(DEFAULT_DESK, level);
}

export async function loadDesk(deskId: string, level: Level | null): Promise<DeskResultOrErrors> {
  const file = `levels/${deskId}.json`;
  try {
    const response = await fetch(file, { cache: 'no-cache' });
    if (!response.ok) return { ok: false, errors: [`${file}: the file could not be loaded (HTTP ${response.status})`] };
    if ((response.headers.get('content-type') ?? '').includes('text/html')) {
      return { ok: false, errors: [`${file}: the file could not be loaded (the server sent a web page, so the file is probably missing)`] };
    }
    const result = parseDeskLevel({ file, text: await response.text() }, deskContext(level));
    if (result.ok && result.desk.id !== deskId) return { ok: false, errors: [`${file}: id must be "${deskId}" (the file's name), not "${result.desk.id}"`] };
    return result;
  } catch (error) {
    return { ok: false, errors: [`${file}: the file could not be loaded (${error instanceof Error ? error.message : String(error)})`] };
  }
}
