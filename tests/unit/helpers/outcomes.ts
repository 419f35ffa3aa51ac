// Random result-code outcomes for property tests: every field within the
// code's limits. Shared by the layout-1 and layout-2 (source check) tests.
import fc from 'fast-check';
import { LIMITS, type Outcome } from '../../../src/workshop/resultCode';

/** The fields every layout carries (no source check). */
export const outcomeFields = {
  ending: fc.integer({ min: 0, max: LIMITS.ending - 1 }),
  tier: fc.integer({ min: 0, max: LIMITS.tier - 1 }),
  scoreBand: fc.integer({ min: 0, max: LIMITS.scoreBand - 1 }),
  waitedGreen: fc.boolean(),
  reportedOther: fc.boolean(),
  sanctions: fc.integer({ min: 0, max: LIMITS.sanctions - 1 }),
  deskConfirmTenths: fc.option(fc.integer({ min: 0, max: LIMITS.deskConfirmTenths - 1 }), { nil: null }),
};

export const plainOutcome: fc.Arbitrary<Outcome> = fc.record(outcomeFields);
