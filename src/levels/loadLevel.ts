// Fetches a level's two files from the `levels/` folder next to the page and
// checks them. A file that is missing or wrong yields messages naming it.
import { parseLevel, type LevelFile, type LevelResult } from '../core/validateLevel';
import { FACT_IDS } from '../content/factIds';

export const CATALOGUE_FILE = 'levels/catalogue.json';

export function levelFileName(levelId: string): string {
  return `levels/${levelId}.json`;
}

async function fetchText(file: string): Promise<LevelFile | string> {
  try {
    const response = await fetch(file, { cache: 'no-cache' });
    if (!response.ok) return `${file}: the file could not be loaded (HTTP ${response.status})`;
    // Some servers answer a missing file with their start page instead of a 404.
    if ((response.headers.get('content-type') ?? '').includes('text/html')) return `${file}: the file could not be loaded (the server sent a web page, so the file is probably missing)`;
    return { file, text: await response.text() };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return `${file}: the file could not be loaded (${detail})`;
  }
}

export async function loadLevel(levelId: string): Promise<LevelResult> {
  const [district, catalogue] = await Promise.all([fetchText(levelFileName(levelId)), fetchText(CATALOGUE_FILE)]);
  const missing = [district, catalogue].filter((f): f is string => typeof f === 'string');
  if (missing.length > 0 || typeof district === 'string' || typeof catalogue === 'string') {
    return { ok: false, errors: missing };
  }
  const result = parseLevel(district, catalogue, FACT_IDS);
  if (result.ok && result.level.district.id !== levelId) {
    return { ok: false, errors: [`${district.file}: id must be "${levelId}" (the file's name), not "${result.level.district.id}"`] };
  }
  return result;
}
