// What a finished day contributes to the class's results: read from the day
// and the level, nothing else (no name, no address, no times, no places).
import { endingFor } from '../core/endings';
import { tierFor } from '../core/tiers';
import type { DayState, Level } from '../core/types';
import { formsOf, formStatements, rightMask, type Answers, type FormOrder, type StatementPool } from '../core/check';
import { LIMITS, SCORE_BAND, type CheckOutcome, type Outcome } from './resultCode';

/** Action ids whose records answer "waited for green?" and "reported someone?". */
export const WAITED_ACTION = 'wait-green';
export const REPORTED_ACTION = 'reported-other';

/**
 * @param deskConfirmShare share (0..1) of control-desk alerts the player
 *   confirmed, when the day was played at the control desk; null otherwise.
 */
export function outcomeOfDay(day: DayState, level: Level, deskConfirmShare: number | null = null): Outcome {
  const { catalogue } = level;
  const ending = catalogue.endings.indexOf(endingFor(day, level));
  const tier = catalogue.tiers.findIndex((t) => t.id === day.tier);
  // Every sanction of every grade the score passed through hit the player.
  const hit = new Set<string>(day.sanctions);
  for (const point of day.history) for (const s of tierFor(point.score, catalogue).sanctions) hit.add(s);
  let sanctions = 0;
  catalogue.sanctions.forEach((s, i) => {
    if (i < 8 && hit.has(s.id)) sanctions |= 1 << i;
  });
  return {
    ending: Math.min(Math.max(ending, 0), LIMITS.ending - 1),
    tier: Math.min(Math.max(tier, 0), LIMITS.tier - 1),
    scoreBand: Math.min(Math.floor(Math.max(day.score, 0) / SCORE_BAND), LIMITS.scoreBand - 1),
    waitedGreen: day.records.some((r) => r.action === WAITED_ACTION),
    reportedOther: day.records.some((r) => r.action === REPORTED_ACTION),
    sanctions,
    deskConfirmTenths: deskConfirmShare === null ? null : Math.round(Math.min(Math.max(deskConfirmShare, 0), 1) * 10),
  };
}

/**
 * The source check as a result code carries it: which form came first and,
 * per part, which statements were sorted right (null: that part was not
 * taken). Undefined when neither part was taken, so the code stays short.
 */
export function checkOutcomeOf(
  pool: StatementPool,
  order: FormOrder,
  before: Answers | null,
  after: Answers | null,
): CheckOutcome | undefined {
  if (before === null && after === null) return undefined;
  const [first, second] = formsOf(order);
  return {
    order,
    before: before === null ? null : rightMask(formStatements(pool, first), before),
    after: after === null ? null : rightMask(formStatements(pool, second), after),
  };
}
