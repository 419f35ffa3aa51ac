// Kiosk mode in a real browser: the attract loop plays itself and its score
// moves, a touch starts a visitor session, idle time brings the countdown,
// the summary and a reset that leaves nothing of the visitor in storage, an
// error returns to the attract loop, and after one load the kiosk runs offline.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH, withTestFlag } from './harness';

const VIEWPORT = { width: 640, height: 420 };
/** Short times for the test, allowed only because the config says it is for testing. */
const SHORT_CONFIG = { idleSeconds: 3, countdownSeconds: 10, summarySeconds: 2, defaultLang: 'de', staffPin: '4321', staffHoldSeconds: 1, shortTimesForTesting: true };
const TALLY_KEY = 'punktestand.kiosk.today';
const STAFF_KEY = 'punktestand.kiosk.staff';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
});

interface Kiosk {
  page: Page;
  context: BrowserContext;
  errors: string[];
  foreign: string[];
}

async function openKiosk(options: { shortConfig: boolean }): Promise<Kiosk> {
  const baseUrl = inject('baseUrl');
  const origin = new URL(baseUrl).origin;
  // The config is swapped for a short one in the test; a service worker would hide that swap, so it is off here.
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', hasTouch: true, serviceWorkers: options.shortConfig ? 'block' : 'allow' });
  if (options.shortConfig) {
    await context.route('**/levels/kiosk-config.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(SHORT_CONFIG) }));
  }
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => {
    // The kiosk's own recovery record is expected where the test throws on purpose.
    if (m.type() === 'error' && !m.text().includes('ReadPixels') && !m.text().includes('[kiosk] error')) errors.push(m.text());
  });
  page.on('pageerror', (e) => {
    if (!e.message.includes('on purpose')) errors.push(`uncaught: ${e.message}`);
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) foreign.push(url);
  });
  await page.goto(`${baseUrl}${withTestFlag('?mode=kiosk')}`);
  return { page, context, errors, foreign };
}

const stats = (page: Page) => page.evaluate(() => window.__punktestand!.kiosk()!);
const score = async (page: Page) => Number(await page.getAttribute('#hud-score', 'data-score'));
const storeState = (page: Page) =>
  page.evaluate(() => {
    const s = window.__punktestand!.state();
    return { lang: s.lang, phase: s.phase, log: s.log.length, clock: s.day?.clock ?? -1 };
  });
const storage = (page: Page) =>
  page.evaluate(() => ({
    local: Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
    session: sessionStorage.length,
  }));

