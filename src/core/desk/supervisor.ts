// The supervisor's lines: praise that grows with the operator's own score,
// pressure that grows with every dismissal or missed flag. Which line is
// said is data (levels/desk-*.json); the text lives in i18n (desk.supervisor.*).
import type { DecisionRecord, DeskLevel } from './types';

/** Highest step whose threshold is reached; the first step when none is. */
function highest<T>(steps: readonly T[], reached: (step: T) => boolean): T | undefined {
  let found: T | undefined = steps[0];
  for (const step of steps) if (reached(step)) found = step;
  return found;
}

export function praiseLine(level: DeskLevel, operatorScore: number): string | undefined {
  return highest(level.supervisor.praise, (s) => operatorScore >= s.minScore)?.line;
}

/** Dismissals and timeouts so far: what the supervisor counts against the operator. */
export function missesOf(decisions: readonly DecisionRecord[]): number {
  return decisions.filter((d) => d.decision !== 'confirm').length;
}

export function pressureLine(level: DeskLevel, misses: number): string | undefined {
  return highest(level.supervisor.pressure, (s) => misses >= s.misses)?.line;
}
