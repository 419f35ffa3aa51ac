import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { cspPlugin } from './scripts/cspPlugin.ts';
import { levelFilesPlugin } from './scripts/levelFilesPlugin.ts';
import { serviceWorkerPlugin } from './scripts/serviceWorkerPlugin.ts';

// `base: './'` lets the build run from any folder (a kiosk's disk, a USB stick).
export default defineConfig(({ command }) => ({
  base: './',
  // No single-page fallback: a missing level file must be a 404, not index.html.
  appType: 'mpa',
  publicDir: false,
  plugins: [levelFilesPlugin(['levels']), cspPlugin(), serviceWorkerPlugin()],
  // The build ships a leaner Phaser (src/vendor/phaser.cjs: no physics, no
  // tilemaps, WebGL only); the dev server keeps the full package.
  ...(command === 'build'
    ? {
        resolve: { alias: [{ find: /^phaser$/, replacement: fileURLToPath(new URL('./src/vendor/phaser.cjs', import.meta.url)) }] },
        define: {
          'typeof CANVAS_RENDERER': 'false',
          'typeof WEBGL_RENDERER': 'true',
          'typeof WEBGL_DEBUG': 'false',
          'typeof EXPERIMENTAL': 'false',
          'typeof PLUGIN_CAMERA3D': 'false',
          'typeof PLUGIN_FBINSTANT': 'false',
          // The game sets `audio: { noAudio: true }` and plays its own Web Audio (src/audio/).
          'typeof FEATURE_SOUND': 'false',
        },
      }
    : {}),
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Text chunks (src/i18n/features.ts) named for what they hold, e.g. texts-debrief-de.
        chunkFileNames: (chunk) => {
          const texts = /src[\\/]i18n[\\/](?:(\w+)[\\/])?(en|de)\.ts$/.exec(chunk.facadeModuleId ?? '');
          return texts ? `assets/texts-${texts[1] ? `${texts[1]}-` : ''}${texts[2]}-[hash].js` : 'assets/[name]-[hash].js';
        },
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /node_modules[\\/]phaser|src[\\/]vendor[\\/]phaser/ },
            // Libraries apart from the game's own code, so `npm run bench` can tell them apart.
            { name: 'vendor', test: /node_modules[\\/](zustand|valibot)/ },
          ],
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
}));
