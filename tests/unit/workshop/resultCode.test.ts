// Result codes: every outcome survives encode → decode, and a typo is caught.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { replay } from '../../../src/core/day';
import { ALPHABET, decodeCode, encodeOutcome, normaliseCode, type Outcome } from '../../../src/workshop/resultCode';
import { outcomeOfDay } from '../../../src/workshop/outcome';
import { classResults, splitCodes } from '../../../src/workshop/classResults';
import { loadLevel } from '../helpers/level';
import { plainOutcome as outcome } from '../helpers/outcomes';

describe('result codes', () => {
  it('round-trip every possible outcome', () => {
    fc.assert(
      fc.property(outcome, (o) => {
        const code = encodeOutcome(o);
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{4}$/);
        const decoded = decodeCode(code);
        expect(decoded).toEqual({ ok: true, outcome: o, code });
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trip the corners of every field', () => {
    const corners: Outcome[] = [
      { ending: 0, tier: 0, scoreBand: 0, waitedGreen: false, reportedOther: false, sanctions: 0, deskConfirmTenths: null },
      { ending: 7, tier: 7, scoreBand: 31, waitedGreen: true, reportedOther: true, sanctions: 255, deskConfirmTenths: 10 },
      { ending: 0, tier: 0, scoreBand: 0, waitedGreen: false, reportedOther: false, sanctions: 0, deskConfirmTenths: 0 },
    ];
    for (const o of corners) expect(decodeCode(encodeOutcome(o))).toMatchObject({ ok: true, outcome: o });
  });

  it('catches any single changed character', () => {
    fc.assert(
      fc.property(outcome, fc.nat(6), fc.integer({ min: 1, max: 31 }), (o, position, shift) => {
        const chars = normaliseCode(encodeOutcome(o)).split('');
        const original = ALPHABET.indexOf(chars[position] ?? '');
        chars[position] = ALPHABET[(original + shift) % 32] ?? '';
        const decoded = decodeCode(chars.join(''));
        expect(decoded.ok).toBe(false);
      }),
      { numRuns: 1500 },
    );
  });

  it('forgives how a code is typed: case, dashes, spaces, O for 0, I or L for 1', () => {
    const code = encodeOutcome({ ending: 1, tier: 2, scoreBand: 20, waitedGreen: true, reportedOther: false, sanctions: 3, deskConfirmTenths: null });
    const sloppy = ` ${code.toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l')} `;
    expect(decodeCode(sloppy)).toMatchObject({ ok: true, code });
  });

  it('says why a code is refused', () => {
    expect(decodeCode('ABC')).toEqual({ ok: false, error: 'length' });
    expect(decodeCode('ABC-DEFGH')).toEqual({ ok: false, error: 'length' });
    expect(decodeCode('ABU-DEFG')).toEqual({ ok: false, error: 'character' });
    expect(decodeCode('')).toEqual({ ok: false, error: 'length' });
  });

  it('refuses out-of-range outcomes instead of writing a wrong code', () => {
    const base: Outcome = { ending: 0, tier: 0, scoreBand: 0, waitedGreen: false, reportedOther: false, sanctions: 0, deskConfirmTenths: null };
    expect(() => encodeOutcome({ ...base, scoreBand: 32 })).toThrow(RangeError);
    expect(() => encodeOutcome({ ...base, deskConfirmTenths: 11 })).toThrow(RangeError);
  });
});

describe('a finished day as a result code', () => {
  const level = loadLevel();
  const { catalogue } = level;

  it('records the choices and the sanctions a day ran into', () => {
    // Cross on red several times: the score falls through the grades, sanctions hit.
    const events = Array.from({ length: 8 }, (_, i) => ({ type: 'crossed' as const, t: 2 + i * 3, station: 'crossing-1', waited: 0 }));
    const day = replay(level, 7, [...events, { type: 'ended', t: 60, reason: 'player' }]);
    const o = outcomeOfDay(day, level);
    expect(o.waitedGreen).toBe(day.records.some((r) => r.action === 'wait-green'));
    expect(o.reportedOther).toBe(false);
    expect(o.scoreBand).toBe(Math.floor(day.score / 50));
    expect(catalogue.tiers[o.tier]?.id).toBe(day.tier);
    // Every sanction still on at the end counts as hit.
    for (const s of day.sanctions) expect(o.sanctions & (1 << catalogue.sanctions.findIndex((d) => d.id === s))).not.toBe(0);
    expect(decodeCode(encodeOutcome(o))).toMatchObject({ ok: true, outcome: o });
  });

  it('an untouched day hits no sanction and keeps the control-desk field empty', () => {
    const day = replay(level, 3, [{ type: 'ended', t: 5, reason: 'player' }]);
    const o = outcomeOfDay(day, level);
    expect(o.sanctions).toBe(0);
    expect(o.deskConfirmTenths).toBeNull();
    expect(outcomeOfDay(day, level, 0.73).deskConfirmTenths).toBe(7);
  });
});

describe('class results', () => {
  const { catalogue } = loadLevel();
  const code = (o: Partial<Outcome>) =>
    encodeOutcome({ ending: 0, tier: 0, scoreBand: 20, waitedGreen: false, reportedOther: false, sanctions: 0, deskConfirmTenths: null, ...o });

  it('splits pasted text on spaces, commas, semicolons and new lines', () => {
    expect(splitCodes('AB1-2CDE, xyz-1234;\n  QQQ-QQQQ\t-')).toEqual(['AB1-2CDE', 'xyz-1234', 'QQQ-QQQQ']);
  });

  it('counts good codes, lists bad ones with a reason, and notes repeats', () => {
    const a = code({ scoreBand: 20, waitedGreen: true, sanctions: 0b1 });
    const b = code({ scoreBand: 5, reportedOther: true, sanctions: 0b11, ending: 1 });
    const typo = `${a.slice(0, -1)}${a.endsWith('0') ? '1' : '0'}`;
    const results = classResults(`${a}\n${b}\n${a}\n${typo}\nhello`, catalogue);
    expect(results.accepted).toHaveLength(3);
    expect(results.bad.map((x) => x.error)).toEqual(['check', 'length']);
    expect(results.repeated).toEqual([{ code: a, times: 2 }]);
    expect(results.waitedGreen).toBe(2);
    expect(results.reportedOther).toBe(1);
    expect(results.sanctions[0]).toEqual({ id: catalogue.sanctions[0]?.id, count: 3 });
    expect(results.sanctions[1]).toEqual({ id: catalogue.sanctions[1]?.id, count: 1 });
    expect(results.scores.find((r) => r.from === 1000)?.count).toBe(2);
    expect(results.scores.find((r) => r.from === 200)?.count).toBe(1);
    expect(results.scores.reduce((n, r) => n + r.count, 0)).toBe(3);
  });

  it('refuses a code whose ending this game does not have', () => {
    const results = classResults(code({ ending: catalogue.endings.length }), catalogue);
    expect(results.accepted).toHaveLength(0);
    expect(results.bad[0]?.error).toBe('unknown-ending');
  });
});
