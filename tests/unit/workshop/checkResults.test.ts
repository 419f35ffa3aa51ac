// The class view's source-check summary on fixed codes: distribution, mean,
// the paired change of the players who took both parts, and per label.
import { describe, expect, it } from 'vitest';
import { checkSummary } from '../../../src/workshop/checkResults';
import type { CheckOutcome, Outcome } from '../../../src/workshop/resultCode';
import { shippedStatements } from '../helpers/statements';

const pool = shippedStatements;

const day = (check?: CheckOutcome): Outcome => ({ ending: 0, tier: 0, scoreBand: 10, waitedGreen: false, reportedOther: false, sanctions: 0, deskConfirmTenths: null, ...(check ? { check } : {}) });

describe('the class summary of the source check', () => {
  // Form A: report, report, claim, claim, opinion, fiction; form B the same labels in the same order.
  const codes = [
    day({ order: 'AB', before: 0b000011, after: 0b111111 }), // 2 → 6
    day({ order: 'BA', before: 0b001111, after: 0b101111 }), // 4 → 5, missed the opinion after
    day({ order: 'AB', before: 0b111100, after: null }), // 4, skipped the part after
    day(), // no check at all
  ];
  const s = checkSummary(codes, pool());

  it('counts before and after, with their distribution and mean', () => {
    expect(s.formLength).toBe(6);
    expect(s.before.players).toBe(3);
    expect(s.before.distribution).toEqual([0, 0, 1, 0, 2, 0, 0]);
    expect(s.before.mean).toBeCloseTo(10 / 3);
    expect(s.after.players).toBe(2);
    expect(s.after.distribution).toEqual([0, 0, 0, 0, 0, 1, 1]);
    expect(s.after.mean).toBe(5.5);
    expect(s.orders).toEqual({ AB: 2, BA: 1 });
  });

  it('pairs only the players who took both parts', () => {
    expect(s.paired).toEqual({ players: 2, meanChange: 2.5, better: 2, same: 0, worse: 0 });
  });

  it('counts per label, and names the label the class confused most', () => {
    const by = Object.fromEntries(s.labels.map((l) => [l.label, l]));
    expect(by.report?.before).toEqual({ right: 4, asked: 6 });
    expect(by.claim?.before).toEqual({ right: 4, asked: 6 });
    expect(by.opinion?.before).toEqual({ right: 1, asked: 3 });
    expect(by.fiction?.before).toEqual({ right: 1, asked: 3 });
    expect(by.opinion?.after).toEqual({ right: 1, asked: 2 });
    expect(by.fiction?.after).toEqual({ right: 2, asked: 2 });
    expect(s.mostConfused).toBe('opinion');
  });

  it('says nothing about a class without the check', () => {
    const none = checkSummary([day(), day()], pool());
    expect(none.before.mean).toBeNull();
    expect(none.paired.meanChange).toBeNull();
    expect(none.mostConfused).toBeNull();
  });
});
