// The debrief model, built from days played on the shipped district: every
// record in order, the mechanics met / missed / not in this district with
// their facts, the chart points, the mirror counts; and the data behind it
// (mechanics, texts in both languages, no copied sentences).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ARTICLE_SECTIONS, ARTICLE_TITLE, FACT_IDS, factById } from '../../src/content/facts';
import { MECHANICS } from '../../src/content/mechanics';
import { createDay, step } from '../../src/core/day';
import { lightAt } from '../../src/core/stations/crossing';
import type { DayState, Level, PlayerEvent } from '../../src/core/types';
import { buildDebrief, QUESTIONS, type DebriefModel } from '../../src/debrief/model';
import { hasText, LANGS } from '../../src/i18n';
import { ALL_TEXTS } from './helpers/texts';
import { cloneLevel, loadLevel, stationOf } from './helpers/level';
import { hashShingle, shingles, words } from './helpers/shingles';

const level: Level = loadLevel();
const { district } = level;
const crossing = stationOf(district, 'crossing');
const dispenser = stationOf(district, 'dispenser');
const plaza = stationOf(district, 'plaza');

/**
 * The first district as it began: only the crossing, the dispenser and the
 * plaza. The shipped district grows; this one stays put for status tests.
 */
const firstThree: Level = (() => {
  const copy = cloneLevel(level);
  copy.district.stations = copy.district.stations.filter((s) => ['crossing', 'dispenser', 'plaza'].includes(s.kind));
  return copy;
})();

const firstTime = (light: 'red' | 'green', from = 0): number => {
  for (let t = from; t < district.dayLengthSeconds; t += 0.5) if (lightAt(crossing.params, t) === light) return t;
  throw new Error(`the light is never ${light}`);
};

function play(events: PlayerEvent[], on: Level = level, seed = 7): DayState {
  let state = createDay(on, seed);
  for (const event of events) state = step(state, event, on).state;
  return state;
}

const red1 = firstTime('red', 1);
const green1 = firstTime('green', red1);
const red2 = firstTime('red', green1 + 1);

/** A day with something of everything: wait for green, cross on red, paper twice, against the crowd twice. */
const busyEvents: PlayerEvent[] = [
  { type: 'crossed', t: red1, station: crossing.id, waited: 0 },
  { type: 'crossed', t: green1, station: crossing.id, waited: 6 },
  { type: 'requested', t: green1 + 5, station: dispenser.id },
  { type: 'requested', t: green1 + 8, station: dispenser.id },
  { type: 'againstFlow', t: green1 + 20, station: plaza.id, seconds: 2 },
  { type: 'againstFlow', t: green1 + 40, station: plaza.id, seconds: 2 },
  { type: 'crossed', t: red2 + 40, station: crossing.id, waited: 0 },
  { type: 'ended', t: green1 + 70, reason: 'player' },
];

const busy = play(busyEvents);
const model: DebriefModel = buildDebrief(busy, level);

