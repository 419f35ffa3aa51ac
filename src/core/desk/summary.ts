// What a shift comes to, as plain numbers: for the desk's debrief, and as a
// small result (deskResult) that a workshop result or class view can carry.
import { flagDef } from './shift';
import type { DecisionRecord, DeskLevel, ShiftState } from './types';

export interface KindSummary {
  kind: string;
  facts: string[];
  claim: boolean;
  raised: number;
  sanctioned: number;
  /** Sanctions that landed although the system's reading was plainly wrong. */
  falseSanctioned: number;
}

export interface ShiftSummary {
  raised: number;
  confirmed: number;
  dismissed: number;
  timedOut: number;
  /** Confirmed by the operator although the flag was plainly wrong. */
  falseConfirmed: number;
  /** Wrong flags the operator dismissed: the system's errors caught by a person. */
  falseDismissed: number;
  /** All sanctions that landed, including those the system imposed on timeout. */
  sanctioned: number;
  /** Sanctions on people whose flag was wrong. */
  falseSanctioned: number;
  /** Flags that were plainly wrong in this shift. */
  wrongRaised: number;
  quota: { target: number; confirms: number; met: boolean };
  operatorScore: number;
  byKind: KindSummary[];
}

export function summarizeShift(state: ShiftState, level: DeskLevel): ShiftSummary {
  const wrong = (d: DecisionRecord) => flagDef(level, d.def).truth === 'wrong';
  const count = (pred: (d: DecisionRecord) => boolean) => state.decisions.filter(pred).length;
  const byKind = new Map<string, KindSummary>();
  for (const d of state.decisions) {
    const def = flagDef(level, d.def);
    const entry = byKind.get(def.kind) ?? { kind: def.kind, facts: [], claim: false, raised: 0, sanctioned: 0, falseSanctioned: 0 };
    entry.raised += 1;
    entry.claim ||= def.claim;
    for (const f of def.facts) if (!entry.facts.includes(f)) entry.facts.push(f);
    if (d.sanctioned) entry.sanctioned += 1;
    if (d.sanctioned && def.truth === 'wrong') entry.falseSanctioned += 1;
    byKind.set(def.kind, entry);
  }
  const confirmed = count((d) => d.decision === 'confirm');
  return {
    raised: state.decisions.length,
    confirmed,
    dismissed: count((d) => d.decision === 'dismiss'),
    timedOut: count((d) => d.decision === 'timeout'),
    falseConfirmed: count((d) => d.decision === 'confirm' && wrong(d)),
    falseDismissed: count((d) => d.decision === 'dismiss' && wrong(d)),
    sanctioned: count((d) => d.sanctioned),
    falseSanctioned: count((d) => d.sanctioned && wrong(d)),
    wrongRaised: count(wrong),
    quota: { target: level.quota.confirms, confirms: confirmed, met: state.quotaMet },
    operatorScore: state.operatorScore,
    byKind: [...byKind.values()],
  };
}

/**
 * The small, stable result of a shift for other views (workshop result code,
 * class view): whole numbers only, nothing about the player.
 */
export interface DeskResult {
  /** Share of raised flags the operator confirmed, 0–100 (0 when none was raised). */
  confirmRate: number;
  /** Flags confirmed although plainly wrong. */
  falseConfirms: number;
  /** Sanctions that landed on people whose flag was wrong (confirmed or left to the system). */
  falseSanctions: number;
  quotaMet: boolean;
}

export function deskResult(summary: ShiftSummary): DeskResult {
  return {
    confirmRate: summary.raised === 0 ? 0 : Math.round((100 * summary.confirmed) / summary.raised),
    falseConfirms: summary.falseConfirmed,
    falseSanctions: summary.falseSanctioned,
    quotaMet: summary.quota.met,
  };
}
