// Which ending a finished day gets: the first in the catalogue whose
// conditions all hold. Data decides; this only reads the conditions.
import { tierRank } from './tiers';
import type { DayState, EndingDef, Level } from './types';

export function endingFor(day: DayState, level: Level): EndingDef {
  const { catalogue } = level;
  const matches = (ending: EndingDef): boolean => {
    const c = ending.if;
    if (c.recordOf !== undefined && !day.records.some((r) => r.action === c.recordOf)) return false;
    if (c.errandFailed !== undefined && day.errands[c.errandFailed] !== 'failed') return false;
    if (c.tierAtLeast !== undefined && tierRank(day.tier, catalogue) > tierRank(c.tierAtLeast, catalogue)) return false;
    if (c.allErrandsDone && Object.values(day.errands).some((s) => s !== 'done')) return false;
    return true;
  };
  const ending = catalogue.endings.find(matches) ?? catalogue.endings[catalogue.endings.length - 1];
  if (!ending) throw new Error('catalogue has no endings');
  return ending;
}
