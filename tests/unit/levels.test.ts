// Content: the shipped level validates, names only real facts, has every text
// it needs in both languages; and broken level files are refused with a message
// that names the file and the field, one precise message per mistake.
import { describe, it, expect } from 'vitest';
import { FACT_IDS } from '../../src/content/facts';
import { PASSERS_BY_DEFAULTS } from '../../src/core/passersBy';
import { PLAYER_DEFAULTS } from '../../src/core/player';
import { PATROL_DEFAULTS } from '../../src/core/stations/patrol';
import type { Catalogue, DistrictDef } from '../../src/core/types';
import { MAX_LEVEL_FILE_CHARS, parseLevel } from '../../src/core/validateLevel';
import { hasText, LANGS } from '../../src/i18n';
import { BROKEN_LEVELS, type Json } from '../fixtures/levels/cases';
import { CATALOGUE_FILE, DISTRICT_FILE, parseShipped, readText, shippedFiles } from './helpers/level';

// Read without validation, so the content checks below report their own
// findings even when the level does not validate.
const rawDistrict = JSON.parse(shippedFiles().district.text) as DistrictDef;
const rawCatalogue = JSON.parse(shippedFiles().catalogue.text) as Catalogue;

describe('the shipped level', () => {
  it('validates without a single message', () => {
    const result = parseShipped();
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('names only fact IDs that exist, everywhere a fact is named', () => {
    const named: [string, string[]][] = [
      ...rawCatalogue.actions.map((a): [string, string[]] => [`action ${a.id}`, a.facts]),
      ...rawCatalogue.sanctions.map((s): [string, string[]] => [`sanction ${s.id}`, s.facts]),
      ...rawCatalogue.sensors.map((s): [string, string[]] => [`sensor ${s.id}`, s.facts]),
      ...rawCatalogue.tiers.map((t): [string, string[]] => [`tier ${t.id}`, t.facts]),
      ...rawDistrict.stations.map((s): [string, string[]] => [`station ${s.id}`, s.facts]),
    ];
    const unknown = named.flatMap(([where, facts]) => facts.filter((f) => !FACT_IDS.has(f)).map((f) => `${where}: ${f}`));
    expect(unknown).toEqual([]);
    for (const [where, facts] of named) expect(facts.length, where).toBeGreaterThan(0);
  });

  it('backs each station with the facts the design names for it', () => {
    const factsOf = (kind: string) => rawDistrict.stations.filter((s) => s.kind === kind).flatMap((s) => s.facts);
    expect(factsOf('crossing')).toContain('F14');
    expect(factsOf('dispenser')).toContain('F12');
    expect(factsOf('plaza')).toEqual(expect.arrayContaining(['F06', 'F10']));
  });

  it('has every text key it needs in both languages', () => {
    const keys = new Set<string>([`district.${rawDistrict.name}`]);
    for (const s of rawDistrict.stations) keys.add(`place.${s.place}`);
    for (const b of rawDistrict.buildings) if (b.sign !== undefined) keys.add(`sign.${b.sign}`);
    for (const e of rawDistrict.errands) keys.add(`errand.${e.id}`);
    for (const t of rawCatalogue.tiers) keys.add(`tier.${t.id}.name`);
    for (const s of rawCatalogue.sanctions) {
      keys.add(`sanction.${s.id}.name`);
      keys.add(`sanction.${s.id}.desc`);
    }
    for (const a of rawCatalogue.actions) {
      keys.add(`action.${a.id}.title`);
      keys.add(`action.${a.id}.toast`);
      for (const d of a.data) keys.add(`data.${d}`);
    }
    for (const s of rawCatalogue.sensors) {
      keys.add(`sensor.${s.id}`);
      keys.add(`operator.${s.operator}`);
    }
    expect(keys.size).toBeGreaterThan(40);
    expect(LANGS).toEqual(expect.arrayContaining(['de', 'en']));
    const missing = [...keys].flatMap((key) => LANGS.filter((lang) => !hasText(lang, key)).map((lang) => `${lang}: ${key}`));
    expect(missing).toEqual([]);
  });

  it('hasText tells a missing key from a present one (so the check above can fail)', () => {
    expect(hasText('en', 'action.jaywalk.title')).toBe(true);
    expect(hasText('de', 'action.jaywalk.title')).toBe(true);
    expect(hasText('en', 'action.no-such-action.title')).toBe(false);
    expect(hasText('en', 'action.jaywalk')).toBe(false); // an object, not a text
  });
});

describe('broken level files', () => {
  const base = {
    district: readText('tests/fixtures/levels/base-district.json'),
    catalogue: readText('tests/fixtures/levels/base-catalogue.json'),
  };

  function parseCase(c: (typeof BROKEN_LEVELS)[number]) {
    const texts = { ...base };
    if (c.text) {
      texts[c.file] = c.text(base[c.file]);
    } else {
      const json = JSON.parse(base[c.file]) as Json;
      c.mutate?.(json);
      texts[c.file] = JSON.stringify(json, null, 2);
    }
    return parseLevel({ file: DISTRICT_FILE, text: texts.district }, { file: CATALOGUE_FILE, text: texts.catalogue }, FACT_IDS);
  }

  it('start from base files that validate, so each case has exactly one mistake', () => {
    const result = parseLevel({ file: DISTRICT_FILE, text: base.district }, { file: CATALOGUE_FILE, text: base.catalogue }, FACT_IDS);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('are at least 20 distinct cases', () => {
    expect(BROKEN_LEVELS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(BROKEN_LEVELS.map((c) => c.name)).size).toBe(BROKEN_LEVELS.length);
  });

  it('include a file over the size limit', () => {
    const huge = BROKEN_LEVELS.find((c) => c.name.startsWith('huge file'));
    expect(huge?.text?.(base.district).length).toBeGreaterThan(MAX_LEVEL_FILE_CHARS);
  });

  for (const c of BROKEN_LEVELS) {
    it(`${c.name} → ${c.expected.slice(1).join(' … ')}`, () => {
      const result = parseCase(c);
      expect(result.ok).toBe(false);
      const errors = result.ok ? [] : result.errors;
      const file = c.file === 'district' ? DISTRICT_FILE : CATALOGUE_FILE;
      // One message holds every expected piece: the file, the field path, what is wrong.
      const match = errors.find((e) => c.expected.every((piece) => e.includes(piece)));
      expect(match, `no message contains ${JSON.stringify(c.expected)}; got ${JSON.stringify(errors)}`).toBeDefined();
      expect(match?.startsWith(`${file}: `)).toBe(true);
      // One mistake, one message: no cascade of follow-up complaints.
      expect(errors, JSON.stringify(errors)).toHaveLength(c.messages ?? 1);
      // Short enough to read on an error screen: a huge or garbled file is never echoed back.
      for (const e of errors) expect(e.length).toBeLessThan(400);
    });
  }

  it('report mistakes in both files at once', () => {
    const district = JSON.parse(base.district) as Json;
    district.dayLengthSeconds = 5;
    const catalogue = JSON.parse(base.catalogue) as Json;
    catalogue.version = 3;
    const result = parseLevel(
      { file: DISTRICT_FILE, text: JSON.stringify(district) },
      { file: CATALOGUE_FILE, text: JSON.stringify(catalogue) },
      FACT_IDS,
    );
    const errors = result.ok ? [] : result.errors;
    expect(errors).toEqual([`${DISTRICT_FILE}: dayLengthSeconds must be at least 30`, `${CATALOGUE_FILE}: version must be one of 1, not 3`]);
  });

  it('name a fact as unknown when it is missing from the known facts passed in', () => {
    const known = new Set([...FACT_IDS].filter((f) => f !== 'F12'));
    const result = parseLevel({ file: DISTRICT_FILE, text: base.district }, { file: CATALOGUE_FILE, text: base.catalogue }, known);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toContain(`${DISTRICT_FILE}: stations[1].facts[0] names an unknown fact "F12"`);
    expect(errors.every((e) => e.includes('"F12"'))).toBe(true);
  });
});

describe('numbers a level may leave out', () => {
  const base = {
    district: readText('tests/fixtures/levels/base-district.json'),
    catalogue: readText('tests/fixtures/levels/base-catalogue.json'),
  };
  const parse = (district: Json) =>
    parseLevel({ file: DISTRICT_FILE, text: JSON.stringify(district) }, { file: CATALOGUE_FILE, text: base.catalogue }, FACT_IDS);

  it('get the game defaults: the patrol, the player and passers-by', () => {
    const result = parse(JSON.parse(base.district) as Json);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const { district } = result.level;
    const patrol = district.stations.find((s) => s.kind === 'patrol');
    expect(patrol?.params).toMatchObject(PATROL_DEFAULTS);
    expect(district.player).toEqual(PLAYER_DEFAULTS);
    expect(district.passersBy).toEqual(PASSERS_BY_DEFAULTS);
  });

  it('take a museum’s own numbers, field by field, with defaults for the rest', () => {
    const json = JSON.parse(base.district) as Json;
    json.player = { speed: 90 };
    json.passersBy = { avoidRadiusM: 3 };
    (json.stations as Json[]).find((s) => s.kind === 'patrol').params.viewHalfAngle = 0.9;
    const result = parse(json);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const { district } = result.level;
    expect(district.player.speed).toBe(90);
    expect(district.passersBy).toEqual({ ...PASSERS_BY_DEFAULTS, avoidRadiusM: 3 });
    expect(district.stations.find((s) => s.kind === 'patrol')?.params).toMatchObject({ ...PATROL_DEFAULTS, viewHalfAngle: 0.9 });
  });
});
