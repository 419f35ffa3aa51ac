// The rules of one day: (state, event) -> (state, notices). Pure and
// deterministic, so a day can be replayed from its seed and event log.
import { nextRandom } from './rng';
import { resolverFor } from './stations';
import type { ResolveContext } from './stations/resolver';
import { clampScore, tierFor } from './tiers';
import type { Citizen, CityRecord, CoreNotice, DayState, EndReason, ErrandStatus, Level, PlayerEvent, StepResult } from './types';

export interface DayOptions {
  /** Multiplies every delta (workshops can make sanctions escalate faster). */
  deltaScale?: number;
}

export function createDay(level: Level, seed: number): DayState {
  const { district, catalogue } = level;
  let rng = seed >>> 0;
  const draw = (): number => {
    const [value, next] = nextRandom(rng);
    rng = next;
    return Math.floor(value * 2 ** 31);
  };
  const citizen: Citizen = {
    givenName: draw(),
    familyName: draw(),
    street: draw(),
    houseNumber: 1 + (draw() % 80),
    faceSeed: draw(),
  };
  const score = catalogue.score.start;
  const tier = tierFor(score, catalogue);
  const errands: Record<string, ErrandStatus> = {};
  for (const errand of district.errands) errands[errand.id] = 'open';
  return {
    levelId: district.id,
    seed,
    rng,
    clock: 0,
    ended: false,
    endReason: null,
    score,
    tier: tier.id,
    sanctions: [...tier.sanctions],
    records: [],
    history: [{ t: 0, score }],
    memory: {},
    errands,
    citizen,
    disguised: false,
  };
}

export function step(state: DayState, event: PlayerEvent, level: Level, options: DayOptions = {}): StepResult {
  if (state.ended) return { state, notices: [] };
  const { district } = level;
  const t = Math.max(state.clock, event.t);
  let next: DayState = { ...state, clock: Math.min(t, district.dayLengthSeconds) };
  const notices: CoreNotice[] = [];

  if (event.type === 'ended' || t >= district.dayLengthSeconds) {
    const reason = event.type === 'ended' ? event.reason : 'clock';
    return endDay(next, reason, notices);
  }
  if (event.type === 'tick') return { state: next, notices };

  const station = district.stations.find((s) => s.id === event.station);
  if (!station) return { state: next, notices };

  const memory = next.memory[station.id] ?? { lastAt: null, count: 0 };
  const ctx: ResolveContext = { state: next, catalogue: level.catalogue, memory };
  const resolution = resolverFor(station)(station, event, ctx);
  if (resolution.memory) next = { ...next, memory: { ...next.memory, [station.id]: resolution.memory } };
  if (resolution.rng !== undefined) next = { ...next, rng: resolution.rng };
  if (resolution.disguised !== undefined) next = { ...next, disguised: resolution.disguised };

  for (const outcome of resolution.outcomes) {
    next = applyAction(next, level, station.id, station.place, outcome.action, outcome.vars ?? {}, t, notices, options);
  }

  // Errands are done by reaching or using their station, unless the station
  // says otherwise (a shut gate fails the errand, a shop wants payment first).
  const errandOutcome = resolution.errand ?? 'done';
  for (const errand of district.errands) {
    if (errand.station !== station.id || next.errands[errand.id] !== 'open' || errandOutcome === 'none') continue;
    next = { ...next, errands: { ...next.errands, [errand.id]: errandOutcome } };
    notices.push(errandOutcome === 'done' ? { type: 'ErrandDone', errand: errand.id, t } : { type: 'ErrandFailed', errand: errand.id, t });
  }
  if (district.finalErrand && next.errands[district.finalErrand] !== 'open') return endDay(next, 'errands', notices);
  return { state: next, notices };
}

function applyAction(
  state: DayState,
  level: Level,
  stationId: string,
  place: string,
  actionId: string,
  vars: Record<string, string | number>,
  t: number,
  notices: CoreNotice[],
  options: DayOptions,
): DayState {
  const { catalogue } = level;
  const action = catalogue.actions.find((a) => a.id === actionId);
  const sensor = action && catalogue.sensors.find((s) => s.id === action.sensor);
  if (!action || !sensor) throw new Error(`catalogue is missing action "${actionId}" or its sensor`);

  const delta = Math.round(action.delta * (options.deltaScale ?? 1));
  const score = clampScore(state.score + delta, catalogue);
  const record: CityRecord = {
    seq: state.records.length + 1,
    t,
    station: stationId,
    place,
    action: action.id,
    sensor: sensor.id,
    operator: sensor.operator,
    data: [...action.data],
    delta: score - state.score,
    scoreAfter: score,
    facts: [...new Set([...action.facts, ...sensor.facts])],
    vars,
  };
  notices.push({ type: 'RecordMade', record });
  let next: DayState = { ...state, score, records: [...state.records, record] };
  if (score !== state.score) next = { ...next, history: [...state.history, { t, score }] };

  const tier = tierFor(score, catalogue);
  if (tier.id !== state.tier) {
    notices.push({ type: 'TierChanged', from: state.tier, to: tier.id, t });
    for (const s of state.sanctions) if (!tier.sanctions.includes(s)) notices.push({ type: 'SanctionLifted', sanction: s, t });
    for (const s of tier.sanctions) if (!state.sanctions.includes(s)) notices.push({ type: 'SanctionImposed', sanction: s, t });
    next = { ...next, tier: tier.id, sanctions: [...tier.sanctions] };
  }
  return next;
}

function endDay(state: DayState, reason: EndReason, notices: CoreNotice[]): StepResult {
  const errands: Record<string, ErrandStatus> = {};
  for (const [id, status] of Object.entries(state.errands)) errands[id] = status === 'open' ? 'failed' : status;
  notices.push({ type: 'DayEnded', reason, t: state.clock });
  return { state: { ...state, ended: true, endReason: reason, errands }, notices };
}

/** Plays a whole event log from a seed: the same inputs always give the same day. */
export function replay(level: Level, seed: number, events: readonly PlayerEvent[], options: DayOptions = {}): DayState {
  let state = createDay(level, seed);
  for (const event of events) state = step(state, event, level, options).state;
  return state;
}
