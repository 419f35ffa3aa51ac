import { defineConfig } from 'vite';
import { cspPlugin } from './scripts/cspPlugin.ts';
import { levelFilesPlugin } from './scripts/levelFilesPlugin.ts';
import { serviceWorkerPlugin } from './scripts/serviceWorkerPlugin.ts';

// `base: './'` lets the build run from any folder (a kiosk's disk, a USB stick).
export default defineConfig({
  base: './',
  // No single-page fallback: a missing level file must be a 404, not index.html.
  appType: 'mpa',
  publicDir: false,
  plugins: [levelFilesPlugin(['levels']), cspPlugin(), serviceWorkerPlugin()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }],
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
