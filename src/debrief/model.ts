// The debrief as plain data: what the city recorded, which mechanics the
// player met, where each comes from, the score curve, and what the player
// chose against what the system rewarded. No DOM and no language here: texts
// are keys (translated by the screen), facts are the catalogue's own objects.
import { ARTICLE_SECTIONS, ARTICLE_TITLE, factById, type ArticleSection, type Fact, type FactKind } from '../content/facts';
import { MECHANICS, type Mechanic } from '../content/mechanics';
import type { CityRecord, DayState, ErrandStatus, Level } from '../core/types';
import { inWorldMinutes } from '../store/selectors';

/**
 * How a fact is cited: the article (title and section), a named source
 * outside the article (a press report, an authority's decision, a police
 * report), the AI Act, outside research, or not at all (the game's own fiction).
 */
export type Citation = 'article' | 'other' | 'regulation' | 'research' | 'game';

export interface DebriefFact {
  id: string;
  kind: FactKind;
  cite: Citation;
  /** The article's section, for facts cited to the article. */
  section: ArticleSection | null;
  fact: Fact;
}

export interface DebriefRecord {
  seq: number;
  t: number;
  /** In-world clock, minutes after midnight. */
  minute: number;
  station: string;
  action: string;
  delta: number;
  scoreAfter: number;
  vars: Record<string, string | number>;
  /** The record's texts, resolved to translation keys. */
  titleKey: string;
  placeKey: string;
  sensorKey: string;
  operatorKey: string;
  dataKeys: string[];
  facts: string[];
}

/** `met`: seen today; `missed`: the district has it but the player never triggered it; `absent`: not in this district. */
export type MechanicStatus = 'met' | 'missed' | 'absent';

export interface DebriefMechanic {
  id: string;
  status: MechanicStatus;
  always: boolean;
  titleKey: string;
  howKey: string;
  /** Records today that belong to this mechanic, and the points they moved. */
  records: number;
  points: number;
  facts: DebriefFact[];
}

export interface ChartPoint {
  t: number;
  minute: number;
  score: number;
}

export interface DebriefChart {
  /** Every score change, starting with the start score and ending at the end of the day. */
  points: ChartPoint[];
  start: ChartPoint;
  lowest: ChartPoint;
  highest: ChartPoint;
  end: ChartPoint;
  /** The time axis, in in-world minutes. */
  fromMinute: number;
  toMinute: number;
  /** The lowest score of each grade, best first, for guide lines. */
  tiers: { id: string; min: number }[];
}

export type MirrorId =
  | 'waited'
  | 'crossed-red'
  | 'paper-again'
  | 'against-crowd'
  | 'health-check'
  | 'looked-attentive'
  | 'disguised'
  | 'reported-other';

export interface MirrorRow {
  id: MirrorId;
  actions: string[];
  /** How often the player did it. */
  count: number;
  /** What the system made of it, in points (sum of the records' deltas). */
  points: number;
  /** Whether this district offered the choice at all. */
  available: boolean;
}

export interface DebriefMirror {
  rows: MirrorRow[];
  gained: number;
  lost: number;
  records: number;
  /** Records that moved no points: kept anyway. */
  zeroRecords: number;
}

export interface DebriefQuestion {
  id: string;
  key: string;
  facts: DebriefFact[];
}

export interface DebriefModel {
  summary: {
    score: number;
    tier: string;
    endReason: DayState['endReason'];
    errands: { id: string; status: ErrandStatus }[];
  };
  records: DebriefRecord[];
  chart: DebriefChart;
  mechanics: DebriefMechanic[];
  /** "What does other research say?" */
  research: DebriefFact[];
  /** "Who is speaking?": the article's title, and facts about its voices. */
  provenance: { title: string; facts: DebriefFact[] };
  mirror: DebriefMirror;
  questions: DebriefQuestion[];
}

const RESEARCH_FACTS = ['F31', 'F32'];
/** The article's own judgement first (F37), then a voice it relays without checking (F27). */
const PROVENANCE_FACTS = ['F37', 'F27'];

/** Discussion questions for "And here?", with the facts each one rests on. Texts at `debrief.questions.<id>`. */
export const QUESTIONS: readonly { id: string; facts: string[] }[] = [
  // A claim and its check side by side: the police's 80 % (F34) against the CCC's reading (F35).
  { id: 'suedkreuz', facts: ['F26', 'F34', 'F35', 'F30'] },
  { id: 'ai-act', facts: ['F28', 'F29'] },
  { id: 'phone', facts: [] },
  { id: 'payments', facts: [] },
  { id: 'cameras', facts: [] },
];

/** The choices the mirror compares with the system's points. */
const MIRROR: readonly { id: MirrorId; actions: string[] }[] = [
  { id: 'waited', actions: ['wait-green'] },
  { id: 'crossed-red', actions: ['jaywalk'] },
  { id: 'paper-again', actions: ['paper-again'] },
  { id: 'against-crowd', actions: ['abnormal-movement'] },
  { id: 'health-check', actions: ['health-check'] },
  { id: 'looked-attentive', actions: ['emotion-attentive'] },
  { id: 'disguised', actions: ['disguise-worn'] },
  { id: 'reported-other', actions: ['reported-other'] },
];

const SECTION_BY_DE = new Map<string, ArticleSection>(
  (Object.entries(ARTICLE_SECTIONS) as [ArticleSection, { de: string }][]).map(([key, s]) => [s.de, key]),
);

