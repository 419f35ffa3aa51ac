// The budgets from issue 8, each checked against its measured figure.
import type { CrowdBenchRow } from './crowd';
import type { BrowserResults } from './browser';
import { BUNDLE_BUDGET_KB } from './bundle';

export interface BudgetLine {
  what: string;
  figure: number;
  unit: string;
  /** "≤ 1" or "≥ 8". */
  budget: string;
  met: boolean;
}

function atMost(what: string, figure: number, limit: number, unit: string): BudgetLine {
  return { what, figure, unit, budget: `≤ ${limit}`, met: figure <= limit };
}

function atLeast(what: string, figure: number, limit: number, unit: string): BudgetLine {
  return { what, figure, unit, budget: `≥ ${limit}`, met: figure >= limit };
}

export function checkBudgets(crowd: CrowdBenchRow[], browser: BrowserResults): BudgetLine[] {
  const row = (plaza: CrowdBenchRow['plaza'], n: number) => crowd.find((r) => r.plaza === plaza && r.walkers === n);
  const dense = row('constant density', 2000);
  const game = row('game plaza', 2000);
  const frame1000 = browser.frames.find((f) => f.pedestrians === 1000);
  const { after50 } = browser.memory;
  const lines: BudgetLine[] = [];
  if (dense) {
    lines.push(atMost('crowd step, 2,000 walkers (constant density)', dense.gridMs, 1.0, 'ms'));
    lines.push(atLeast('grid vs all pairs at 2,000 (constant density)', dense.speedup, 8, '×'));
    lines.push(atMost('cost 2,000 / 500 walkers (constant density)', dense.vsSmallest, 4.5, '×'));
  }
  if (game) lines.push(atMost('crowd step, 2,000 walkers in the game plaza', game.gridMs, 1.0, 'ms'));
  if (frame1000) lines.push(atMost('main thread per frame, p95 CPU time, 1,000 pedestrians', frame1000.cpuP95, 4, 'ms'));
  lines.push(atMost('start-up: navigation to first city frame', browser.startup.medianMs, 1000, 'ms'));
  lines.push(atMost('key press to new score in the DOM', browser.input.medianMs, 50, 'ms'));
  lines.push(atMost('JavaScript at start, gzip, all', browser.bundle.totalGzip, BUNDLE_BUDGET_KB.all, 'KB'));
  lines.push(atMost("JavaScript at start, gzip, the game's own code", browser.bundle.gameGzip, BUNDLE_BUDGET_KB.own, 'KB'));
  // "Flat": once warmed up (see GameBench.memory), 25 more days add at most 0.5 MB.
  const { after25 } = browser.memory;
  const growth = Math.round((after50.heapMB - after25.heapMB) * 100) / 100;
  lines.push(atMost('heap growth from 25 to 50 restarts of the day', growth, 0.5, 'MB'));
  return lines;
}
