// Turns the text of levels/statements.json into a checked pool, or into
// messages that name the file and the field, like the level files:
// `levels/statements.json: statements[3].answer is "claim", but F14 is a report, so it must be "report"`.
import type { SourceLabel } from '../../content/labels';
import { parseFile, type LevelFile } from '../validateLevel';
import { expectedAnswer, TRANSFER_LABELS } from './answers';
import { statementPoolSchema } from './schema';
import type { FormId, Statement, StatementPool } from './types';

export type PoolResult = { ok: true; pool: StatementPool } | { ok: false; errors: string[] };

export function parseStatementPool({ file, text }: LevelFile, factKinds: ReadonlyMap<string, SourceLabel>): PoolResult {
  const parsed = parseFile({ file, text }, statementPoolSchema);
  if (!parsed.value) return { ok: false, errors: parsed.errors };
  const pool = parsed.value as StatementPool;
  const errors = crossCheck(pool, factKinds).map((m) => `${file}: ${m}`);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, pool };
}

function checkStatement(s: Statement, at: string, factKinds: ReadonlyMap<string, SourceLabel>, errors: string[]): void {
  if ((s.fact === undefined) === (s.source === undefined)) {
    errors.push(`${at} must name either a card ("fact") or, for a transfer statement, who says it ("source"), not both or neither`);
    return;
  }
  if (s.source !== undefined) {
    if (!TRANSFER_LABELS.includes(s.answer)) errors.push(`${at}.answer must be one of ${TRANSFER_LABELS.join(', ')} for a transfer statement (no card of the game backs it), not "${s.answer}"`);
    if (s.figureBy !== undefined) errors.push(`${at}.figureBy is only for statements that rest on a figure card`);
    return;
  }
  const kind = factKinds.get(s.fact ?? '');
  if (kind === undefined) {
    errors.push(`${at}.fact "${s.fact}" is not in the fact catalogue`);
    return;
  }
  if (kind !== 'figure' && s.figureBy !== undefined) errors.push(`${at}.figureBy is only for statements that rest on a figure card (${s.fact} is ${kind})`);
  const expected = expectedAnswer(kind, s.figureBy);
  if (expected === null) errors.push(`${at}.figureBy is missing: ${s.fact} is a figure, so say who gives the number ("article" or "company")`);
  else if (expected !== s.answer) errors.push(`${at}.answer is "${s.answer}", but ${s.fact} is ${kind}, so it must be "${expected}"`);
}

function crossCheck(pool: StatementPool, factKinds: ReadonlyMap<string, SourceLabel>): string[] {
  const errors: string[] = [];
  const byId = new Map<string, Statement>();
  pool.statements.forEach((s, i) => {
    if (byId.has(s.id)) errors.push(`statements[${i}].id "${s.id}" is used twice`);
    byId.set(s.id, s);
    checkStatement(s, `statements[${i}]`, factKinds, errors);
  });

  const forms: FormId[] = ['A', 'B'];
  const resolved: Partial<Record<FormId, Statement[]>> = {};
  for (const f of forms) {
    const list: Statement[] = [];
    pool.forms[f].forEach((sid, i) => {
      const s = byId.get(sid);
      if (!s) errors.push(`forms.${f}[${i}] "${sid}" is not a statement of this file`);
      else if (list.includes(s)) errors.push(`forms.${f}[${i}] "${sid}" is in the form twice`);
      else list.push(s);
    });
    resolved[f] = list;
    const transfer = list.filter((s) => s.source !== undefined).length;
    if (transfer * 3 < list.length) errors.push(`forms.${f} must have at least a third transfer statements (with "source"), so the check measures the skill and not the memory of the cards; it has ${transfer} of ${list.length}`);
  }
  const shared = pool.forms.A.filter((sid) => pool.forms.B.includes(sid));
  if (shared.length > 0) errors.push(`forms.A and forms.B must not share statements (${shared.join(', ')})`);

  const a = resolved.A ?? [];
  const b = resolved.B ?? [];
  if (errors.length === 0) {
    const profile = (list: Statement[]) => JSON.stringify([...list.map((s) => `${s.answer}:${s.source ? 'transfer' : 'card'}`)].sort());
    if (a.length !== b.length) errors.push(`forms.A and forms.B must be the same length (${a.length} and ${b.length})`);
    else if (profile(a) !== profile(b)) errors.push('forms.A and forms.B must be parallel: the same number of each answer, on cards and in transfer statements');
    const difficulty = (list: Statement[]) => list.reduce((sum, s) => sum + s.difficulty, 0);
    if (difficulty(a) !== difficulty(b)) errors.push(`forms.A and forms.B must be equally hard (sum of difficulty ${difficulty(a)} and ${difficulty(b)})`);
  }
  return errors;
}
