// Turns the text of the two level files into a checked Level, or into a list
// of messages a museum technician or facilitator can act on: each names the
// file and the field, e.g. `levels/district-1.json: stations[2].params.greenSeconds must be a number`.
import * as v from 'valibot';
import { catalogueSchema, districtSchema } from './levelSchema';
import { REQUIRED_ACTIONS } from './stations/requiredActions';
import type { Catalogue, DistrictDef, Level, Rect } from './types';

export interface LevelFile {
  /** Shown in messages, e.g. `levels/district-1.json`. */
  file: string;
  text: string;
}

export type LevelResult = { ok: true; level: Level } | { ok: false; errors: string[] };

/** Larger files are refused before parsing: a kiosk should not hang on a mistaken upload. */
export const MAX_LEVEL_FILE_CHARS = 512 * 1024;

export function parseLevel(
  districtFile: LevelFile,
  catalogueFile: LevelFile,
  knownFacts: ReadonlySet<string>,
): LevelResult {
  const district = parseFile(districtFile, districtSchema);
  const catalogue = parseFile(catalogueFile, catalogueSchema);
  const errors = [...district.errors, ...catalogue.errors];
  if (!district.value || !catalogue.value) return { ok: false, errors };

  const level: Level = {
    district: district.value as DistrictDef,
    catalogue: catalogue.value as Catalogue,
  };
  errors.push(...crossCheck(level, districtFile.file, catalogueFile.file, knownFacts));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, level };
}

/**
 * One data file's text checked against its schema: too large, not JSON, a
 * list instead of an object, or a schema issue each give a message that names
 * the file (and the field). Shared by the district, catalogue, desk and
 * statement files.
 */