describe('kiosk mode', () => {
  it('plays itself when nobody touches it: the score moves and the call alternates DE / EN', async () => {
    const k = await openKiosk({ shortConfig: true });
    try {
      await k.page.waitForSelector('#kiosk-attract');
      await k.page.waitForSelector('#hud-score');
      const start = await score(k.page);
      // The bot crosses on red: the monitor shames it and the public score falls.
      await k.page.waitForFunction((s) => Number(document.querySelector('#hud-score')?.getAttribute('data-score')) !== s, start, { timeout: 120_000 });
      expect(await score(k.page)).toBeLessThan(start);
      await k.page.waitForFunction(() => document.querySelector('#kiosk-call')?.textContent === 'Touch to play', null, { timeout: 20_000 });
      await k.page.waitForFunction(() => document.querySelector('#kiosk-call')?.textContent === 'Berühren zum Spielen', null, { timeout: 20_000 });
      // Nobody has played: no visitor counted, no countdown for the bot.
      expect((await stats(k.page)).sessions).toBe(0);
      expect(await k.page.$('#kiosk-countdown')).toBeNull();
      expect(k.errors).toEqual([]);
      expect(k.foreign).toEqual([]);
    } finally {
      await k.context.close();
    }
  });

  it('starts a visitor session on a touch, counts down when left alone, then forgets the visitor', async () => {
    const k = await openKiosk({ shortConfig: true });
    const { page } = k;
    try {
      await page.waitForSelector('#kiosk-attract');
      // The visitor chooses English, named in its own language.
      await page.getByRole('button', { name: 'Play in English' }).tap();
      await page.waitForSelector('#kiosk-attract', { state: 'detached' });
      expect(await stats(page)).toMatchObject({ mode: 'visitor', sessions: 1 });
      expect((await storeState(page)).lang).toBe('en');
      // Walk a little by touch so the day holds something of the visitor.
      await page.touchscreen.tap(VIEWPORT.width * 0.8, VIEWPORT.height * 0.6);
      await page.waitForFunction(() => (window.__punktestand!.state().day?.clock ?? 0) > 0.5);

      // Left alone: "Are you still there?" with a "Keep playing" button that keeps the session.
      await page.waitForSelector('#kiosk-countdown', { timeout: 30_000 });
      expect(await page.textContent('#kiosk-countdown-text')).toMatch(/starts over in \d+ s/);
      // A plain touch on the button: at a few frames per second Playwright's "stable" check can outlast the countdown.
      const box = await page.getByRole('button', { name: 'Keep playing' }).boundingBox();
      if (!box) throw new Error('the Keep playing button has no box');
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForSelector('#kiosk-countdown', { state: 'detached' });
      expect((await stats(page)).mode).toBe('visitor');

      // Left alone again: countdown, then the short summary, then the attract loop.
      await page.waitForSelector('#kiosk-countdown', { timeout: 30_000 });
      await page.waitForSelector('#kiosk-debrief .kiosk-closing', { timeout: 30_000 });
      expect(await page.locator('.kiosk-card').count()).toBe(3);
      await page.waitForSelector('#kiosk-attract', { timeout: 30_000 });

      const after = await storeState(page);
      expect(after.lang).toBe('de');
      expect((await stats(page)).mode).toBe('attract');
      const kept = await storage(page);
      // Nothing of the visitor: no language choice, no session storage; only today's counts.
      expect(kept.session).toBe(0);
      expect(Object.keys(kept.local)).toEqual([TALLY_KEY]);
      const tally = JSON.parse(kept.local[TALLY_KEY] ?? '{}') as Record<string, unknown>;
      expect(Object.keys(tally).sort()).toEqual(['againstCrowd', 'crossedOnRed', 'date', 'guesses', 'rightGuesses', 'visitors', 'waitedForGreen']);
      expect(tally.visitors).toBe(1);
      expect(k.errors).toEqual([]);
      expect(k.foreign).toEqual([]);
    } finally {
      await k.context.close();
    }
  });

  it('goes back to the attract loop after an error, and staff can open their settings with the PIN', async () => {
    const k = await openKiosk({ shortConfig: true });
    const { page } = k;
    try {
      await page.waitForSelector('#kiosk-attract');
      await page.mouse.click(VIEWPORT.width / 2, VIEWPORT.height / 3);
      await page.waitForSelector('#kiosk-attract', { state: 'detached' });
      await page.evaluate(() => setTimeout(() => {
        throw new Error('thrown on purpose by the test');
      }));
      await page.waitForSelector('#kiosk-attract', { timeout: 20_000 });
      expect(await stats(page)).toMatchObject({ mode: 'attract', recoveries: 1 });

      // Staff: hold the top-left corner, enter the PIN, make English the default.
      await page.mouse.move(10, 10);
      await page.mouse.down();
      await page.waitForSelector('#kiosk-staff', { timeout: 10_000 });
      await page.mouse.up();
      for (const key of ['9', '9', '9', '9', 'OK']) await page.click(`#kiosk-staff [data-key="${key}"]`);
      expect(await page.textContent('#kiosk-staff')).toContain('Falsche PIN');
      for (const key of [...SHORT_CONFIG.staffPin, 'OK']) await page.click(`#kiosk-staff [data-key="${key}"]`);
      await page.click('[data-choice="lang:en"]');
      await page.click('#kiosk-staff-save');
      await page.click('#kiosk-staff-close');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      const kept = await storage(page);
      expect(JSON.parse(kept.local[STAFF_KEY] ?? '{}')).toMatchObject({ defaultLang: 'en' });
      expect(k.errors).toEqual([]);
    } finally {
      await k.context.close();
    }
  });

  it('shows the research correction in one line when a visitor asks “What was real?”', async () => {
    const k = await openKiosk({ shortConfig: false });
    const { page } = k;
    try {
      await page.waitForSelector('#kiosk-attract');
      await page.getByRole('button', { name: 'Play in English' }).tap();
      await page.waitForSelector('#hud-score');
      // The errand panel on the touch screen: a space before the count, and no keyboard keys.
      await page.waitForFunction(() => /\d\/\d/.test(document.querySelector('.errand-panel .panel-title')?.textContent ?? ''));
      expect(await page.textContent('.errand-panel .panel-title')).toMatch(/^\S+\u00a0\d+\/\d+$/);
      expect(await page.isVisible('#hud-keys')).toBe(false);
      // The visitor ends the day at once (the HUD's button does the same).
      await page.evaluate(() => window.__punktestand!.state().endDay());
      const reveal = page.locator('#kiosk-reveal');
      await reveal.waitFor();
      expect(await page.locator('#kiosk-research').isVisible()).toBe(false);
      await reveal.tap();
      await page.locator('#kiosk-research').waitFor({ state: 'visible' });
      const line = (await page.textContent('#kiosk-research')) ?? '';
      // The label from the one table, then the correction, short enough to read in a few seconds.
      expect(line).toMatch(/^Other research /);
      expect(line).toContain('no single public score for everyone');
      expect(line).toContain('blacklists');
      expect(line.split(/\s+/).length).toBeLessThan(35);
      // The cards' sources carry the same label words as the full debrief.
      const labels = await page.locator('.kiosk-real .kiosk-kind').allTextContents();
      expect(labels.length).toBeGreaterThan(0);
      for (const l of labels) expect(['Reported', 'Reported (other source)', 'Own claim', 'Figure', 'Opinion', 'Invented by the game', 'Law', 'Other research']).toContain(l);
      expect(k.errors).toEqual([]);
    } finally {
      await k.context.close();
    }
  });

  it('runs offline after the first load', async () => {
    const k = await openKiosk({ shortConfig: false });
    const { page, context } = k;
    try {
      await page.waitForSelector('#kiosk-attract');
      // The service worker has cached the build and controls the page.
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
      await context.setOffline(true);
      await page.reload();
      await page.waitForSelector('#kiosk-attract', { timeout: 60_000 });
      await page.mouse.click(VIEWPORT.width / 2, VIEWPORT.height / 3);
      await page.waitForSelector('#kiosk-attract', { state: 'detached' });
      await page.waitForSelector('#hud-score');
      expect((await storeState(page)).phase).toBe('playing');
      expect(k.errors).toEqual([]);
      expect(k.foreign).toEqual([]);
      // The network really is off: a file that was never cached cannot be had.
      const uncached = await page.evaluate(() => fetch(`levels/not-cached.json?${Date.now()}`).then((r) => `HTTP ${r.status}`, () => 'failed'));
      expect(uncached).toBe('failed');
    } finally {
      await context.close();
    }
  });
});
