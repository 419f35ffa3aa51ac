// Result codes of finished days without playing them in the page: two days
// replayed from their event logs (one that only ends, one with a red
// crossing) under a facilitator's settings and the shipped level.
import { replay } from '../../src/core/day';
import { applyWorkshop } from '../../src/workshop/applyToLevel';
import { outcomeOfDay } from '../../src/workshop/outcome';
import { encodeOutcome } from '../../src/workshop/resultCode';
import { DEFAULT_WORKSHOP, type WorkshopSettings } from '../../src/workshop/settings';
import { loadLevel } from '../unit/helpers/level';

export function replayedCodes(settings: Partial<WorkshopSettings>): string[] {
  const level = applyWorkshop(loadLevel(), { ...DEFAULT_WORKSHOP, ...settings });
  return [
    replay(level, 5, [{ type: 'ended', t: 20, reason: 'player' }]),
    replay(level, 6, [
      { type: 'crossed', t: 30, station: 'crossing-1', waited: 0 },
      { type: 'ended', t: 40, reason: 'player' },
    ]),
  ].map((day) => encodeOutcome(outcomeOfDay(day, level)));
}

/** The code with its last character changed: the check character no longer fits. */
export function mistyped(code: string): string {
  return `${code.slice(0, -1)}${code.endsWith('7') ? '8' : '7'}`;
}
