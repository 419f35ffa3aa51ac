// Steps a plaza crowd in a Web Worker when the browser can start one, so the
// main thread's frame only draws it; otherwise (or if the worker fails) on
// the main thread, as before. Either way the crowd starts from the same
// seeded state, and `crowd` is what the view draws and the labels read.
//
// One request is in flight at a time: steps asked for meanwhile wait for the
// next request, at most `maxSteps` of them (a slow device sees the crowd
// slow down rather than fall further behind). The answer arrives a frame
// later, which nobody can see.
import { createCrowd, setPlayer, stepCrowd, type Crowd, type CrowdOptions } from '../../core/crowd';
import { transferList, type CrowdArrays, type FromWorker, type PlayerObstacle, type ToWorker } from './messages';

export class CrowdStepper {
  readonly crowd: Crowd;
  private worker: Worker | null = null;
  /** Arrays free to lend to the worker; null while they are over there. */
  private spare: CrowdArrays | null = null;
  private waitingSteps = 0;
  private asked = false;

  constructor(
    private readonly options: CrowdOptions,
    private readonly maxSteps: number,
  ) {
    this.crowd = createCrowd(options);
  }

  /** Whether the crowd walks on another thread (for the bench and tests). */
  get offMainThread(): boolean {
    return this.worker !== null;
  }

  /** Asks for `steps` more steps of `seconds` each, with the player where it is now. */
  step(steps: number, seconds: number, player: PlayerObstacle): void {
    // The worker starts with the first step, not with the scene: a city that
    // is built and at once replaced (the kiosk resetting) never loads one.
    if (!this.asked) {
      this.asked = true;
      if (this.crowd.count > 0) this.startWorker(this.options);
    }
    if (!this.worker) {
      setPlayer(this.crowd, ...player);
      for (let i = 0; i < steps; i++) stepCrowd(this.crowd, seconds);
      return;
    }
    this.waitingSteps = Math.min(this.waitingSteps + steps, this.maxSteps);
    const arrays = this.spare;
    if (!arrays || this.waitingSteps === 0) return;
    this.spare = null;
    const request: ToWorker = { type: 'step', steps: this.waitingSteps, seconds, player, arrays };
    this.waitingSteps = 0;
    this.worker.postMessage(request, transferList(arrays));
  }

  destroy(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  private startWorker(options: CrowdOptions): void {
    try {
      this.worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'crowd' });
    } catch {
      return; // No workers here (or not allowed): the main thread steps the crowd.
    }
    const n = this.crowd.count;
    this.spare = { x: new Float32Array(n), y: new Float32Array(n), vx: new Float32Array(n), vy: new Float32Array(n) };
    this.worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data.arrays);
    this.worker.onerror = (event) => {
      // Keep walking where the crowd stands now, on the main thread.
      event.preventDefault();
      this.destroy();
    };
    this.worker.postMessage({ type: 'init', options } satisfies ToWorker);
  }

  /** The new state becomes the crowd's; its old arrays are lent next time. */
  private receive(arrays: CrowdArrays): void {
    const c = this.crowd;
    this.spare = { x: c.x, y: c.y, vx: c.vx, vy: c.vy };
    c.x = arrays.x;
    c.y = arrays.y;
    c.vx = arrays.vx;
    c.vy = arrays.vy;
  }
}
