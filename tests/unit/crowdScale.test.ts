// The plaza crowd at the sizes a level may ask for (bench/ measures their
// speed; these check behaviour only, never time).
import { describe, expect, it } from 'vitest';
import { createCrowd, laneOrder, stepCrowd, type Crowd } from '../../src/core/crowd';

/** Station Square of levels/district-1.json: 1040 × 600 px at 20 px/m, flow to the west, 12 % against it. */
function gamePlaza(count: number, seed = 3): Crowd {
  return createCrowd({ width: 52, height: 30, count, flow: { x: -1, y: 0 }, counterFlowShare: 0.12, seed });
}

/** Pairs whose bodies overlap by more than `depth` metres, counted on a coarse grid (exact, periodic along x). */
function overlaps(crowd: Crowd, depth: number): number {
  const { width, radius } = crowd.options;
  const limit = 2 * radius - depth;
  let n = 0;
  for (let i = 0; i < crowd.count; i++) {
    for (let j = i + 1; j < crowd.count; j++) {
      let dx = (crowd.x[i] as number) - (crowd.x[j] as number);
      dx -= width * Math.round(dx / width);
      const dy = (crowd.y[i] as number) - (crowd.y[j] as number);
      if (dx * dx + dy * dy < limit * limit) n++;
    }
  }
  return n;
}

// Big crowds take seconds of work: generous limits, so a busy machine does not fail them.
const SLOW = 60_000;

describe('the crowd at kiosk size', () => {
  it('2,000 walkers in the game plaza (1.3 per m²) still keep their bodies apart', () => {
    const crowd = gamePlaza(2000);
    for (let s = 0; s < 300; s++) stepCrowd(crowd, 1 / 30);
    // Touching happens in a crowd this dense; walking through each other must not.
    expect(overlaps(crowd, 0.15) / crowd.count).toBeLessThan(0.005);
    // Everyone is still somewhere real.
    for (let i = 0; i < crowd.count; i++) expect(Number.isFinite(crowd.x[i]) && Number.isFinite(crowd.y[i])).toBe(true);
  }, SLOW);

  it('the few walking against the flow sort into lanes: lane order rises over time', () => {
    const crowd = gamePlaza(1000, 5);
    const start = laneOrder(crowd);
    for (let s = 0; s < 1800; s++) stepCrowd(crowd, 1 / 30);
    expect(laneOrder(crowd)).toBeGreaterThan(start + 0.1);
  }, SLOW);

  it('a long frame is split into short sub-steps: one 0.2 s step equals four of 0.05 s', () => {
    const a = gamePlaza(500, 8);
    const b = gamePlaza(500, 8);
    stepCrowd(a, 0.2);
    for (let k = 0; k < 4; k++) stepCrowd(b, 0.05);
    expect(a.x).toEqual(b.x);
    expect(a.vy).toEqual(b.vy);
  });
});
