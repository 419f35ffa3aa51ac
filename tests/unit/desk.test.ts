// The control desk's rules: a shift drawn from the seed, decisions and what
// they count as, the supervisor's escalation, the summary, and the desk
// level file's validation messages.
import { describe, expect, it } from 'vitest';
import {
  compareSides,
  createShift,
  deskResult,
  flagDef,
  openFlag,
  parseDeskLevel,
  replayShift,
  stepShift,
  summarizeShift,
  type DeskLevel,
  type ShiftEvent,
  type ShiftNotice,
  type ShiftState,
} from '../../src/core/desk';
import { createDay } from '../../src/core/day';
import type { CityRecord, DayState } from '../../src/core/types';
import { deskContext } from '../../src/levels/loadDesk';
import { hasText, LANGS } from '../../src/i18n';
import { createDeskStore } from '../../src/store/deskStore';
import { loadLevel, parseShipped, readText } from './helpers/level';

const DESK_FILE = 'levels/desk-1.json';
const shippedLevel = (() => {
  const r = parseShipped();
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.level;
})();
const ctx = deskContext(shippedLevel);

function shipped(): DeskLevel {
  const r = parseDeskLevel({ file: DESK_FILE, text: readText(DESK_FILE) }, ctx);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.desk;
}

function errorsFor(mutate: (raw: Record<string, unknown> & { flags: Record<string, unknown>[] }) => void): string[] {
  const raw = JSON.parse(readText(DESK_FILE)) as Record<string, unknown> & { flags: Record<string, unknown>[] };
  mutate(raw);
  const r = parseDeskLevel({ file: DESK_FILE, text: JSON.stringify(raw) }, ctx);
  return r.ok ? [] : r.errors;
}

/** Runs the clock until a flag is open (or the shift ended), collecting notices. */
function untilOpen(state: ShiftState, desk: DeskLevel, notices: ShiftNotice[] = []): ShiftState {
  let s = state;
  while (!openFlag(s) && !s.ended) {
    const r = stepShift(s, { type: 'tick', seconds: 0.5 }, desk);
    notices.push(...r.notices);
    s = r.state;
  }
  return s;
}

function decideWith(state: ShiftState, desk: DeskLevel, choose: (truth: 'correct' | 'wrong') => 'confirm' | 'dismiss', notices: ShiftNotice[] = []): ShiftState {
  let s = untilOpen(state, desk, notices);
  while (!s.ended) {
    const flag = openFlag(s);
    if (!flag) break;
    const r = stepShift(s, { type: 'decide', decision: choose(flagDef(desk, flag.def).truth) }, desk);
    notices.push(...r.notices);
    s = untilOpen(r.state, desk, notices);
  }
  return s;
}

const lines = (notices: ShiftNotice[], mood: string) =>
  notices.flatMap((n) => (n.type === 'SupervisorSaid' && n.mood === mood ? [n.line] : []));

describe('the shipped desk level', () => {
  it('validates, and every flag, subject and supervisor line has a text in both languages', () => {
    const desk = shipped();
    const keys = [
      ...desk.flags.flatMap((f) => [`desk.flag.${f.kind}`, `desk.subject.${f.subject}`, `desk.sanction.${f.sanction}`]),
      ...[desk.supervisor.start, desk.supervisor.quotaMet, desk.supervisor.end.met, desk.supervisor.end.missed]
        .concat(desk.supervisor.praise.map((p) => p.line), desk.supervisor.pressure.map((p) => p.line))
        .map((l) => `desk.supervisor.${l}`),
    ];
    for (const lang of LANGS) expect(keys.filter((k) => !hasText(lang, k)).map((k) => `${lang}: ${k}`)).toEqual([]);
  });

  it('holds plainly wrong flags (the child running to school, the wheelchair user) and marks company claims', () => {
    const desk = shipped();
    expect(flagDef(desk, 'run-school').truth).toBe('wrong');
    expect(flagDef(desk, 'wheelchair').truth).toBe('wrong');
    expect(flagDef(desk, 'gait-postman')).toMatchObject({ kind: 'gait-match', confidence: 100, claim: true });
  });
});

