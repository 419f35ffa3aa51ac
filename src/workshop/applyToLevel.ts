// Turns the shipped level into the facilitator's version: the day as long as
// the session, the switched-off stations gone, and with them the errands that
// need them. Pure; the result is validated again before it is used
// (see validateWorkshopLevel), so a level edit can never yield a broken day.
import { parseLevel, type LevelResult } from '../core/validateLevel';
import type { Level, StationKind } from '../core/types';
import { TOPICS, type WorkshopSettings } from './settings';

export function applyWorkshop(level: Level, settings: WorkshopSettings): Level {
  const offKinds = new Set<StationKind>(settings.off.flatMap((topic) => [...TOPICS[topic]]));
  const { district, catalogue } = level;
  const stations = district.stations.filter((s) => !offKinds.has(s.kind));
  const stationIds = new Set(stations.map((s) => s.id));
  const errands = district.errands.filter((e) => stationIds.has(e.station));
  const errandIds = new Set(errands.map((e) => e.id));
  const finalErrand = district.finalErrand !== undefined && errandIds.has(district.finalErrand) ? district.finalErrand : undefined;
  // An ending that waits for a removed errand can never happen; the last (catch-all) ending always stays.
  const endings = catalogue.endings.filter(
    (ending, i) => i === catalogue.endings.length - 1 || ending.if.errandFailed === undefined || errandIds.has(ending.if.errandFailed),
  );
  const rest = { ...district };
  delete rest.finalErrand;
  return {
    district: {
      ...rest,
      ...(finalErrand !== undefined ? { finalErrand } : {}),
      dayLengthSeconds: settings.minutes * 60,
      stations,
      errands,
    },
    catalogue: { ...catalogue, endings },
  };
}

/** Runs the workshop level through the same checks as a level file. */
export function validateWorkshopLevel(level: Level, knownFacts: ReadonlySet<string>): LevelResult {
  return parseLevel(
    { file: `workshop:${level.district.id}`, text: JSON.stringify(level.district) },
    { file: 'workshop:catalogue', text: JSON.stringify(level.catalogue) },
    knownFacts,
  );
}
