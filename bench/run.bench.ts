// `npm run bench`: every figure of issue 8 in one run, written to
// bench/results.json (bench/print.mjs prints it as tables and exits non-zero
// when a budget is missed). Nothing here fails on time itself: a busy machine
// must never break `npm test`.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { it } from 'vitest';
import { GameBench, type BrowserResults } from './browser';
import { checkBudgets } from './budgets';
import { benchCrowd } from './crowd';

const root = fileURLToPath(new URL('..', import.meta.url));
const PEDESTRIANS = [500, 1000, 2000];

it('measures everything', async () => {
  const crowd = await benchCrowd();

  const server = await preview({ root, preview: { port: 0, strictPort: false, host: '127.0.0.1' }, logLevel: 'warn' });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 4173;
  const bench = new GameBench(`http://127.0.0.1:${port}/`, `${root}dist`);
  let browser: BrowserResults;
  try {
    const version = await bench.version();
    const { scripts, ...startup } = await bench.startup();
    const frames = [];
    for (const n of PEDESTRIANS) frames.push(await bench.frames(n));
    browser = { browser: version, startup, frames, input: await bench.input(), bundle: bench.bundle(scripts), memory: await bench.memory() };
  } finally {
    await bench.close();
    await server.close();
  }

  const results = {
    date: new Date().toISOString(),
    machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, browser: browser.browser },
    budgets: checkBudgets(crowd, browser),
    crowd,
    browser,
  };
  writeFileSync(`${root}bench/results.json`, `${JSON.stringify(results, null, 2)}\n`);
});
