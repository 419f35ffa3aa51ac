// Registers our own service worker (dist/sw.js, written by
// scripts/serviceWorkerPlugin.ts) so the kiosk keeps running with the network
// down, and picks up a new build safely. Production build only: the dev
// server has no sw.js.
//
// Why updates wait: a kiosk runs one page all day. If a new worker took over
// at once and dropped the old cache, the running page (still the old build)
// would ask for its lazily loaded files by their old names, which the new
// build no longer has. So a new build installs beside the old one and waits;
// only when the kiosk is idle in its attract loop does the page let it take
// over, and then it reloads straight into the new build. A visitor's day is
// never cut short by an update.

export interface KioskUpdates {
  /** Asks the server whether there is a new build (a same-origin request for sw.js). */
  check(): void;
  /** If a new build is installed and waiting, lets it take over and reloads the page into it. */
  applyIfReady(): void;
}

const NO_UPDATES: KioskUpdates = { check: () => undefined, applyIfReady: () => undefined };

/** `isIdle` says whether nobody is using the kiosk (the attract loop), so a reload costs nobody anything. */
export function registerOffline(isIdle: () => boolean): KioskUpdates {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return NO_UPDATES;
  const container = navigator.serviceWorker;
  let registration: ServiceWorkerRegistration | null = null;
  let reloading = false;

  const applyIfReady = () => {
    const waiting = registration?.waiting;
    // Only a page already run by an older worker swaps; the very first install takes over by itself.
    if (!waiting || !container.controller || !isIdle() || reloading) return;
    reloading = true;
    container.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    waiting.postMessage({ type: 'take-over' });
  };

  container
    .register('./sw.js')
    .then((reg) => {
      registration = reg;
      // A new build finished installing: swap now if nobody is playing, else at the next attract loop.
      reg.addEventListener('updatefound', () => {
        const installing = reg.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed') applyIfReady();
        });
      });
      applyIfReady();
    })
    .catch((error: unknown) => {
      // The kiosk still runs, just not offline; staff see why in the console.
      console.warn('[kiosk] offline support is not available:', error);
    });

  return {
    check: () => {
      registration?.update().catch(() => {
        /* offline or server down: the running build stays, which is what a kiosk wants */
      });
    },
    applyIfReady,
  };
}
