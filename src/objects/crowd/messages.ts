// What the city and its crowd worker say to each other (see stepper.ts).
import type { CrowdOptions } from '../../core/crowd';

/** The four arrays a step changes, lent to the worker and handed back filled (never copied). */
export interface CrowdArrays {
  x: Float32Array;
  y: Float32Array;
  vx: Float32Array;
  vy: Float32Array;
}

/** The player as an obstacle, in plaza metres: x, y, vx, vy, radius. */
export type PlayerObstacle = [number, number, number, number, number];

export type ToWorker = { type: 'init'; options: CrowdOptions } | { type: 'step'; steps: number; seconds: number; player: PlayerObstacle; arrays: CrowdArrays };

export type FromWorker = { type: 'state'; arrays: CrowdArrays };

export function transferList(a: CrowdArrays): ArrayBuffer[] {
  return [a.x.buffer, a.y.buffer, a.vx.buffer, a.vy.buffer] as ArrayBuffer[];
}
