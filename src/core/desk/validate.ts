// Turns the text of a desk level file into a checked DeskLevel, or into
// messages that name the file and field, like the district levels:
// `levels/desk-1.json: flags[3].facts[0] must be a fact id such as "F14"`.
import { parseFile, type LevelFile } from '../validateLevel';
import { deskSchema } from './schema';
import type { DeskLevel } from './types';

export type DeskResultOrErrors = { ok: true; desk: DeskLevel } | { ok: false; errors: string[] };

export interface DeskContext {
  /** Known fact ids, with their kind ('claim', 'report', …). */
  factKinds: ReadonlyMap<string, string>;
  /** Places of the district the desk watches; null when the district is not loaded (skip the check). */
  places: ReadonlySet<string> | null;
  /** The district level the page loaded, which the desk must name. */
  districtId: string | null;
}

export function parseDeskLevel({ file, text }: LevelFile, ctx: DeskContext): DeskResultOrErrors {
  const parsed = parseFile({ file, text }, deskSchema);
  if (!parsed.value) return { ok: false, errors: parsed.errors };
  const desk = parsed.value as DeskLevel;
  const errors = crossCheck(desk, ctx).map((m) => `${file}: ${m}`);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, desk };
}

function crossCheck(desk: DeskLevel, { factKinds, places, districtId }: DeskContext): string[] {
  const errors: string[] = [];
  if (districtId !== null && desk.district !== districtId) errors.push(`district must be "${districtId}" (the district this page loaded), not "${desk.district}"`);
  const seen = new Set<string>();
  desk.flags.forEach((f, i) => {
    if (seen.has(f.id)) errors.push(`flags[${i}].id "${f.id}" is used twice`);
    seen.add(f.id);
    if (places && !places.has(f.place)) errors.push(`flags[${i}].place "${f.place}" is not a place of the district`);
    f.facts.forEach((id, j) => {
      if (!factKinds.has(id)) errors.push(`flags[${i}].facts[${j}] "${id}" is not in the fact catalogue`);
    });
    if (f.claim && !f.facts.some((id) => factKinds.get(id) === 'claim')) errors.push(`flags[${i}].claim is true, so facts must name a company claim (kind "claim")`);
  });
  const perShift = Math.min(desk.flagsPerShift, desk.flags.length);
  if (desk.quota.confirms > perShift) errors.push(`quota.confirms (${desk.quota.confirms}) must be at most the flags in one shift (${perShift})`);
  const ascending = <T>(list: T[], key: (x: T) => number, name: string) => {
    for (let i = 1; i < list.length; i++) {
      if (key(list[i] as T) <= key(list[i - 1] as T)) errors.push(`${name}[${i}] must be higher than ${name}[${i - 1}]`);
    }
  };
  ascending(desk.supervisor.praise, (s) => s.minScore, 'supervisor.praise');
  ascending(desk.supervisor.pressure, (s) => s.misses, 'supervisor.pressure');
  return errors;
}
