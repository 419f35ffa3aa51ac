// The plaza crowd (src/core/crowd.ts): behaviour only, never timing.
// Timing lives in bench/crowd.bench.ts; a machine under load must not fail tests.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  computeForces,
  createCrowd,
  laneOrder,
  setPlayer,
  stepCrowd,
  stepCrowdAllPairs,
  type Crowd,
  type CrowdOptions,
} from '../../src/core/crowd';
import { Random } from '../../src/core/rng';

const DT = 1 / 20;

/** A plaza of `count` walkers at `density` per m², `height` metres across the flow. */
function plaza(count: number, density: number, height: number, extra: Partial<CrowdOptions> = {}): CrowdOptions {
  return {
    width: count / density / height,
    height,
    count,
    flow: { x: 1, y: 0 },
    counterFlowShare: 0.5,
    seed: 1,
    ...extra,
  };
}

function run(crowd: Crowd, seconds: number, each?: () => void): void {
  const steps = Math.round(seconds / DT);
  for (let s = 0; s < steps; s++) {
    stepCrowd(crowd, DT);
    each?.();
  }
}

/** Pair distance with the nearest image along the periodic flow axis. */
function distance(crowd: Crowd, i: number, j: number): number {
  const { width, height, flow } = crowd.options;
  let dx = (crowd.x[i] as number) - (crowd.x[j] as number);
  let dy = (crowd.y[i] as number) - (crowd.y[j] as number);
  if (flow.x !== 0) dx -= width * Math.round(dx / width);
  else dy -= height * Math.round(dy / height);
  return Math.hypot(dx, dy);
}

/** Pairs closer than `limit` (brute force, so it does not trust the grid), and the closest pair. */
function closePairs(crowd: Crowd, limit: number): { close: number; min: number } {
  let close = 0;
  let min = Infinity;
  for (let i = 0; i < crowd.count; i++) {
    for (let j = i + 1; j < crowd.count; j++) {
      const d = distance(crowd, i, j);
      if (d < limit) close++;
      if (d < min) min = d;
    }
  }
  return { close, min };
}

function distanceToPlayer(crowd: Crowd, i: number): number {
  const { width, height, flow } = crowd.options;
  let dx = (crowd.x[i] as number) - crowd.player.x;
  let dy = (crowd.y[i] as number) - crowd.player.y;
  if (flow.x !== 0) dx -= width * Math.round(dx / width);
  else dy -= height * Math.round(dy / height);
  return Math.hypot(dx, dy);
}

describe('crowd set-up', () => {
  it('starts walkers spread out, inside the plaza, moving their way, with the requested counter-flow share', () => {
    const crowd = createCrowd(plaza(400, 0.35, 20, { counterFlowShare: 0.3 }));
    const { radius, width, height } = crowd.options;
    expect(closePairs(crowd, 2 * radius).close).toBe(0);
    let against = 0;
    for (let i = 0; i < crowd.count; i++) {
      const x = crowd.x[i] as number;
      const y = crowd.y[i] as number;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(width);
      expect(y).toBeGreaterThanOrEqual(radius - 1e-6);
      expect(y).toBeLessThanOrEqual(height - radius + 1e-6);
      const dir = crowd.dir[i] as number;
      if (dir === -1) against++;
      expect(Math.sign(crowd.vx[i] as number)).toBe(dir);
      expect(Math.abs(crowd.vy[i] as number)).toBe(0);
      const v0 = crowd.speed[i] as number;
      expect(v0).toBeGreaterThanOrEqual(1.3 * 0.85 - 1e-6);
      expect(v0).toBeLessThanOrEqual(1.3 * 1.15 + 1e-6);
    }
    expect(against).toBe(120);
  });

  it('copes with an empty plaza and a lone walker', () => {
    const empty = createCrowd(plaza(0, 0.35, 5, { width: 10 }));
    stepCrowd(empty, DT);
    expect(laneOrder(empty)).toBe(0);
    const lone = createCrowd({ ...plaza(1, 0.35, 5), width: 10 });
    setPlayer(lone, 5, 2.5, 0, 0);
    run(lone, 10);
    expect(Number.isFinite(lone.x[0])).toBe(true);
    expect(Math.abs((lone.vx[0] as number) - (lone.dir[0] as number) * (lone.speed[0] as number))).toBeLessThan(0.2);
  });

  it('rejects a flow that is not axis-aligned', () => {
    expect(() => createCrowd({ ...plaza(10, 0.35, 5), flow: { x: 0.7, y: 0.7 } })).toThrow();
  });
});