export function debriefFact(id: string): DebriefFact {
  const fact = factById(id);
  if (!fact) throw new Error(`the debrief names an unknown fact "${id}"`);
  const section = fact.source ? (SECTION_BY_DE.get(fact.source.de) ?? null) : null;
  const cite: Citation =
    fact.kind === 'law'
      ? 'regulation'
      : fact.kind === 'context'
        ? 'research'
        : fact.kind === 'fiction'
          ? 'game'
          : // A report or claim from outside the article (F33–F36) is cited to its own source.
            section === null
            ? 'other'
            : 'article';
  return { id, kind: fact.kind, cite, section, fact };
}

function debriefRecord(r: CityRecord, level: Level): DebriefRecord {
  return {
    seq: r.seq,
    t: r.t,
    minute: inWorldMinutes(level.district, r.t),
    station: r.station,
    action: r.action,
    delta: r.delta,
    scoreAfter: r.scoreAfter,
    vars: { ...r.vars },
    titleKey: `action.${r.action}.title`,
    placeKey: `place.${r.place}`,
    sensorKey: `sensor.${r.sensor}`,
    operatorKey: `operator.${r.operator}`,
    dataKeys: r.data.map((d) => `data.${d}`),
    facts: [...r.facts],
  };
}

export function mechanicStatus(mechanic: Mechanic, day: DayState, level: Level): MechanicStatus {
  if (mechanic.always) return 'met';
  if (day.records.some((r) => mechanic.actions.includes(r.action))) return 'met';
  if (level.district.stations.some((s) => mechanic.stationKinds.includes(s.kind))) return 'missed';
  return 'absent';
}

const STATUS_ORDER: Record<MechanicStatus, number> = { met: 0, missed: 1, absent: 2 };

function buildChart(day: DayState, level: Level): DebriefChart {
  const { district, catalogue } = level;
  const at = (t: number, score: number): ChartPoint => ({ t, minute: inWorldMinutes(district, t), score });
  const history = day.history.length > 0 ? day.history : [{ t: 0, score: catalogue.score.start }];
  const points = history.map((h) => at(h.t, h.score));
  const last = points[points.length - 1] as ChartPoint;
  const endT = Math.max(day.clock, last.t);
  const end = at(endT, day.score);
  if (endT > last.t || last.score !== day.score) points.push(end);
  const start = points[0] as ChartPoint;
  let lowest = start;
  let highest = start;
  for (const p of points) {
    if (p.score < lowest.score) lowest = p;
    if (p.score > highest.score) highest = p;
  }
  return {
    points,
    start,
    lowest,
    highest,
    end,
    fromMinute: district.clock.startMinute,
    toMinute: Math.max(end.minute, district.clock.startMinute + 1),
    tiers: catalogue.tiers.map((tier) => ({ id: tier.id, min: tier.min })),
  };
}

function buildMirror(day: DayState, level: Level): DebriefMirror {
  const catalogueActions = new Set(level.catalogue.actions.map((a) => a.id));
  const kindsHere = new Set<string>(level.district.stations.map((s) => s.kind));
  const rows = MIRROR.map(({ id, actions }) => {
    const records = day.records.filter((r) => actions.includes(r.action));
    // The choice exists when a station here can produce one of its actions.
    const offered = MECHANICS.some(
      (m) => m.actions.some((a) => actions.includes(a)) && m.stationKinds.some((k) => kindsHere.has(k)),
    );
    return {
      id,
      actions: [...actions],
      count: records.length,
      points: records.reduce((sum, r) => sum + r.delta, 0),
      available: records.length > 0 || (offered && actions.some((a) => catalogueActions.has(a))),
    };
  });
  let gained = 0;
  let lost = 0;
  let zeroRecords = 0;
  for (const r of day.records) {
    if (r.delta > 0) gained += r.delta;
    else if (r.delta < 0) lost += -r.delta;
    else zeroRecords += 1;
  }
  return { rows, gained, lost, records: day.records.length, zeroRecords };
}

export function buildDebrief(day: DayState, level: Level): DebriefModel {
  const mechanics = MECHANICS.map((m, index) => {
    const records = day.records.filter((r) => m.actions.includes(r.action));
    return {
      index,
      mechanic: {
        id: m.id,
        status: mechanicStatus(m, day, level),
        always: m.always === true,
        titleKey: `debrief.mechanic.${m.id}.title`,
        howKey: `debrief.mechanic.${m.id}.how`,
        records: records.length,
        points: records.reduce((sum, r) => sum + r.delta, 0),
        facts: m.facts.map(debriefFact),
      } satisfies DebriefMechanic,
    };
  })
    // Met first, then missed, then the rest; the catalogue's order within each.
    .sort((a, b) => STATUS_ORDER[a.mechanic.status] - STATUS_ORDER[b.mechanic.status] || a.index - b.index)
    .map((x) => x.mechanic);

  return {
    summary: {
      score: day.score,
      tier: day.tier,
      endReason: day.endReason,
      errands: level.district.errands.map((e) => ({ id: e.id, status: day.errands[e.id] ?? 'failed' })),
    },
    records: [...day.records].sort((a, b) => a.seq - b.seq).map((r) => debriefRecord(r, level)),
    chart: buildChart(day, level),
    mechanics,
    research: RESEARCH_FACTS.map(debriefFact),
    provenance: { title: ARTICLE_TITLE, facts: PROVENANCE_FACTS.map(debriefFact) },
    mirror: buildMirror(day, level),
    questions: QUESTIONS.map((q) => ({ id: q.id, key: `debrief.questions.${q.id}`, facts: q.facts.map(debriefFact) })),
  };
}