export function parseFile<S extends v.GenericSchema>(
  { file, text }: LevelFile,
  schema: S,
): { value?: v.InferOutput<S>; errors: string[] } {
  if (text.length > MAX_LEVEL_FILE_CHARS) {
    return { errors: [`${file}: the file is too large (${text.length} characters; at most ${MAX_LEVEL_FILE_CHARS})`] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { errors: [`${file}: is not valid JSON (${detail})`] };
  }
  if (Array.isArray(raw)) return { errors: [`${file}: the file must be an object {...}, not a list [...]`] };
  const result = v.safeParse(schema, raw, { abortPipeEarly: true });
  if (result.success) return { value: result.output, errors: [] };
  return { errors: result.issues.map((issue) => `${file}: ${describeIssue(issue)}`) };
}

/** `stations[2].params.greenSeconds must be a number`. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = formatPath(issue.path?.map((item) => item.key) ?? []);
  const where = path === '' ? 'the file' : path;
  if (issue.kind !== 'schema') return `${where} ${issue.message}`;
  if (issue.type === 'strict_object' && issue.expected === 'never') return `${where} is not a known field`;
  if (issue.received === 'undefined') return `${where} is missing`;
  if (issue.type === 'variant' || issue.type === 'picklist' || issue.type === 'literal') {
    return `${where} must be one of ${listExpected(issue.expected)}, not ${issue.received}`;
  }
  return `${where} must be ${article(issue.expected)}, not ${issue.received}`;
}

function formatPath(keys: unknown[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function listExpected(expected: string | null): string {
  return (expected ?? '').replace(/^\((.*)\)$/, '$1').split(' | ').join(', ');
}

function article(expected: string | null): string {
  switch (expected) {
    case 'number':
      return 'a number';
    case 'string':
      return 'text in quotes';
    case 'Array':
      return 'a list [...]';
    case 'Object':
      return 'an object {...}';
    case 'boolean':
      return 'true or false';
    default:
      return String(expected);
  }
}

// ---------------------------------------------------------------- cross-references

function crossCheck(level: Level, districtFile: string, catalogueFile: string, knownFacts: ReadonlySet<string>): string[] {
  const errors: string[] = [];
  const inDistrict = (msg: string) => errors.push(`${districtFile}: ${msg}`);
  const inCatalogue = (msg: string) => errors.push(`${catalogueFile}: ${msg}`);
  const { district, catalogue } = level;

  const checkFacts = (list: string[], where: string, report: (m: string) => void) =>
    list.forEach((fact, i) => {
      if (!knownFacts.has(fact)) report(`${where}.facts[${i}] names an unknown fact "${fact}"`);
    });

  // Catalogue: score range, tier order, references between entries.
  const { score, tiers } = catalogue;
  if (score.min >= score.max) inCatalogue('score.min must be lower than score.max');
  if (score.start < score.min || score.start > score.max) {
    inCatalogue(`score.start must lie between score.min and score.max (it is ${score.start}; the range is ${score.min} to ${score.max})`);
  }
  tiers.forEach((tier, i) => {
    const previous = tiers[i - 1];
    if (previous && tier.min >= previous.min) {
      inCatalogue(`tiers[${i}].min must be lower than tiers[${i - 1}].min (tiers are listed best first, without overlap)`);
    }
  });
  const lowest = tiers[tiers.length - 1];
  if (lowest && lowest.min > score.min) inCatalogue(`tiers[${tiers.length - 1}].min must be at most score.min, so every score has a tier`);

  reportDuplicates(tiers, 'tiers', inCatalogue);
  reportDuplicates(catalogue.sanctions, 'sanctions', inCatalogue);
  reportDuplicates(catalogue.sensors, 'sensors', inCatalogue);
  reportDuplicates(catalogue.actions, 'actions', inCatalogue);

  const sanctionIds = new Set(catalogue.sanctions.map((s) => s.id));
  const sensorIds = new Set(catalogue.sensors.map((s) => s.id));
  tiers.forEach((tier, i) => {
    checkFacts(tier.facts, `tiers[${i}]`, inCatalogue);
    tier.sanctions.forEach((sanction, j) => {
      if (!sanctionIds.has(sanction)) inCatalogue(`tiers[${i}].sanctions[${j}] names an unknown sanction "${sanction}"`);
    });
  });
  catalogue.sanctions.forEach((s, i) => checkFacts(s.facts, `sanctions[${i}]`, inCatalogue));
  catalogue.sensors.forEach((s, i) => checkFacts(s.facts, `sensors[${i}]`, inCatalogue));
  catalogue.actions.forEach((action, i) => {
    checkFacts(action.facts, `actions[${i}]`, inCatalogue);
    if (!sensorIds.has(action.sensor)) inCatalogue(`actions[${i}].sensor names an unknown sensor "${action.sensor}"`);
  });

  reportDuplicates(catalogue.endings, 'endings', inCatalogue);
  const tierIds = new Set(tiers.map((t) => t.id));
  const actionIdsForEndings = new Set(catalogue.actions.map((a) => a.id));
  catalogue.endings.forEach((ending, i) => {
    const { recordOf, tierAtLeast } = ending.if;
    if (recordOf !== undefined && !actionIdsForEndings.has(recordOf)) inCatalogue(`endings[${i}].if.recordOf names an unknown action "${recordOf}"`);
    if (tierAtLeast !== undefined && !tierIds.has(tierAtLeast)) inCatalogue(`endings[${i}].if.tierAtLeast names an unknown tier "${tierAtLeast}"`);
  });
  const lastEnding = catalogue.endings[catalogue.endings.length - 1];
  if (lastEnding && Object.keys(lastEnding.if).length > 0) inCatalogue(`endings[${catalogue.endings.length - 1}].if must be empty {}, so every day has an ending`);

  const errandIds = new Set(level.district.errands.map((e) => e.id));
  catalogue.endings.forEach((ending, i) => {
    const { errandFailed } = ending.if;
    if (errandFailed !== undefined && !errandIds.has(errandFailed)) {
      errors.push(`${catalogueFile}: endings[${i}].if.errandFailed names an unknown errand "${errandFailed}" (errands are listed in ${districtFile})`);
    }
  });

  // Passers-by's scores are on the same scale as the player's (checked once that scale makes sense).
  const { scoreCentre } = level.district.passersBy;
  if (score.min < score.max && (scoreCentre < score.min || scoreCentre > score.max)) {
    errors.push(`${districtFile}: passersBy.scoreCentre must lie between score.min and score.max of ${catalogueFile} (it is ${scoreCentre}; the range is ${score.min} to ${score.max})`);
  }

  // District: geometry, stations, errands.
  const map: Rect = { x: 0, y: 0, w: district.map.width, h: district.map.height };
  if (district.clock.endMinute <= district.clock.startMinute) inDistrict('clock.endMinute must be later than clock.startMinute');
  if (!containsPoint(map, district.spawn)) inDistrict('spawn must lie inside the map');
  district.buildings.forEach((b, i) => {
    if (b.kind !== 'park' && containsPoint(b, district.spawn)) inDistrict(`spawn lies inside buildings[${i}]`);
    if (!containsRect(map, b)) inDistrict(`buildings[${i}] must lie inside the map`);
  });
  district.roads.forEach((r, i) => {
    if (!containsRect(map, r)) inDistrict(`roads[${i}] must lie inside the map`);
  });

  reportDuplicates(district.stations, 'stations', inDistrict);
  reportDuplicates(district.errands, 'errands', inDistrict);
  const actionIds = new Set(catalogue.actions.map((a) => a.id));
  district.stations.forEach((station, i) => {
    checkFacts(station.facts, `stations[${i}]`, inDistrict);
    if (!containsRect(map, station.area)) inDistrict(`stations[${i}].area must lie inside the map`);
    if (station.display && !containsPoint(map, station.display)) inDistrict(`stations[${i}].display must lie inside the map`);
    for (const needed of REQUIRED_ACTIONS[station.kind]) {
      if (!actionIds.has(needed)) {
        errors.push(`${catalogueFile}: actions has no "${needed}", which stations[${i}] (${station.kind}) in ${districtFile} needs`);
      }
    }
  });
  const stationIds = new Set(district.stations.map((s) => s.id));
  if (district.finalErrand !== undefined && !district.errands.some((e) => e.id === district.finalErrand)) {
    inDistrict(`finalErrand names an unknown errand "${district.finalErrand}"`);
  }
  district.errands.forEach((errand, i) => {
    if (!stationIds.has(errand.station)) inDistrict(`errands[${i}].station names an unknown station "${errand.station}"`);
  });
  return errors;
}

function reportDuplicates(items: { id: string }[], list: string, report: (m: string) => void): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) report(`${list}[${i}].id "${item.id}" is used twice`);
    seen.add(item.id);
  });
}

function containsPoint(r: Rect, p: { x: number; y: number }): boolean {
  return p.x >= r.x && p.x <= r.x + r.w && p.y >= r.y && p.y <= r.y + r.h;
}

function containsRect(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;
}
