import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Speed measurements, kept apart from the tests: they write figures and
// assert nothing about time (a busy machine must not fail `npm test`).
// `npm run bench` builds, runs this, then prints bench/results.json, and
// bench/print.mjs exits non-zero when a budget is missed.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    environment: 'node',
    include: ['bench/**/*.bench.ts'],
    testTimeout: 900_000,
    // One file at a time, so two measurements never share the two cores.
    fileParallelism: false,
  },
});
