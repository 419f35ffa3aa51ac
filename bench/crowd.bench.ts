// Plaza crowd speed: grid neighbour search versus the all-pairs reference,
// at 500 / 1,000 / 2,000 walkers and CONSTANT density. The plaza grows with
// the count (fixed 40 m across the flow, longer along it), so every walker
// sees the same number of neighbours and the cost per walker should stay
// flat; in a fixed plaza density would quadruple from 500 to 2,000 and the
// comparison would say nothing about the method. 2,000 walkers in 100 × 40 m
// is the set-up the peers in shared/toolchain.md were measured in.
//
// Run: npx vitest run bench/crowd.bench.ts --config bench/vitest.bench.config.ts
import { it } from 'vitest';
import { createCrowd, stepCrowd, stepCrowdAllPairs, type Crowd } from '../src/core/crowd';

export interface CrowdBenchRow {
  walkers: number;
  /** Plaza size, "W×H m". */
  plaza: string;
  /** Median milliseconds per step with the grid. */
  gridMs: number;
  /** Fastest round with the grid (ms per step): the figure least disturbed by other processes. */
  gridBestMs: number;
  /** Median milliseconds per step checking all pairs. */
  allPairsMs: number;
  /** allPairsMs / gridMs. */
  speedup: number;
  /** gridMs / gridMs at the smallest count (4 would be perfectly linear from 500 to 2,000). */
  gridCostVsSmallest: number;
  /** The same ratio from the fastest rounds, which a busy machine disturbs least. */
  gridBestVsSmallest: number;
}

export interface CrowdBenchOptions {
  counts?: number[];
  /** Walkers per m² (default 0.5, as 2,000 in 100 × 40 m). */
  density?: number;
  /** Metres across the flow (default 40). */
  height?: number;
  /** Timed rounds per method and count; the median round is reported. */
  rounds?: number;
}

const DT = 1 / 60;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? NaN;
}

function msPerStep(crowd: Crowd, steps: number, step: (c: Crowd, dt: number) => void): number {
  const t0 = performance.now();
  for (let s = 0; s < steps; s++) step(crowd, DT);
  return (performance.now() - t0) / steps;
}

export async function benchCrowd(options: CrowdBenchOptions = {}): Promise<CrowdBenchRow[]> {
  const counts = options.counts ?? [500, 1000, 2000];
  const density = options.density ?? 0.5;
  const height = options.height ?? 40;
  const rounds = options.rounds ?? 25;
  const cases = counts.map((count) => {
    const width = count / density / height;
    const make = (): Crowd =>
      createCrowd({ width, height, count, flow: { x: 1, y: 0 }, counterFlowShare: 0.5, seed: 42 });
    return {
      count,
      width,
      grid: make(),
      allPairs: make(),
      // ~25 ms of work per round and method.
      gridSteps: Math.max(10, Math.round(30_000 / count)),
      allPairsSteps: Math.max(2, Math.round(6_000_000 / (count * count))),
      gridTimes: [] as number[],
      allPairsTimes: [] as number[],
    };
  });
  // Warm-up: lets the JIT settle and the crowds leave their initial lattice.
  for (const c of cases) {
    for (let s = 0; s < 300; s++) stepCrowd(c.grid, DT);
    for (let s = 0; s < 5; s++) stepCrowdAllPairs(c.allPairs, DT);
  }
  // Every round times every size and both methods, so a burst of load from
  // another process lands on all of them rather than skewing one figure.
  for (let r = 0; r < rounds; r++) {
    for (const c of cases) {
      c.gridTimes.push(msPerStep(c.grid, c.gridSteps, stepCrowd));
      c.allPairsTimes.push(msPerStep(c.allPairs, c.allPairsSteps, stepCrowdAllPairs));
    }
    // Yield so a long benchmark does not starve the runner's heartbeat.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  const rows: CrowdBenchRow[] = cases.map((c) => {
    const gridMs = median(c.gridTimes);
    const allPairsMs = median(c.allPairsTimes);
    return {
      walkers: c.count,
      plaza: `${c.width.toFixed(0)}×${height.toFixed(0)} m`,
      gridMs: round3(gridMs),
      gridBestMs: round3(Math.min(...c.gridTimes)),
      allPairsMs: round3(allPairsMs),
      speedup: round1(allPairsMs / gridMs),
      gridCostVsSmallest: 0,
      gridBestVsSmallest: 0,
    };
  });
  const base = rows[0]?.gridMs ?? NaN;
  const bestBase = rows[0]?.gridBestMs ?? NaN;
  for (const row of rows) {
    row.gridCostVsSmallest = round2(row.gridMs / base);
    row.gridBestVsSmallest = round2(row.gridBestMs / bestBase);
  }
  return rows;
}

function round3(v: number): number {
  return Math.round(v * 1000) / 1000;
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}

it('crowd step', async () => {
  console.table(await benchCrowd());
});
