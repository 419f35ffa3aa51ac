// Sets the desk shift beside the player's own citizen day (if one was played
// in this page): what the city recorded about them against what they let it
// record about others.
import type { DayState } from '../types';
import type { ShiftSummary } from './summary';

/** Which of the citizen's recorded actions correspond to a kind of desk flag. */
export const CITIZEN_ACTIONS_BY_FLAG: Readonly<Record<string, readonly string[]>> = {
  'abnormal-movement': ['abnormal-movement'],
  'red-light': ['jaywalk'],
  'paper-twice': ['paper-again', 'paper-sanctioned'],
  'emotion-bored': ['emotion-bored'],
  'gait-match': ['gait-match'],
  'face-mismatch': ['gate-closed'],
  'list-match': ['gate-closed'],
  'phone-scan': ['phone-searched', 'phone-flagged'],
  'refused-check': ['health-check'],
  'odd-purchase': ['payment-logged'],
};

export interface SidesComparison {
  citizen: { records: number; negative: number; score: number; tier: string } | null;
  desk: { raised: number; sanctioned: number; falseConfirmed: number; operatorScore: number };
  /** Flag kinds the player met both as a citizen (recorded about them) and at the desk. */
  sharedKinds: string[];
}

export function compareSides(summary: ShiftSummary, day: DayState | null): SidesComparison {
  const actions = new Set(day?.records.map((r) => r.action) ?? []);
  return {
    citizen: day
      ? { records: day.records.length, negative: day.records.filter((r) => r.delta < 0).length, score: day.score, tier: day.tier }
      : null,
    desk: { raised: summary.raised, sanctioned: summary.sanctioned, falseConfirmed: summary.falseConfirmed, operatorScore: summary.operatorScore },
    sharedKinds: summary.byKind.map((k) => k.kind).filter((kind) => (CITIZEN_ACTIONS_BY_FLAG[kind] ?? []).some((a) => actions.has(a))),
  };
}
