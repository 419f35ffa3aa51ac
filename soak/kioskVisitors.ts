// The kiosk page the soaks drive: one Chromium page in kiosk mode with very
// short times (through the kiosk config), and one visitor after another in it.
import { chromium, type Browser, type CDPSession, type Page } from 'playwright';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH, withTestFlag, type TestApi } from '../tests/browser/harness';

/** Half-second idle, countdown and summary, a 20-second day: a visitor takes about two seconds. */
const CONFIG = { idleSeconds: 0.5, countdownSeconds: 0.5, summarySeconds: 0.5, dayLengthSeconds: 20, staffPin: null, shortTimesForTesting: true };

export interface KioskPage {
  browser: Browser;
  page: Page;
  /** A DevTools session on the page, with the heap profiler and performance metrics on. */
  cdp: CDPSession;
  /** Page errors and console errors so far. */
  errors: string[];
}

/** Opens the kiosk (with `--expose-gc`, so the soaks can force garbage collection) and waits for its attract loop. */
export async function openKiosk(): Promise<KioskPage> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
  const context = await browser.newContext({ viewport: { width: 320, height: 240 }, serviceWorkers: 'block', hasTouch: false });
  await context.route('**/levels/kiosk-config.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(CONFIG) }));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('ReadPixels')) errors.push(m.text());
  });
  await page.goto(`${inject('baseUrl')}${withTestFlag('?mode=kiosk')}`);
  await page.locator('#kiosk-attract').waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.enable');
  return { browser, page, cdp, errors };
}

export type KioskStats = NonNullable<ReturnType<TestApi['kiosk']>>;
export const kioskStats = (page: Page) => page.evaluate(() => window.__punktestand!.kiosk()!);

export async function waitForKiosk(page: Page, check: (s: KioskStats) => boolean, what: string): Promise<KioskStats> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const s = await kioskStats(page);
    if (check(s)) return s;
    if (Date.now() > deadline) throw new Error(`soak: timed out waiting for ${what} (${JSON.stringify(s)})`);
    await page.waitForTimeout(100);
  }
}

/** One visitor: a touch on the attract loop, a walk, then left alone until the kiosk is back in the attract loop. */
export async function visitor(page: Page, n: number): Promise<void> {
  const before = (await waitForKiosk(page, (s) => s.mode === 'attract', 'the attract loop')).sessions;
  // Locators, not waitForSelector: an element handle would keep each old overlay alive and show up as a leak.
  await page.locator('#kiosk-attract').waitFor();
  if (n % 3 === 0) await page.click('#kiosk-attract [data-lang="en"]');
  else await page.mouse.click(160, 60);
  await waitForKiosk(page, (s) => s.sessions === before + 1, 'a visitor session');
  await page.mouse.click(60 + (n % 5) * 40, 150);
  await waitForKiosk(page, (s) => s.mode === 'attract', 'the reset to the attract loop');
}