describe('a shift', () => {
  it('replays the same flags, faces and result from the same seed and decisions', () => {
    const desk = shipped();
    const events: ShiftEvent[] = [];
    for (let i = 0; i < 40; i++) events.push({ type: 'tick', seconds: 1.3 }, { type: 'decide', decision: i % 3 === 0 ? 'dismiss' : 'confirm' });
    const a = replayShift(desk, 4242, events);
    const b = replayShift(desk, 4242, events);
    expect(b).toEqual(a);
    expect(a.decisions.length).toBeGreaterThan(0);
    expect(createShift(desk, 4243).queue).not.toEqual(createShift(desk, 4242).queue);
  });

  it('draws flagsPerShift distinct flags', () => {
    const desk = shipped();
    const q = createShift(desk, 7).queue;
    expect(q).toHaveLength(desk.flagsPerShift);
    expect(new Set(q.map((f) => f.def)).size).toBe(q.length);
  });

  it('counts confirming a wrong flag as a false confirm, and the system rewards it all the same', () => {
    const desk = shipped();
    const end = decideWith(createShift(desk, 11), desk, () => 'confirm');
    const summary = summarizeShift(end, desk);
    const wrong = end.decisions.filter((d) => flagDef(desk, d.def).truth === 'wrong').length;
    expect(wrong).toBeGreaterThan(0);
    expect(summary.falseConfirmed).toBe(wrong);
    expect(summary.confirmed).toBe(desk.flagsPerShift);
    expect(summary.operatorScore).toBe(desk.flagsPerShift * desk.points.confirm);
    expect(summary.quota.met).toBe(true);
    expect(deskResult(summary)).toEqual({ confirmRate: 100, falseConfirms: wrong, falseSanctions: wrong, quotaMet: true });
  });

  it('dismissing exactly the wrong flags leaves no false sanction but costs the operator points', () => {
    const desk = shipped();
    const end = decideWith(createShift(desk, 11), desk, (truth) => (truth === 'wrong' ? 'dismiss' : 'confirm'));
    const s = summarizeShift(end, desk);
    expect(s.falseConfirmed).toBe(0);
    expect(s.falseSanctioned).toBe(0);
    expect(s.falseDismissed).toBe(s.wrongRaised);
    expect(s.operatorScore).toBe(s.confirmed * desk.points.confirm + s.dismissed * desk.points.dismiss);
    expect(deskResult(s).confirmRate).toBe(Math.round((100 * s.confirmed) / s.raised));
  });

  it('a flag nobody decides times out and, on auto-confirm, the sanction lands anyway', () => {
    const desk = shipped();
    let s = untilOpen(createShift(desk, 3), desk);
    const flag = openFlag(s);
    const r = stepShift(s, { type: 'tick', seconds: desk.decisionSeconds + 0.01 }, desk);
    s = r.state;
    expect(s.decisions).toHaveLength(1);
    expect(s.decisions[0]).toMatchObject({ def: flag?.def, decision: 'timeout', sanctioned: true, delta: desk.points.timeout });
    const dropped = { ...desk, onTimeout: 'drop' as const };
    const d = stepShift(untilOpen(createShift(dropped, 3), dropped), { type: 'tick', seconds: desk.decisionSeconds + 0.01 }, dropped).state;
    expect(d.decisions[0]?.sanctioned).toBe(false);
  });

  it('a decision with no open flag changes nothing', () => {
    const desk = shipped();
    const s = createShift(desk, 5);
    expect(stepShift(s, { type: 'decide', decision: 'confirm' }, desk)).toEqual({ state: s, notices: [] });
  });

  it('escalates the supervisor’s pressure with every dismissal, and praise with the operator’s score', () => {
    const desk = shipped();
    const pressure: ShiftNotice[] = [];
    decideWith(createShift(desk, 9), desk, () => 'dismiss', pressure);
    const said = lines(pressure, 'pressure');
    // One line per dismissal (and the end line), stepping up the data's ladder in order.
    const ladder = desk.supervisor.pressure.map((p) => p.line);
    const steps = said.filter((l) => ladder.includes(l)).map((l) => ladder.indexOf(l));
    expect(steps[0]).toBe(0);
    expect(steps.at(-1)).toBe(ladder.length - 1);
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeGreaterThanOrEqual(steps[i - 1] as number);
    expect(said.at(-1)).toBe(desk.supervisor.end.missed);

    const praise: ShiftNotice[] = [];
    decideWith(createShift(desk, 9), desk, () => 'confirm', praise);
    const praised = lines(praise, 'praise');
    const praiseLadder = desk.supervisor.praise.map((p) => p.line);
    expect(praised[0]).toBe(praiseLadder[0]);
    expect(praised).toContain(praiseLadder.at(-1));
    expect(praised).toContain(desk.supervisor.quotaMet);
    expect(praised.at(-1)).toBe(desk.supervisor.end.met);
  });
});

