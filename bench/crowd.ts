// Crowd step in Node: the game's grid neighbour search against the
// straightforward all-pairs reference (the very same forces, every pair
// checked), in one run, on the SAME crowd states.
//
// What is measured, and why this way:
// - Each count gets one warmed-up crowd (lanes already forming). Before every
//   timed batch both methods start from a copy of that one state, so grid and
//   all pairs always step the same walkers in the same places; comparing a
//   warmed grid crowd with a fresh all-pairs lattice (as an earlier version
//   did) compared different situations.
// - Two plazas: "constant density" grows the plaza with the count (40 m
//   across the flow, 0.5 walkers per m²), so every walker has the same number
//   of neighbours and the 2,000 / 500 ratio shows how the METHOD scales (4.0
//   is perfectly linear). "Game plaza" keeps the level's Station Square
//   (52 × 30 m) and fills it up, which is what a level with more walkers
//   costs the game: density, and with it the work per walker, rises too.
// - Every round times every size and both methods, so a burst of load from
//   another process lands on all figures rather than skewing one; the median
//   round is reported, and the fastest round beside it. Times are CPU time
//   of this process (see timeSteps).
import { createCrowd, stepCrowd, stepCrowdAllPairs, type Crowd, type CrowdOptions } from '../src/core/crowd';

export interface CrowdBenchRow {
  plaza: 'constant density' | 'game plaza';
  walkers: number;
  /** Plaza size, "W×H m", and density. */
  size: string;
  density: number;
  /** Median ms per step with the grid, and the fastest round. */
  gridMs: number;
  gridBestMs: number;
  /** Median ms per step checking all pairs. */
  allPairsMs: number;
  /** allPairsMs / gridMs. */
  speedup: number;
  /** gridMs / gridMs of the smallest count in the same plaza (4.0 = linear from 500 to 2,000). */
  vsSmallest: number;
}

/** A step the way the game takes it: 1/30 s of crowd time (CrowdView). */
const DT = 1 / 30;
const WARM_UP_SECONDS = 20;

interface Case {
  row: Omit<CrowdBenchRow, 'gridMs' | 'gridBestMs' | 'allPairsMs' | 'speedup' | 'vsSmallest'>;
  snapshot: Crowd;
  grid: Crowd;
  allPairs: Crowd;
  gridSteps: number;
  allPairsSteps: number;
  gridTimes: number[];
  allPairsTimes: number[];
}

function copyState(from: Crowd, to: Crowd): void {
  to.x.set(from.x);
  to.y.set(from.y);
  to.vx.set(from.vx);
  to.vy.set(from.vy);
  to.time = from.time;
}

/**
 * Milliseconds of CPU time per step. CPU time, not wall time: on a shared
 * machine the process is often waiting for a core, and wall time would
 * measure the other processes. (The step is single-threaded, so the process's
 * CPU time is the step's.)
 */
function timeSteps(crowd: Crowd, steps: number, step: (c: Crowd, dt: number) => void): number {
  const t0 = process.cpuUsage();
  for (let s = 0; s < steps; s++) step(crowd, DT);
  const used = process.cpuUsage(t0);
  return (used.user + used.system) / 1000 / steps;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? NaN;
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

function makeCase(plaza: CrowdBenchRow['plaza'], options: CrowdOptions): Case {
  const snapshot = createCrowd(options);
  for (let t = 0; t < WARM_UP_SECONDS; t += DT) stepCrowd(snapshot, DT);
  const n = options.count;
  const density = n / (options.width * options.height);
  return {
    row: { plaza, walkers: n, size: `${options.width.toFixed(0)}×${options.height.toFixed(0)} m`, density: round(density, 2) },
    snapshot,
    grid: createCrowd(options),
    allPairs: createCrowd(options),
    // Roughly 15–25 ms of work per batch and method; each batch starts from the snapshot.
    gridSteps: Math.max(8, Math.round(20_000 / n)),
    allPairsSteps: Math.max(2, Math.round(3_000_000 / (n * n))),
    gridTimes: [],
    allPairsTimes: [],
  };
}

export async function benchCrowd(options: { counts?: number[]; rounds?: number } = {}): Promise<CrowdBenchRow[]> {
  const counts = options.counts ?? [500, 1000, 2000];
  const rounds = options.rounds ?? 25;
  const base = { flow: { x: -1, y: 0 }, counterFlowShare: 0.5, seed: 42 };
  const cases: Case[] = [];
  for (const count of counts) cases.push(makeCase('constant density', { ...base, count, width: count / 0.5 / 40, height: 40 }));
  // Station Square in levels/district-1.json: 1040 × 600 px at 20 px/m, flow to the west, 12 % against it.
  for (const count of counts) cases.push(makeCase('game plaza', { ...base, counterFlowShare: 0.12, count, width: 52, height: 30 }));

  // JIT warm-up of both code paths before anything is timed.
  for (const c of cases) {
    copyState(c.snapshot, c.grid);
    timeSteps(c.grid, 20, stepCrowd);
    copyState(c.snapshot, c.allPairs);
    timeSteps(c.allPairs, 2, stepCrowdAllPairs);
  }
  for (let r = 0; r < rounds; r++) {
    for (const c of cases) {
      copyState(c.snapshot, c.grid);
      c.gridTimes.push(timeSteps(c.grid, c.gridSteps, stepCrowd));
      copyState(c.snapshot, c.allPairs);
      c.allPairsTimes.push(timeSteps(c.allPairs, c.allPairsSteps, stepCrowdAllPairs));
    }
    // Let the event loop breathe between rounds.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  const rows = cases.map((c): CrowdBenchRow => {
    const gridMs = median(c.gridTimes);
    const allPairsMs = median(c.allPairsTimes);
    return {
      ...c.row,
      gridMs: round(gridMs, 3),
      gridBestMs: round(Math.min(...c.gridTimes), 3),
      allPairsMs: round(allPairsMs, 2),
      speedup: round(allPairsMs / gridMs, 1),
      vsSmallest: 0,
    };
  });
  for (const row of rows) {
    const smallest = rows.find((r) => r.plaza === row.plaza);
    row.vsSmallest = round(row.gridMs / (smallest?.gridMs ?? NaN), 2);
  }
  return rows;
}
