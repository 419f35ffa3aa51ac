import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Speed measurements, kept apart from the tests: they print figures and
// assert nothing about time (a busy machine must not fail a build).
// Run: npx vitest run bench/crowd.bench.ts --config bench/vitest.bench.config.ts
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    environment: 'node',
    include: ['bench/**/*.bench.ts'],
    testTimeout: 300_000,
    // One file at a time, so two benchmarks never share the two cores.
    fileParallelism: false,
  },
});