describe('walkers keep their distance', () => {
  it('after 60 s of counter-flow at 0.35/m² almost no pair is closer than 0.3 m', () => {
    const crowd = createCrowd(plaza(400, 0.35, 20));
    run(crowd, 50);
    // Sample the last 10 s rather than one instant.
    let close = 0;
    let samples = 0;
    let min = Infinity;
    for (let k = 0; k < 10; k++) {
      run(crowd, 1);
      const pairs = closePairs(crowd, 0.3);
      close += pairs.close;
      min = Math.min(min, pairs.min);
      samples++;
    }
    // "Tiny": fewer than 1 walker in 500 in such a pair on average (observed: none).
    expect(close / samples / crowd.count).toBeLessThan(0.002);
    expect(min).toBeGreaterThan(0.2);
  });

  it('flows around a player standing in the middle of the stream, never through', () => {
    const crowd = createCrowd(plaza(400, 0.35, 20, { counterFlowShare: 0.2, seed: 2 }));
    const { width, height, radius } = crowd.options;
    setPlayer(crowd, width / 2, height / 2, 0, 0);
    const reach = radius + crowd.player.radius;
    const minAfterStep = (): number => {
      let min = Infinity;
      for (let i = 0; i < crowd.count; i++) min = Math.min(min, distanceToPlayer(crowd, i));
      return min;
    };
    // Give the walker the player appeared on top of a second to get clear.
    run(crowd, 1);
    let min = minAfterStep();
    const travelled = new Float64Array(crowd.count);
    const prevX = Float64Array.from(crowd.x);
    run(crowd, 60, () => {
      min = Math.min(min, minAfterStep());
      for (let i = 0; i < crowd.count; i++) {
        let dx = (crowd.x[i] as number) - (prevX[i] as number);
        dx -= width * Math.round(dx / width);
        travelled[i] = (travelled[i] as number) + dx;
        prevX[i] = crowd.x[i] as number;
      }
    });
    // No body ever overlaps the player (centre to centre ≥ the two radii)...
    expect(min).toBeGreaterThanOrEqual(reach - 1e-4);
    // ...and walkers part early: their centres stay well over 0.3 m off the
    // player's edge (observed ≈ 0.65 m), so the force, not the hard
    // constraint, does the work.
    expect(min - crowd.player.radius).toBeGreaterThan(0.35);
    // The stream keeps moving: plenty of walkers in the player's band went a
    // full lap past it.
    let passed = 0;
    for (let i = 0; i < crowd.count; i++) {
      const inBand = Math.abs((crowd.y[i] as number) - height / 2) < 3;
      if (inBand && (crowd.dir[i] as number) * (travelled[i] as number) > width) passed++;
    }
    expect(passed).toBeGreaterThan(10);
  });
});

describe('lanes form in counter-flow', () => {
  it.each([1, 2, 3])('lane order rises from chance to well above it within 120 s (seed %i)', (seed) => {
    const crowd = createCrowd(plaza(400, 0.35, 20, { seed }));
    const start = laneOrder(crowd);
    // 4 nearest all walking one's own way is 1/16 ≈ 0.06 for a random 50/50 mix.
    expect(start).toBeLessThan(0.12);
    run(crowd, 120);
    const end = laneOrder(crowd);
    expect(end).toBeGreaterThan(0.2);
    expect(end).toBeGreaterThan(3 * start);
  });

  it('lane order is ~1/16 for a random mix and 1 for fully separated streams', () => {
    const mixed = createCrowd(plaza(2000, 0.5, 40, { seed: 9 }));
    const random = laneOrder(mixed);
    expect(random).toBeGreaterThan(0.03);
    expect(random).toBeLessThan(0.1);
    // Separate the streams by hand: with-flow walkers in the lower half, the others in the upper half.
    const split = createCrowd(plaza(400, 0.35, 20, { seed: 9 }));
    const { height } = split.options;
    for (let i = 0; i < split.count; i++) {
      const y = split.y[i] as number;
      split.y[i] = (split.dir[i] === 1 ? 0 : height / 2) + y / 2;
    }
    // Only walkers along the boundary between the halves see the other stream.
    expect(laneOrder(split)).toBeGreaterThan(0.8);
  });
});

