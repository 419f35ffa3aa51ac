import type { StationKind } from '../types';

/** Catalogue actions each station kind can produce; validation checks they exist. */
export const REQUIRED_ACTIONS: Record<StationKind, readonly string[]> = {
  crossing: ['jaywalk', 'wait-green'],
  dispenser: ['paper-granted', 'paper-again', 'paper-sanctioned'],
  plaza: ['abnormal-movement'],
  goal: [],
};
