import type { CityRecord } from '../core/types';

/** What the city scene asks of every station's visuals. */
export interface StationView {
  update(t: number, dt: number): void;
  /** A record the city just made at this station: show it. */
  onRecord(record: CityRecord): void;
  /** Re-text after a language switch. */
  setLabels(): void;
}