describe('grid neighbour search', () => {
  /** Scatters walkers at random (overlaps included) with random velocities. */
  function scramble(crowd: Crowd, seed: number): void {
    const rng = new Random(seed);
    const { width, height } = crowd.options;
    for (let i = 0; i < crowd.count; i++) {
      crowd.x[i] = rng.range(0, width);
      crowd.y[i] = rng.range(0, height);
      crowd.vx[i] = rng.range(-2, 2);
      crowd.vy[i] = rng.range(-2, 2);
    }
  }

  function expectSameForces(crowd: Crowd): void {
    const gx = new Float32Array(crowd.count);
    const gy = new Float32Array(crowd.count);
    const ax = new Float32Array(crowd.count);
    const ay = new Float32Array(crowd.count);
    computeForces(crowd, true, gx, gy);
    computeForces(crowd, false, ax, ay);
    for (let i = 0; i < crowd.count; i++) {
      const tol = 1e-4 * (1 + Math.abs(ax[i] as number) + Math.abs(ay[i] as number));
      expect(Math.abs((gx[i] as number) - (ax[i] as number))).toBeLessThanOrEqual(tol);
      expect(Math.abs((gy[i] as number) - (ay[i] as number))).toBeLessThanOrEqual(tol);
    }
  }

  it('gives the same forces as checking all pairs, for a random state with the player active', () => {
    const crowd = createCrowd(plaza(600, 0.5, 16, { seed: 4 }));
    scramble(crowd, 99);
    setPlayer(crowd, 3, 8, 1.5, -0.5);
    expectSameForces(crowd);
  });

  it('matches all pairs for any flow direction and plaza size, tiny plazas and the periodic seam included', () => {
    const flows = [
      { x: 1, y: 0 },
      { x: -1, y: 0 },
      { x: 0, y: 1 },
      { x: 0, y: -1 },
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }),
        fc.double({ min: 1, max: 30, noNaN: true }),
        fc.double({ min: 1, max: 30, noNaN: true }),
        fc.integer({ min: 2, max: 300 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (f, width, height, count, seed) => {
          const crowd = createCrowd({
            width,
            height,
            count,
            flow: flows[f] ?? { x: 1, y: 0 },
            counterFlowShare: 0.5,
            seed,
          });
          scramble(crowd, seed ^ 0x5bd1e995);
          expectSameForces(crowd);
        },
      ),
      { numRuns: 60, seed: 12345 },
    );
  });

  it('steps the same way with the grid as with all pairs (short run)', () => {
    const a = createCrowd(plaza(300, 0.4, 12, { seed: 5 }));
    const b = createCrowd(plaza(300, 0.4, 12, { seed: 5 }));
    for (let s = 0; s < 20; s++) {
      stepCrowd(a, DT);
      stepCrowdAllPairs(b, DT);
    }
    // Only the summation order differs, so the two stay within float noise
    // for a short while (the dynamics are chaotic over longer runs).
    let worst = 0;
    for (let i = 0; i < a.count; i++) worst = Math.max(worst, Math.abs((a.x[i] as number) - (b.x[i] as number)));
    expect(worst).toBeLessThan(1e-3);
  });
});

describe('determinism', () => {
  function play(seed: number): Crowd {
    const crowd = createCrowd(plaza(300, 0.35, 15, { seed, counterFlowShare: 0.4 }));
    for (let s = 0; s < 600; s++) {
      // A player crossing the plaza, as the game would drive it.
      const t = s / 60;
      setPlayer(crowd, (2 + t * 1.2) % crowd.options.width, 7.5 + Math.sin(t) * 3, 1.2, Math.cos(t) * 3);
      stepCrowd(crowd, 1 / 60);
    }
    return crowd;
  }

  it('same options give identical arrays after 10 s', () => {
    const a = play(7);
    const b = play(7);
    expect(a.x).toEqual(b.x);
    expect(a.y).toEqual(b.y);
    expect(a.vx).toEqual(b.vx);
    expect(a.vy).toEqual(b.vy);
    expect(a.dir).toEqual(b.dir);
  });

  it('a different seed gives a different crowd', () => {
    expect(play(7).x).not.toEqual(play(8).x);
  });
});

describe('bounds and progress', () => {
  const flows = [
    { x: 1, y: 0 },
    { x: -1, y: 0 },
    { x: 0, y: 1 },
    { x: 0, y: -1 },
  ];

  it.each(flows)('flow (%o): everyone stays in the plaza, moves its way, and stays under the speed cap', (flow) => {
    const alongX = flow.x !== 0;
    const crowd = createCrowd({
      width: alongX ? 40 : 14,
      height: alongX ? 14 : 40,
      count: 200,
      flow,
      counterFlowShare: 0.35,
      seed: 3,
    });
    const { width, height, radius } = crowd.options;
    const travelled = new Float64Array(crowd.count);
    const prevX = Float64Array.from(crowd.x);
    const prevY = Float64Array.from(crowd.y);
    let outside = 0;
    let tooFast = 0;
    const seconds = 60;
    run(crowd, seconds, () => {
      for (let i = 0; i < crowd.count; i++) {
        const x = crowd.x[i] as number;
        const y = crowd.y[i] as number;
        if (!(x >= 0 && x <= width && y >= 0 && y <= height)) outside++;
        // Bodies stay clear of the two walls parallel to the flow.
        if (alongX ? y < radius - 1e-4 || y > height - radius + 1e-4 : x < radius - 1e-4 || x > width - radius + 1e-4) {
          outside++;
        }
        if (Math.hypot(crowd.vx[i] as number, crowd.vy[i] as number) > 1.3 * (crowd.speed[i] as number) + 1e-4) tooFast++;
        let dx = x - (prevX[i] as number);
        let dy = y - (prevY[i] as number);
        dx -= alongX ? width * Math.round(dx / width) : 0;
        dy -= alongX ? 0 : height * Math.round(dy / height);
        const dir = crowd.dir[i] as number;
        travelled[i] = (travelled[i] as number) + dir * (dx * flow.x + dy * flow.y);
        prevX[i] = x;
        prevY[i] = y;
      }
    });
    expect(outside).toBe(0);
    expect(tooFast).toBe(0);
    let sum = 0;
    for (let i = 0; i < crowd.count; i++) {
      // Every walker got somewhere its own way...
      expect(travelled[i]).toBeGreaterThan(0.3 * (crowd.speed[i] as number) * seconds);
      sum += (travelled[i] as number) / ((crowd.speed[i] as number) * seconds);
    }
    // ...and on average close to its desired speed.
    expect(sum / crowd.count).toBeGreaterThan(0.8);
  });
});
