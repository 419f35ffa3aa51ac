import type { StationKind } from '../types';

/** Catalogue actions each station kind can produce; validation checks they exist. */
export const REQUIRED_ACTIONS: Record<StationKind, readonly string[]> = {
  crossing: ['jaywalk', 'wait-green'],
  dispenser: ['paper-granted', 'paper-again', 'paper-sanctioned'],
  plaza: ['abnormal-movement'],
  goal: [],
  gate: ['gate-open', 'gate-closed'],
  patrol: ['patrol-identified', 'patrol-stopped'],
  checkpoint: ['phone-searched', 'phone-flagged'],
  clinic: ['health-check'],
  shop: ['payment-logged', 'service-delayed'],
  lecture: ['attendance-logged', 'emotion-attentive', 'emotion-bored'],
  disguise: ['disguise-worn'],
  gait: ['gait-match'],
  witness: ['car-ticket', 'reported-other'],
  billboard: [],
};