describe('the debrief model of a played day', () => {
  it('lists every record the city made, in order, with its texts resolved to keys', () => {
    expect(busy.records.length).toBeGreaterThanOrEqual(6);
    expect(model.records.map((r) => r.seq)).toEqual(busy.records.map((r) => r.seq));
    expect(model.records.map((r) => r.action)).toEqual(busy.records.map((r) => r.action));
    for (const [i, r] of model.records.entries()) {
      const source = busy.records[i]!;
      expect(r.t).toBe(source.t);
      expect(r.delta).toBe(source.delta);
      expect(r.scoreAfter).toBe(source.scoreAfter);
      expect(r.titleKey).toBe(`action.${source.action}.title`);
      expect(r.placeKey).toBe(`place.${source.place}`);
      expect(r.sensorKey).toBe(`sensor.${source.sensor}`);
      expect(r.operatorKey).toBe(`operator.${source.operator}`);
      expect(r.dataKeys).toEqual(source.data.map((d) => `data.${d}`));
      // The in-world clock runs from the district's start minute.
      expect(r.minute).toBeGreaterThanOrEqual(district.clock.startMinute);
      expect(r.minute).toBeLessThanOrEqual(district.clock.endMinute);
      for (const key of [r.titleKey, r.placeKey, r.sensorKey, r.operatorKey, ...r.dataKeys]) {
        for (const lang of LANGS) expect(hasText(lang, key), `${lang}: ${key}`).toBe(true);
      }
    }
    const minutes = model.records.map((r) => r.minute);
    expect([...minutes].sort((a, b) => a - b)).toEqual(minutes);
  });

  it('carries the final score, grade and errands for the top of the page', () => {
    expect(model.summary.score).toBe(busy.score);
    expect(model.summary.tier).toBe(busy.tier);
    expect(model.summary.endReason).toBe('player');
    expect(model.summary.errands).toEqual(district.errands.map((e) => ({ id: e.id, status: busy.errands[e.id] })));
    expect(model.summary.errands.find((e) => e.id === 'toilet')?.status).toBe('done');
  });

  it('marks every mechanic with a record today as met, with its facts, kinds and sections', () => {
    const met = model.mechanics.filter((m) => m.status === 'met').map((m) => m.id);
    expect(met).toEqual(expect.arrayContaining(['citizen-file', 'public-score', 'grades-and-sanctions', 'shaming-crossing', 'paper-dispenser', 'crowd-analysis']));
    for (const m of model.mechanics) {
      const def = MECHANICS.find((d) => d.id === m.id)!;
      expect(m.facts.map((f) => f.id)).toEqual(def.facts);
      for (const f of m.facts) {
        const fact = factById(f.id)!;
        expect(f.kind).toBe(fact.kind);
        expect(f.fact).toBe(fact);
        if (f.kind === 'report-other' || ['F33', 'F34', 'F35', 'F36'].includes(f.id)) {
          // Reported or claimed outside the article: cited to that source, never to the article.
          expect(f.cite, f.id).toBe('other');
          expect(f.section, f.id).toBeNull();
        } else if (f.kind === 'report' || f.kind === 'claim' || f.kind === 'figure' || f.kind === 'opinion') {
          expect(f.cite, f.id).toBe('article');
          expect(f.section, f.id).not.toBeNull();
          expect(ARTICLE_SECTIONS[f.section!].de).toBe(fact.source?.de);
        } else {
          expect(f.section, f.id).toBeNull();
          expect(f.cite).toBe(({ law: 'regulation', context: 'research', fiction: 'game' } as Record<string, string>)[f.kind]);
        }
      }
    }
    const crossingCard = model.mechanics.find((m) => m.id === 'shaming-crossing')!;
    expect(crossingCard.facts.map((f) => [f.id, f.kind, f.section])).toEqual([
      ['F14', 'report', 'everyday'],
      ['F13', 'report', 'everyday'],
      ['F04', 'report', 'intro'],
      ['S02', 'fiction', null],
      ['S03', 'fiction', null],
    ]);
    const wanted = busy.records.filter((r) => r.action === 'jaywalk' || r.action === 'wait-green');
    expect(crossingCard.records).toBe(wanted.length);
    expect(crossingCard.points).toBe(wanted.reduce((s, r) => s + r.delta, 0));
    // Claims name who says so.
    const plazaCard = model.mechanics.find((m) => m.id === 'crowd-analysis')!;
    const f06 = plazaCard.facts.find((f) => f.id === 'F06')!;
    expect(f06.kind).toBe('claim');
    expect(f06.fact.speaker?.en).toContain('SenseTime');
  });

  it('puts met mechanics first, then missed, then those not in this district', () => {
    const order = { met: 0, missed: 1, absent: 2 } as const;
    const ranks = model.mechanics.map((m) => order[m.status]);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(model.mechanics.map((m) => m.id).sort()).toEqual(MECHANICS.map((m) => m.id).sort());
  });

  it('tells missed (the district has it) from not in this district', () => {
    const quiet = buildDebrief(play([{ type: 'ended', t: 5, reason: 'player' }], firstThree), firstThree);
    const status = Object.fromEntries(quiet.mechanics.map((m) => [m.id, m.status]));
    expect(status['citizen-file']).toBe('met');
    expect(status['public-score']).toBe('met');
    expect(status['grades-and-sanctions']).toBe('met');
    expect(status['shaming-crossing']).toBe('missed');
    expect(status['paper-dispenser']).toBe('missed');
    expect(status['crowd-analysis']).toBe('missed');
    for (const id of ['face-gate', 'camera-glasses', 'phone-check', 'health-check', 'payments-logged', 'attendance-check', 'emotion-meter', 'gait-recognition', 'car-tracking', 'reporting-others']) {
      expect(status[id], id).toBe('absent');
    }
    expect(quiet.records).toEqual([]);

    // A district without the plaza: the crowd camera is not in it, not missed.
    const noPlaza = cloneLevel(level);
    noPlaza.district.stations = noPlaza.district.stations.filter((s) => s.kind !== 'plaza');
    const other = buildDebrief(play([{ type: 'ended', t: 5, reason: 'player' }], noPlaza), noPlaza);
    expect(other.mechanics.find((m) => m.id === 'crowd-analysis')?.status).toBe('absent');

    // In the shipped district, whatever it holds: a station kind here is never "not in this district".
    const kindsHere = new Set<string>(district.stations.map((s) => s.kind));
    const shipped = buildDebrief(play([{ type: 'ended', t: 5, reason: 'player' }]), level);
    for (const m of shipped.mechanics) {
      const def = MECHANICS.find((d) => d.id === m.id)!;
      const here = def.stationKinds.some((k) => kindsHere.has(k));
      expect(m.status, m.id).toBe(def.always ? 'met' : here ? 'missed' : 'absent');
    }
  });

  it('counts the mirror: choices against the points the system gave for them', () => {
    const row = (id: string) => model.mirror.rows.find((r) => r.id === id)!;
    const sum = (action: string) => busy.records.filter((r) => r.action === action).reduce((s, r) => s + r.delta, 0);
    const count = (action: string) => busy.records.filter((r) => r.action === action).length;
    expect(row('waited').count).toBe(count('wait-green'));
    expect(row('waited').count).toBe(1);
    expect(row('waited').points).toBe(sum('wait-green'));
    expect(row('waited').points).toBeGreaterThan(0);
    expect(row('crossed-red').count).toBe(2);
    expect(row('crossed-red').points).toBe(sum('jaywalk'));
    expect(row('paper-again').count).toBe(1);
    expect(row('paper-again').points).toBe(sum('paper-again'));
    expect(row('against-crowd').count).toBe(2);
    expect(row('against-crowd').points).toBe(sum('abnormal-movement'));
    expect(row('reported-other').count).toBe(0);
    for (const id of ['waited', 'crossed-red', 'paper-again', 'against-crowd']) expect(row(id).available, id).toBe(true);
    // Where the district offers no way to report anyone, the mirror says so.
    const few = buildDebrief(play(busyEvents, firstThree), firstThree).mirror.rows;
    expect(few.find((r) => r.id === 'reported-other')).toMatchObject({ count: 0, available: false });
    expect(few.find((r) => r.id === 'crossed-red')).toMatchObject({ count: 2, available: true });

    const gained = busy.records.filter((r) => r.delta > 0).reduce((s, r) => s + r.delta, 0);
    const lost = busy.records.filter((r) => r.delta < 0).reduce((s, r) => s - r.delta, 0);
    expect(model.mirror.gained).toBe(gained);
    expect(model.mirror.lost).toBe(lost);
    expect(model.mirror.records).toBe(busy.records.length);
    expect(model.mirror.zeroRecords).toBe(busy.records.filter((r) => r.delta === 0).length);
    expect(model.mirror.zeroRecords).toBeGreaterThanOrEqual(1); // the granted paper costs nothing and is kept anyway
  });

  it('gives the chart every score change, from the start to the end of the day', () => {
    const { chart } = model;
    expect(chart.points[0]).toMatchObject({ t: 0, score: level.catalogue.score.start, minute: district.clock.startMinute });
    expect(chart.points.slice(0, busy.history.length).map((p) => [p.t, p.score])).toEqual(busy.history.map((h) => [h.t, h.score]));
    expect(chart.end).toMatchObject({ t: busy.clock, score: busy.score });
    expect(chart.points[chart.points.length - 1]).toEqual(chart.end);
    expect(chart.lowest.score).toBe(Math.min(...busy.history.map((h) => h.score)));
    expect(chart.highest.score).toBe(Math.max(...busy.history.map((h) => h.score)));
    expect(chart.start.score).toBe(level.catalogue.score.start);
    expect(chart.fromMinute).toBe(district.clock.startMinute);
    expect(chart.toMinute).toBeCloseTo(chart.end.minute, 6);
    expect(chart.tiers.map((t) => t.id)).toEqual(level.catalogue.tiers.map((t) => t.id));
    // A day without changes still has a start and an end point.
    const quiet = buildDebrief(play([{ type: 'ended', t: 30, reason: 'player' }]), level).chart;
    expect(quiet.points.length).toBe(2);
    expect(quiet.lowest.score).toBe(quiet.end.score);
  });

  it('names the research card, the article and its voices, and three to five questions', () => {
    expect(model.research.map((f) => f.id)).toEqual(['F31', 'F32']);
    expect(model.research.every((f) => f.kind === 'context' && f.cite === 'research')).toBe(true);
    expect(model.provenance.title).toBe(ARTICLE_TITLE);
    expect(model.questions.length).toBeGreaterThanOrEqual(3);
    expect(model.questions.length).toBeLessThanOrEqual(5);
    const questionFacts = model.questions.flatMap((q) => q.facts.map((f) => f.id));
    for (const id of ['F26', 'F28', 'F29', 'F30', 'F34', 'F35']) expect(questionFacts, id).toContain(id);
    // Südkreuz as a claim and its check, side by side.
    const suedkreuz = model.questions.find((q) => q.id === 'suedkreuz')!;
    expect(suedkreuz.facts.map((f) => [f.id, f.kind, f.cite])).toEqual(
      expect.arrayContaining([
        ['F34', 'claim', 'other'],
        ['F35', 'report-other', 'other'],
      ]),
    );
    // "Who is speaking?" starts with the article's own opinion.
    expect(model.provenance.facts.map((f) => [f.id, f.kind, f.cite])).toEqual([
      ['F37', 'opinion', 'article'],
      ['F27', 'claim', 'article'],
    ]);
    for (const q of model.questions) expect(q.key).toBe(`debrief.questions.${q.id}`);
  });

  it('is plain data (survives JSON) and does not change the day', () => {
    const before = JSON.stringify(busy);
    const again = buildDebrief(busy, level);
    expect(JSON.stringify(busy)).toBe(before);
    expect(JSON.parse(JSON.stringify(again))).toEqual(again);
  });
});

