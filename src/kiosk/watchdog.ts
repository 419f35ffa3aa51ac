// Never a stuck screen: any uncaught error or rejected promise sends the kiosk
// back to the attract loop, and a watchdog reloads the page when the game has
// stopped drawing or errors keep coming. The only record is the console.
import { tooManyRecoveries } from './recoveryBudget';

export interface WatchdogHooks {
  recover(): void;
  /** Frames drawn so far (Phaser's loop counter). */
  frame(): number;
  phase(): string;
  resume(): void;
}

const CHECK_MS = 5000;
/** Checks in a row without a new frame before the page is reloaded. */
const STALLED_CHECKS = 4;
/** Checks in a row paused before the kiosk resumes by itself (a lost display pauses the day). */
const PAUSED_CHECKS = 4;

export function startWatchdog(hooks: WatchdogHooks, reload: () => void = () => window.location.reload()): () => void {
  const recoveries: number[] = [];
  const recover = (what: string, detail: unknown) => {
    console.error(`[kiosk] ${what}; back to the attract loop.`, detail);
    recoveries.push(Date.now());
    if (tooManyRecoveries(recoveries, Date.now())) {
      console.error('[kiosk] errors keep coming; reloading the page.');
      reload();
      return;
    }
    try {
      hooks.recover();
    } catch (again) {
      console.error('[kiosk] could not return to the attract loop; reloading the page.', again);
      reload();
    }
  };
  const onError = (event: ErrorEvent) => recover('error', event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => recover('unhandled rejection', event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);

  let lastFrame = hooks.frame();
  let stalled = 0;
  let paused = 0;
  const timer = window.setInterval(() => {
    // A hidden page draws nothing on purpose.
    if (document.hidden) return;
    const frame = hooks.frame();
    stalled = frame === lastFrame ? stalled + 1 : 0;
    lastFrame = frame;
    if (stalled >= STALLED_CHECKS) {
      console.error('[kiosk] the game has stopped drawing; reloading the page.');
      reload();
      return;
    }
    paused = hooks.phase() === 'paused' ? paused + 1 : 0;
    if (paused >= PAUSED_CHECKS) {
      paused = 0;
      hooks.resume();
    }
  }, CHECK_MS);

  return () => {
    window.clearInterval(timer);
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  };
}