describe('the two perspectives side by side', () => {
  it('without a citizen day there is nothing to compare; with one, shared kinds of flag are named', () => {
    const desk = shipped();
    const end = decideWith(createShift(desk, 11), desk, () => 'confirm');
    const summary = summarizeShift(end, desk);
    expect(compareSides(summary, null)).toMatchObject({ citizen: null, sharedKinds: [] });
    const raisedKinds = summary.byKind.map((k) => k.kind);
    expect(raisedKinds).toContain('red-light');
    const record: CityRecord = { seq: 1, t: 60, station: 'crossing-1', place: 'crossing', action: 'jaywalk', sensor: 'camera', operator: 'city', data: [], delta: -50, scoreAfter: 950, facts: [], vars: {} };
    const day: DayState = { ...createDay(loadLevel(), 11), records: [record], score: 950, tier: 'a' };
    const sides = compareSides(summary, day);
    expect(sides.citizen).toEqual({ records: 1, negative: 1, score: 950, tier: 'a' });
    expect(sides.sharedKinds).toEqual(['red-light']);
    expect(sides.desk).toEqual({ raised: summary.raised, sanctioned: summary.sanctioned, falseConfirmed: summary.falseConfirmed, operatorScore: summary.operatorScore });
  });
});

describe('desk level validation', () => {
  it('names the file and the field for each mistake', () => {
    expect(errorsFor((raw) => (raw.decisionSeconds = 'soon'))).toEqual([`${DESK_FILE}: decisionSeconds must be a number, not "soon"`]);
    expect(errorsFor((raw) => delete raw.flags[2]!.truth)).toEqual([`${DESK_FILE}: flags[2].truth is missing`]);
    expect(errorsFor((raw) => (raw.flags[3]!.facts = ['F99']))).toEqual([`${DESK_FILE}: flags[3].facts[0] "F99" is not in the fact catalogue`]);
    expect(errorsFor((raw) => (raw.flags[1]!.place = 'moon'))).toEqual([`${DESK_FILE}: flags[1].place "moon" is not a place of the district`]);
    expect(errorsFor((raw) => (raw.quota = { confirms: 99 }))).toEqual([`${DESK_FILE}: quota.confirms (99) must be at most the flags in one shift (12)`]);
    expect(errorsFor((raw) => (raw.flags[3]!.id = raw.flags[0]!.id))).toEqual([`${DESK_FILE}: flags[3].id "run-school" is used twice`]);
    expect(errorsFor((raw) => (raw.flags[3]!.claim = true))).toEqual([`${DESK_FILE}: flags[3].claim is true, so facts must name a company claim (kind "claim")`]);
  });

  it('refuses text that is not a desk file, clearly', () => {
    expect(parseDeskLevel({ file: DESK_FILE, text: '{oops' }, ctx)).toMatchObject({ ok: false, errors: [expect.stringMatching(/^levels\/desk-1.json: is not valid JSON/)] });
    expect(parseDeskLevel({ file: DESK_FILE, text: '[]' }, ctx)).toEqual({ ok: false, errors: [`${DESK_FILE}: the file must be an object {...}, not a list [...]`] });
  });
});

describe('the desk store', () => {
  it('opens with a checked file, runs a shift, and a paused shift neither ticks nor takes decisions', async () => {
    const store = createDeskStore();
    await store.getState().open(async () => ({ ok: true, desk: shipped() }));
    expect(store.getState().phase).toBe('briefing');
    store.getState().startShift(21);
    store.getState().tick(5);
    const open = store.getState().shift;
    expect(open && openFlag(open)).not.toBeNull();
    store.getState().setPaused(true);
    store.getState().tick(500);
    store.getState().decide('confirm');
    expect(store.getState().shift).toBe(open);
    store.getState().setPaused(false);
    store.getState().decide('confirm');
    expect(store.getState().shift?.decisions).toHaveLength(1);
  });

  it('shows the file’s messages when it does not validate', async () => {
    const store = createDeskStore();
    await store.getState().open(async () => ({ ok: false, errors: ['levels/desk-1.json: quota is missing'] }));
    expect(store.getState()).toMatchObject({ phase: 'error', errors: ['levels/desk-1.json: quota is missing'] });
  });
});