describe('the mechanics data', () => {
  it('has unique kebab-case ids and names at least one known fact each', () => {
    const ids = MECHANICS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of MECHANICS) {
      expect(m.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(m.facts.length, m.id).toBeGreaterThanOrEqual(1);
      for (const f of m.facts) expect(FACT_IDS.has(f), `${m.id}: ${f}`).toBe(true);
      expect(m.always === true || m.actions.length > 0, `${m.id} can never be met`).toBe(true);
    }
    for (const q of QUESTIONS) for (const f of q.facts) expect(FACT_IDS.has(f), `${q.id}: ${f}`).toBe(true);
  });

  it('covers every action the catalogue can record, and the ones the lead is adding', () => {
    const covered = new Set(MECHANICS.flatMap((m) => m.actions));
    for (const a of level.catalogue.actions) expect(covered.has(a.id), a.id).toBe(true);
    for (const a of [
      'gate-open', 'gate-closed', 'patrol-identified', 'phone-searched', 'health-check', 'health-check-declined',
      'payment-logged', 'attendance-logged', 'emotion-bored', 'emotion-attentive', 'gait-match', 'car-ticket', 'reported-other',
    ]) {
      expect(covered.has(a), a).toBe(true);
    }
    // Every station kind in the district except plain goals belongs to a mechanic.
    const kinds = new Set(MECHANICS.flatMap((m) => m.stationKinds));
    for (const s of district.stations) if (s.kind !== 'goal') expect(kinds.has(s.kind), s.kind).toBe(true);
  });

  it('puts the always-on mechanics and the figures where the issue asks', () => {
    const facts = (id: string) => MECHANICS.find((m) => m.id === id)?.facts ?? [];
    expect(facts('public-score')).toEqual(expect.arrayContaining(['F03', 'S08']));
    expect(facts('grades-and-sanctions')).toEqual(expect.arrayContaining(['F02', 'F04', 'F32', 'S04']));
    expect(facts('citizen-file')).toEqual(expect.arrayContaining(['F01', 'F25', 'F24']));
    const all = new Set(MECHANICS.flatMap((m) => m.facts));
    for (const f of ['F05', 'F07', 'F09', 'F22', 'F23', 'F24']) expect(all.has(f), f).toBe(true);
  });

  it('has a title and a how text for every mechanic in both languages', () => {
    for (const m of MECHANICS) {
      for (const lang of LANGS) {
        expect(hasText(lang, `debrief.mechanic.${m.id}.title`), `${lang} ${m.id} title`).toBe(true);
        expect(hasText(lang, `debrief.mechanic.${m.id}.how`), `${lang} ${m.id} how`).toBe(true);
      }
    }
    for (const q of QUESTIONS) for (const lang of LANGS) expect(hasText(lang, `debrief.questions.${q.id}`), `${lang} ${q.id}`).toBe(true);
  });
});

