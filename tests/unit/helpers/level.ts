// Loads level files from disk and parses them the way the game does, so unit
// tests play the shipped district, not a hand-written imitation of it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FACT_IDS } from '../../../src/content/facts';
import { lightAt } from '../../../src/core/stations/crossing';
import type { Catalogue, DayState, DistrictDef, Level, SanctionEffect, StationDef, StationKind, StationOf } from '../../../src/core/types';
import { parseLevel, type LevelFile, type LevelResult } from '../../../src/core/validateLevel';

/** Labels used in validation messages, exactly as the game shows them. */
export const DISTRICT_FILE = 'levels/district-1.json';
export const CATALOGUE_FILE = 'levels/catalogue.json';

const root = (relative: string): string => fileURLToPath(new URL(`../../../${relative}`, import.meta.url));

export function readText(relative: string): string {
  return readFileSync(root(relative), 'utf8');
}

/** The two shipped files as the game reads them. */
export function shippedFiles(): { district: LevelFile; catalogue: LevelFile } {
  return {
    district: { file: DISTRICT_FILE, text: readText(DISTRICT_FILE) },
    catalogue: { file: CATALOGUE_FILE, text: readText(CATALOGUE_FILE) },
  };
}

export function parseShipped(): LevelResult {
  const { district, catalogue } = shippedFiles();
  return parseLevel(district, catalogue, FACT_IDS);
}

/** The shipped level, parsed and validated; throws with every message if it does not validate. */
export function loadLevel(): Level {
  const result = parseShipped();
  if (!result.ok) {
    throw new Error(`the shipped level does not validate:\n  ${result.errors.join('\n  ')}`);
  }
  return result.level;
}

/** A deep copy, so a test can change numbers without touching other tests' level. */
export function cloneLevel(level: Level): Level {
  return structuredClone(level);
}

/** The first station of a kind in the district; throws if there is none. */
export function stationOf<K extends StationKind>(district: DistrictDef, kind: K): StationOf<K> {
  const station = district.stations.find((s: StationDef): s is StationOf<K> => s.kind === kind);
  if (!station) throw new Error(`the district has no ${kind} station`);
  return station;
}

export function actionOf(catalogue: Catalogue, id: string): Catalogue['actions'][number] {
  const action = catalogue.actions.find((a) => a.id === id);
  if (!action) throw new Error(`the catalogue has no action "${id}"`);
  return action;
}

export function sensorOf(catalogue: Catalogue, id: string): Catalogue['sensors'][number] {
  const sensor = catalogue.sensors.find((s) => s.id === id);
  if (!sensor) throw new Error(`the catalogue has no sensor "${id}"`);
  return sensor;
}

/** The tier list, best first, with a guaranteed element at every index used by the tests. */
export function tierAt(catalogue: Catalogue, index: number): Catalogue['tiers'][number] {
  const tier = catalogue.tiers[index];
  if (!tier) throw new Error(`the catalogue has no tier at index ${index}`);
  return tier;
}

/** The id of the errand done at a station (throws if there is none). */
export function errandAt(district: DistrictDef, stationId: string): string {
  const errand = district.errands.find((e) => e.station === stationId);
  if (!errand) throw new Error(`no errand at ${stationId}`);
  return errand.id;
}

/** Moments of the day (every half second) when the first crossing shows `light`. */
export function lightMoments(level: Level, light: 'red' | 'green'): number[] {
  const crossing = stationOf(level.district, 'crossing');
  const out: number[] = [];
  for (let t = 0; t < level.district.dayLengthSeconds; t += 0.5) if (lightAt(crossing.params, t) === light) out.push(t);
  return out;
}

/** True when one of the day's active sanctions has this effect. */
export function hasEffect(catalogue: Catalogue, state: DayState, effect: SanctionEffect): boolean {
  return catalogue.sanctions.some((s) => s.effect === effect && state.sanctions.includes(s.id));
}
