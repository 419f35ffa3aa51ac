// The two parallel forms: which one a player gets before the day (a seeded
// half gets A first, the other half B), and what their sorting adds up to.
// Pure: no DOM, no storage.
import { nextRandom } from '../rng';
import type { CheckLabel, FormId, FormOrder, Statement, StatementPool } from './types';
import { CHECK_LABELS } from '../../content/labels';

/** A seeded half of the players gets A before and B after; the other half the reverse. */
export function formOrder(seed: number): FormOrder {
  const [value] = nextRandom(seed >>> 0);
  return value < 0.5 ? 'AB' : 'BA';
}

/** The forms before and after the day, in that order. */
export function formsOf(order: FormOrder): [FormId, FormId] {
  return order === 'AB' ? ['A', 'B'] : ['B', 'A'];
}

export function formStatements(pool: StatementPool, form: FormId): Statement[] {
  const byId = new Map(pool.statements.map((s) => [s.id, s]));
  return pool.forms[form].map((id) => byId.get(id)).filter((s): s is Statement => s !== undefined);
}

/** A player's choice per statement; null for a statement they skipped. */
export type Answers = readonly (CheckLabel | null)[];

/** Bit i set when statement i of the form was sorted right (a skipped statement counts as not right). */
export function rightMask(statements: readonly Statement[], answers: Answers): number {
  let mask = 0;
  statements.forEach((s, i) => {
    if (answers[i] === s.answer) mask |= 1 << i;
  });
  return mask;
}

export function countRight(mask: number): number {
  let n = 0;
  for (let m = mask; m > 0; m >>= 1) n += m & 1;
  return n;
}

export type LabelTally = Record<CheckLabel, { right: number; asked: number }>;

export function emptyTally(): LabelTally {
  return Object.fromEntries(CHECK_LABELS.map((l) => [l, { right: 0, asked: 0 }])) as LabelTally;
}

/** Adds one form's result to a tally per right answer: how often each label was asked, and sorted right. */
export function addToTally(tally: LabelTally, statements: readonly Statement[], mask: number): LabelTally {
  statements.forEach((s, i) => {
    tally[s.answer].asked++;
    if ((mask & (1 << i)) !== 0) tally[s.answer].right++;
  });
  return tally;
}
