// The rule the cars keep at a crossing: they wait while pedestrians have
// green, and may drive while pedestrians have red. A car that drives anyway
// commits the offence the city tickets (F13; see stations/witness.ts).
import { lightAt } from './stations/crossing';
import type { CrossingParams } from './types';

export function carsMustStop(crossing: CrossingParams, t: number): boolean {
  return lightAt(crossing, t) === 'green';
}
