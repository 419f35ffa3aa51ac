import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs the rules, store and content in Node (fast, many);
// `browser` drives the built game in real headless Chromium through Playwright.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          // The game loads its texts in chunks; unit tests get them all at once.
          setupFiles: ['tests/unit/setupTexts.ts'],
          // Property tests run hundreds of days; on a shared, loaded machine
          // 5 s is too tight. A limit, not a speed check.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/globalSetup.ts'],
          testTimeout: 300_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
