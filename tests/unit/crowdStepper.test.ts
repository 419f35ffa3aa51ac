// The crowd stepper walks the crowd in a worker in the browser; where no
// worker can start (here in Node, or a locked-down browser) it must walk the
// very same crowd on the main thread, so the plaza never freezes.
import { describe, expect, it } from 'vitest';
import { createCrowd, setPlayer, stepCrowd } from '../../src/core/crowd';
import { CrowdStepper } from '../../src/objects/crowd/stepper';

const OPTIONS = { width: 30, height: 20, count: 120, flow: { x: 1, y: 0 }, counterFlowShare: 0.3, seed: 11 };

describe('CrowdStepper without workers', () => {
  it('steps on the main thread exactly as the model does', () => {
    const stepper = new CrowdStepper(OPTIONS, 2);
    expect(stepper.offMainThread).toBe(false);
    const reference = createCrowd(OPTIONS);
    const player = [10, 10, 1, 0, 0.35] as const;
    setPlayer(reference, ...player);
    for (let frame = 0; frame < 30; frame++) {
      stepper.step(2, 1 / 30, [...player]);
      stepCrowd(reference, 1 / 30);
      stepCrowd(reference, 1 / 30);
    }
    expect(Array.from(stepper.crowd.x)).toEqual(Array.from(reference.x));
    expect(Array.from(stepper.crowd.vy)).toEqual(Array.from(reference.vy));
    // And the walkers did walk.
    expect(Array.from(stepper.crowd.x)).not.toEqual(Array.from(createCrowd(OPTIONS).x));
  });
});