// ---------------------------------------------------------------- the texts

function leaves(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  return [];
}

describe('debrief texts', () => {
  const en = leaves(ALL_TEXTS.en.debrief);
  const de = leaves(ALL_TEXTS.de.debrief);

  it('exist in both languages with the same keys, none empty, none HTML, and differ', () => {
    expect(de.map(([k]) => k)).toEqual(en.map(([k]) => k));
    const deByKey = new Map(de);
    for (const [key, text] of en) {
      expect(text.trim(), key).not.toBe('');
      expect(deByKey.get(key)?.trim(), key).not.toBe('');
      expect(text, key).not.toMatch(/[<>]/);
      expect(deByKey.get(key), key).not.toMatch(/[<>]/);
    }
    // The label words live in one table (src/content/labels.ts), not in the debrief's texts.
    expect(Object.keys(ALL_TEXTS.en.debrief)).not.toContain('kind');
    expect(Object.keys(ALL_TEXTS.en.debrief)).not.toContain('kindHelp');
  });

  it('use the same {placeholders} in both languages', () => {
    const deByKey = new Map(de);
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of en) expect(holes(deByKey.get(key) ?? ''), key).toEqual(holes(text));
  });

  it('share no run of eight words with the article', () => {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const fingerprint = JSON.parse(readFileSync(path.resolve(here, '../fixtures/article-shingles.json'), 'utf8')) as { hashes: string[] };
    const known = new Set(fingerprint.hashes);
    const copied: string[] = [];
    for (const [key, text] of de) for (const g of shingles(words(text))) if (known.has(hashShingle(g))) copied.push(`${key}: "${g}"`);
    expect(copied).toEqual([]);
  });
});
