// The control desk's data and state. A shift is a queue of flags the system
// raises about people in the district; the operator confirms or dismisses
// each one. Everything the desk does is named in a desk level file
// (levels/desk-1.json) and checked on load (validate.ts).

/** Whether the system's reading of the scene was right, or plainly wrong. */
export type FlagTruth = 'correct' | 'wrong';

/** What a confirmed flag does to the person in the street (views draw it). */
export const SANCTIONS = ['shaming-screen', 'gate-closed', 'people-step-away', 'phone-search', 'paper-refused', 'teacher-warned'] as const;
export type SanctionKind = (typeof SANCTIONS)[number];

/** One flag the system can raise. Texts: `desk.flag.<kind>` (label) and `desk.subject.<subject>` (what really happened). */
export interface FlagDef {
  id: string;
  /** The system's label, e.g. `abnormal-movement`, `red-light`, `gait-match`. */
  kind: string;
  /** A place of the district (`place` of one of its stations), whose camera feed shows it. */
  place: string;
  /** Who was flagged and what they were really doing. */
  subject: string;
  truth: FlagTruth;
  sanction: SanctionKind;
  /** The system's confidence as it shows it, in percent (a number the operator is meant to trust). */
  confidence: number;
  /** True when the flag rests on a company's own claim (shown as "company claim"); must cite a claim fact. */
  claim: boolean;
  facts: string[];
}

export interface SupervisorDef {
  /** Said when the shift starts. */
  start: string;
  /** After a confirm: the line of the highest step whose minScore the operator's score has reached. */
  praise: { minScore: number; line: string }[];
  /** After a dismiss or timeout: the line of the highest step whose `misses` (dismissals + timeouts so far) is reached. */
  pressure: { misses: number; line: string }[];
  /** Once, the moment the quota is met. */
  quotaMet: string;
  /** At the end. */
  end: { met: string; missed: string };
}

export interface DeskLevel {
  id: string;
  /** The district level whose streets the feeds show, e.g. `district-1`. */
  district: string;
  /** How many flags one shift draws from `flags` (seeded order). */
  flagsPerShift: number;
  /** Seconds the operator has for one flag before it times out. */
  decisionSeconds: number;
  /** Seconds between a decision and the next flag. */
  gapSeconds: number;
  /** What the system does with a flag nobody decided: sanction anyway, or let it drop. */
  onTimeout: 'auto-confirm' | 'drop';
  quota: { confirms: number };
  /** Operator points per decision: the system's reward, blind to the truth. */
  points: { confirm: number; dismiss: number; timeout: number };
  supervisor: SupervisorDef;
  flags: FlagDef[];
}

export type Decision = 'confirm' | 'dismiss' | 'timeout';

/** A flag as it appears in one shift: which definition, and the face it is about. */
export interface ShiftFlag {
  /** Position in the shift, from 0. */
  n: number;
  def: string;
  /** Seed of the flagged person's face and place in the feed. */
  face: number;
}

export interface DecisionRecord {
  n: number;
  def: string;
  face: number;
  decision: Decision;
  /** Shift clock when it was decided. */
  t: number;
  /** Points the system gave the operator for it. */
  delta: number;
  /** Whether a sanction landed on the person (confirmed, or auto-confirmed on timeout). */
  sanctioned: boolean;
}

export interface ShiftState {
  seed: number;
  clock: number;
  queue: ShiftFlag[];
  /** Index into `queue` of the open flag, or of the next one while waiting. */
  current: number;
  /** Clock when the current flag opened, or null while waiting for it. */
  openedAt: number | null;
  /** Clock when the next flag opens (used while `openedAt` is null). */
  nextAt: number;
  decisions: DecisionRecord[];
  operatorScore: number;
  quotaMet: boolean;
  ended: boolean;
}

export type ShiftEvent = { type: 'tick'; seconds: number } | { type: 'decide'; decision: 'confirm' | 'dismiss' };

export type ShiftNotice =
  | { type: 'FlagRaised'; flag: ShiftFlag }
  | { type: 'Decided'; record: DecisionRecord }
  | { type: 'SupervisorSaid'; line: string; mood: 'neutral' | 'praise' | 'pressure' }
  | { type: 'QuotaMet' }
  | { type: 'ShiftEnded' };
