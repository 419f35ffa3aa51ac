// The class view's arithmetic for the source check: how many statements the
// class sorted right before the day and after the debrief, the change of
// the players whose codes carry both, and which label the class confused
// most. Pure; the pool tells which statement (and so which label) each bit is.
import type { CheckLabel } from '../content/labels';
import { CHECK_LABELS } from '../content/labels';
import { addToTally, countRight, emptyTally, formsOf, formStatements, type LabelTally, type StatementPool } from '../core/check';
import type { Outcome } from './resultCode';

export interface PartSummary {
  players: number;
  /** Players per number right, index 0..formLength. */
  distribution: number[];
  /** Mean number right, or null without players. */
  mean: number | null;
}

export interface CheckSummary {
  formLength: number;
  before: PartSummary;
  after: PartSummary;
  /** Players whose codes carry both parts: their mean change, and how many did better, the same, worse. */
  paired: { players: number; meanChange: number | null; better: number; same: number; worse: number };
  /** Per label: sorted right / asked, before and after. */
  labels: { label: CheckLabel; before: { right: number; asked: number }; after: { right: number; asked: number } }[];
  /** The label with the lowest share sorted right (after the debrief if anyone took it, else before); null without answers. */
  mostConfused: CheckLabel | null;
  /** How many codes had form A first and B first. */
  orders: { AB: number; BA: number };
}

function part(masks: number[], formLength: number): PartSummary {
  const distribution = Array.from({ length: formLength + 1 }, () => 0);
  let total = 0;
  for (const m of masks) {
    const n = Math.min(countRight(m), formLength);
    distribution[n] = (distribution[n] ?? 0) + 1;
    total += n;
  }
  return { players: masks.length, distribution, mean: masks.length === 0 ? null : total / masks.length };
}

export function checkSummary(outcomes: readonly Outcome[], pool: StatementPool): CheckSummary {
  const formLength = Math.max(pool.forms.A.length, pool.forms.B.length);
  const withCheck = outcomes.filter((o) => o.check);
  const before: number[] = [];
  const after: number[] = [];
  const changes: number[] = [];
  const tallies: Record<'before' | 'after', LabelTally> = { before: emptyTally(), after: emptyTally() };
  const orders = { AB: 0, BA: 0 };
  for (const o of withCheck) {
    const c = o.check;
    if (!c) continue;
    orders[c.order]++;
    const [first, second] = formsOf(c.order);
    if (c.before !== null) {
      before.push(c.before);
      addToTally(tallies.before, formStatements(pool, first), c.before);
    }
    if (c.after !== null) {
      after.push(c.after);
      addToTally(tallies.after, formStatements(pool, second), c.after);
    }
    if (c.before !== null && c.after !== null) changes.push(countRight(c.after) - countRight(c.before));
  }
  const labels = CHECK_LABELS.map((label) => ({ label, before: tallies.before[label], after: tallies.after[label] }));
  const phase: 'before' | 'after' = after.length > 0 ? 'after' : 'before';
  let mostConfused: CheckLabel | null = null;
  let lowest = Infinity;
  for (const l of labels) {
    const { right, asked } = l[phase];
    if (asked > 0 && right / asked < lowest) {
      lowest = right / asked;
      mostConfused = l.label;
    }
  }
  return {
    formLength,
    before: part(before, formLength),
    after: part(after, formLength),
    paired: {
      players: changes.length,
      meanChange: changes.length === 0 ? null : changes.reduce((a, b) => a + b, 0) / changes.length,
      better: changes.filter((d) => d > 0).length,
      same: changes.filter((d) => d === 0).length,
      worse: changes.filter((d) => d < 0).length,
    },
    labels,
    mostConfused,
    orders,
  };
}
