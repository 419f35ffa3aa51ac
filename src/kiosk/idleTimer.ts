// When a visitor has walked away: pure arithmetic on the time of the last
// input, so it can be tested without waiting.

export type IdleStage =
  | { stage: 'active' }
  | { stage: 'countdown'; secondsLeft: number }
  | { stage: 'expired' };

export interface IdleTimes {
  idleSeconds: number;
  countdownSeconds: number;
}

/** `now` and `lastInput` in milliseconds of the same clock. */
export function idleStage(lastInput: number, now: number, times: IdleTimes): IdleStage {
  const idle = Math.max(0, (now - lastInput) / 1000);
  if (idle < times.idleSeconds) return { stage: 'active' };
  const left = times.idleSeconds + times.countdownSeconds - idle;
  if (left > 0) return { stage: 'countdown', secondsLeft: Math.ceil(left) };
  return { stage: 'expired' };
}
