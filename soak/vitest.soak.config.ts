import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The kiosk soak: hundreds of visitor sessions in one page life. Not part of
// `npm test` (it takes many minutes). Run: npm run soak
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    environment: 'node',
    include: ['soak/**/*.soak.ts'],
    globalSetup: ['tests/browser/globalSetup.ts'],
    testTimeout: 150 * 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
