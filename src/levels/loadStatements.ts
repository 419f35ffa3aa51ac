// Fetches the source check's statements (levels/statements.json) and checks
// them against the fact catalogue: each answer must match its card's kind.
import { FACTS } from '../content/facts';
import { parseStatementPool, type PoolResult } from '../core/check';
import type { SourceLabel } from '../content/labels';

export const STATEMENTS_FILE = 'levels/statements.json';

export function factKinds(): ReadonlyMap<string, SourceLabel> {
  return new Map(FACTS.map((f) => [f.id, f.kind]));
}

let cached: Promise<PoolResult> | null = null;

/** Loads the pool once per page; a failed load may be tried again. */
export function loadStatements(): Promise<PoolResult> {
  cached ??= fetchPool().then((result) => {
    if (!result.ok) cached = null;
    return result;
  });
  return cached;
}

async function fetchPool(): Promise<PoolResult> {
  const file = STATEMENTS_FILE;
  try {
    const response = await fetch(file, { cache: 'no-cache' });
    if (!response.ok) return { ok: false, errors: [`${file}: the file could not be loaded (HTTP ${response.status})`] };
    if ((response.headers.get('content-type') ?? '').includes('text/html')) {
      return { ok: false, errors: [`${file}: the file could not be loaded (the server sent a web page, so the file is probably missing)`] };
    }
    return parseStatementPool({ file, text: await response.text() }, factKinds());
  } catch (error) {
    return { ok: false, errors: [`${file}: the file could not be loaded (${error instanceof Error ? error.message : String(error)})`] };
  }
}
