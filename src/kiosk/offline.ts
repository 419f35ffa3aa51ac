// Registers our own service worker (dist/sw.js, written by
// scripts/serviceWorkerPlugin.ts) so the kiosk keeps running with the network
// down. Production build only: the dev server has no sw.js.
export function registerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('./sw.js').catch((error: unknown) => {
    // The kiosk still runs, just not offline; staff see why in the console.
    console.warn('[kiosk] offline support is not available:', error);
  });
}
