// Result codes that carry the source check (layout version 2), and golden
// codes: fixed codes decode to fixed outcomes, so a change of layout that
// would break codes already handed out fails here.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { outcomeFields } from '../helpers/outcomes';
import { ALPHABET, decodeCode, encodeOutcome, LIMITS, normaliseCode, type CheckOutcome, type Outcome } from '../../../src/workshop/resultCode';

const mask = fc.option(fc.integer({ min: 0, max: LIMITS.checkMask - 1 }), { nil: null });
const check: fc.Arbitrary<CheckOutcome> = fc.record({ order: fc.constantFrom('AB' as const, 'BA' as const), before: mask, after: mask });
const outcome: fc.Arbitrary<Outcome> = fc.record({ ...outcomeFields, check });

describe('result codes with the source check', () => {
  it('round-trip every outcome with every before and after', () => {
    fc.assert(
      fc.property(outcome, (o) => {
        const code = encodeOutcome(o);
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{4}$/);
        expect(decodeCode(code)).toEqual({ ok: true, outcome: o, code });
      }),
      { numRuns: 2000 },
    );
  });

  it('catch any single changed character', () => {
    fc.assert(
      fc.property(outcome, fc.nat(9), fc.integer({ min: 1, max: 31 }), (o, position, shift) => {
        const chars = normaliseCode(encodeOutcome(o)).split('');
        const original = ALPHABET.indexOf(chars[position] ?? '');
        chars[position] = ALPHABET[(original + shift) % 32] ?? '';
        expect(decodeCode(chars.join('')).ok).toBe(false);
      }),
      { numRuns: 1500 },
    );
  });

  it('refuse a mask wider than a form', () => {
    expect(() => encodeOutcome({ ...base, check: { order: 'AB', before: 64, after: null } })).toThrow(RangeError);
  });
});

const base: Outcome = { ending: 0, tier: 0, scoreBand: 0, waitedGreen: false, reportedOther: false, sanctions: 0, deskConfirmTenths: null };

describe('golden codes', () => {
  it('a code of the first layout (handed out before the source check) still decodes as it did', () => {
    // Written by the version-1 encoder before issue 18.
    expect(decodeCode('9BC-5128')).toEqual({
      ok: true,
      code: '9BC-5128',
      outcome: { ending: 2, tier: 3, scoreBand: 17, waitedGreen: true, reportedOther: false, sanctions: 0b00100101, deskConfirmTenths: 7 },
    });
  });

  it('a code with both parts of the check: form B first, 3 of 6 right before, 5 of 6 after', () => {
    const decoded = decodeCode('6aj-300-ftx9');
    expect(decoded).toEqual({
      ok: true,
      code: '6AJ-300-FTX9',
      outcome: {
        ending: 1,
        tier: 2,
        scoreBand: 9,
        waitedGreen: false,
        reportedOther: true,
        sanctions: 3,
        deskConfirmTenths: null,
        check: { order: 'BA', before: 0b010011, after: 0b111011 },
      },
    });
  });

  it('a code with only the check before the day (the player skipped the one after)', () => {
    expect(decodeCode('20D000P001')).toMatchObject({ ok: true, outcome: { scoreBand: 20, waitedGreen: true, check: { order: 'AB', before: 0b000101, after: null } } });
  });

  it('a long code whose version bits say "first layout" is refused', () => {
    // Same data as above with the version bits set to 1: the check character is recomputed, so only the version is wrong.
    const values = [...normaliseCode('20D000P001')].slice(0, 9).map((c) => ALPHABET.indexOf(c));
    values[0] = ((values[0] ?? 0) & ~3) | 1;
    const checkChar = values.reduce((sum, v, i) => sum + v * (2 * i + 1), 0) % 32;
    const text = [...values, checkChar].map((v) => ALPHABET[v]).join('');
    expect(decodeCode(text)).toEqual({ ok: false, error: 'version' });
  });
});
