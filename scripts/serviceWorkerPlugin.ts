// Writes dist/sw.js: our own small service worker that precaches every file of
// the build (scripts, styles, index.html, level files) so a kiosk keeps
// running with the network down. The cache's name carries a hash of the file
// list and contents, so a new build replaces the old cache, once the kiosk lets
// it take over (see src/kiosk/offline.ts). Nothing is fetched
// from any other host; the worker only ever answers same-origin GET requests.
// It is registered only in kiosk mode (src/kiosk/offline.ts).
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export const SERVICE_WORKER_FILE = 'sw.js';

/** The worker's source, with the build's file list and cache name filled in. */
export function serviceWorkerSource(files: string[], version: string): string {
  return `// Punktestand offline worker (generated at build time by scripts/serviceWorkerPlugin.ts).
const CACHE = 'punktestand-${version}';
const FILES = ${JSON.stringify(['./', ...files.map((f) => `./${f}`)])};

// A new build installs beside the old one and waits: the page that runs the
// old build keeps its own files until the kiosk is idle and asks this worker
// to take over (then it reloads into the new build). The very first install
// has nobody to wait for and becomes active by itself.
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })))));
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'take-over') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('punktestand-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Level files and the page can be edited on the kiosk's disk: network first,
// the cache when offline. Built scripts and styles carry hashes: cache first.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const editable = request.mode === 'navigate' || url.pathname.includes('/levels/');
  event.respondWith(editable ? networkFirst(request) : cacheFirst(request));
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && request.mode !== 'navigate') cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = request.mode === 'navigate'
      ? await cache.match('./', { ignoreSearch: true, ignoreVary: true }) || await cache.match('./index.html', { ignoreSearch: true, ignoreVary: true })
      : await cache.match(request, { ignoreSearch: true, ignoreVary: true });
    if (cached) return cached;
    throw error;
  }
}

// ignoreVary: the server may answer with "Vary: Origin", and module scripts
// are requested with an Origin header that the precache requests lacked.
async function cacheFirst(request) {
  const cached = await caches.match(request, { ignoreSearch: true, ignoreVary: true });
  return cached || fetch(request);
}
`;
}

export function serviceWorkerPlugin(): Plugin {
  return {
    name: 'punktestand-service-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const files = Object.keys(bundle)
          .filter((name) => !name.endsWith('.map') && name !== SERVICE_WORKER_FILE)
          .sort();
        const hash = createHash('sha256');
        for (const name of files) {
          const item = bundle[name];
          hash.update(name);
          if (item?.type === 'chunk') hash.update(item.code);
          else if (item?.type === 'asset') hash.update(typeof item.source === 'string' ? item.source : Buffer.from(item.source));
        }
        this.emitFile({ type: 'asset', fileName: SERVICE_WORKER_FILE, source: serviceWorkerSource(files, hash.digest('hex').slice(0, 12)) });
      },
    },
  };
}
