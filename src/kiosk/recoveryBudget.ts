// How many returns to the attract loop are too many: errors that keep coming
// (say, a broken file) are better met with a fresh page load.

export const RECOVERY_WINDOW_MS = 60_000;
export const MAX_RECOVERIES = 5;

/** Drops entries older than the window (in place) and says whether too many remain. */
export function tooManyRecoveries(times: number[], now: number): boolean {
  while (times.length > 0 && (times[0] as number) < now - RECOVERY_WINDOW_MS) times.shift();
  return times.length > MAX_RECOVERIES;
}
