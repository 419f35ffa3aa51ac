// The source check's shipped statements (levels/statements.json), read and
// checked as the game reads them, for every test that needs the pool.
import { FACTS } from '../../../src/content/facts';
import type { SourceLabel } from '../../../src/content/labels';
import { parseStatementPool, type StatementPool } from '../../../src/core/check';
import { readText } from './level';

export const STATEMENTS_FILE = 'levels/statements.json';

export function shippedStatements(): StatementPool {
  const result = parseStatementPool({ file: STATEMENTS_FILE, text: readText(STATEMENTS_FILE) }, new Map<string, SourceLabel>(FACTS.map((f) => [f.id, f.kind])));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.pool;
}
