// Opens the built game in headless Chromium (Debian's, never a download) and
// watches what a player cannot see: console errors and requests to other hosts.
import { chromium, type Browser, type Page } from 'playwright';
import { inject } from 'vitest';
import { TEST_PARAM } from '../../src/testing/testApi';
import type { TestApi } from '../../src/testing/testApi';
import './pageGlobals';

export type { TestApi };

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/**
 * No `--disable-gpu`: with it, Chromium composites in software and reads the
 * WebGL canvas back on the page's main thread every frame, so every input,
 * evaluate and wait the tests send queues behind a readback (about 170 ms a
 * key press at 640×420 here). With SwiftShader as the GPU, WebGL is the same
 * software rasteriser (no real GPU is used), but frames hand over without the
 * readback and the page answers within a few milliseconds.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface GamePage {
  page: Page;
  baseUrl: string;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Requests to any host other than the page's own. */
  foreignRequests: string[];
  close(): Promise<void>;
}

let browser: Browser | null = null;

/**
 * A page's query with the test flag added (`?debug=1`), so the page exposes
 * its test interface, `window.__punktestand` (src/testing/testApi.ts). Every
 * test, the bench and the soak open pages through this.
 */
export function withTestFlag(query = ''): string {
  const params = new URLSearchParams(query);
  params.set(TEST_PARAM, '1');
  return `?${params.toString()}`;
}

export async function openGame(query = '', viewport = { width: 640, height: 420 }, options: { touch?: boolean } = {}): Promise<GamePage> {
  browser ??= await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const baseUrl = inject('baseUrl');
  const origin = new URL(baseUrl).origin;
  const context = await browser.newContext({ viewport, locale: 'en-GB', hasTouch: options.touch ?? false, isMobile: options.touch ?? false });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    // Software WebGL warns about read-backs; that is the test machine, not the game.
    if (message.type() === 'error' && !message.text().includes('ReadPixels')) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreignRequests.push(url);
  });
  await page.goto(`${baseUrl}${withTestFlag(query)}`);
  return { page, baseUrl, errors, foreignRequests, close: () => context.close() };
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

/** The numbers the HUD publishes for outside tests: `data-score` and `data-tier`. */
export async function hudScore(page: Page): Promise<{ score: number; tier: string }> {
  const score = Number(await page.getAttribute('#hud-score', 'data-score'));
  const tier = (await page.getAttribute('#hud-tier', 'data-tier')) ?? '';
  return { score, tier };
}

/** Day clock in seconds, read through the page's test interface. */
export async function dayClock(page: Page): Promise<number> {
  return page.evaluate(() => window.__punktestand!.state().day?.clock ?? -1);
}

export async function playerPosition(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => window.__punktestand!.city()!.player());
}

/** Holds a key until `done()` is true (checked every 50 ms) or the time runs out. */
export async function holdKeyUntil(page: Page, key: string, done: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  await page.keyboard.down(key);
  const until = Date.now() + timeoutMs;
  try {
    while (!(await done())) {
      if (Date.now() > until) throw new Error(`holding ${key}: condition not reached in ${timeoutMs} ms`);
      await page.waitForTimeout(50);
    }
  } finally {
    await page.keyboard.up(key);
  }
}

/**
 * How many distinct colours a screenshot holds (sampled): a blank or black
 * canvas has a handful. By default it looks at the right-hand middle of the
 * view, where the city shows and no HUD panel sits.
 */
export async function distinctColours(page: Page): Promise<number> {
  const size = page.viewportSize() ?? { width: 640, height: 420 };
  const clip = { x: Math.round(size.width * 0.55), y: Math.round(size.height * 0.35), width: Math.round(size.width * 0.4), height: Math.round(size.height * 0.4) };
  const png = (await page.screenshot({ clip })).toString('base64');
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const pixels = ctx.getImageData(0, 0, img.width, img.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4 * 7) seen.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
    return seen.size;
  }, png);
}

/** Starts a day the keyboard way: the start button has focus, Enter starts it. */
export async function startDay(game: GamePage): Promise<void> {
  const { page } = game;
  await page.waitForSelector('#start-button');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#hud-score');
}

/** Ends the day from the pause menu and opens the citizen file (past the ending screen, if there is one). */
export async function openDebrief(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.click('#end-day-button');
  await page.waitForSelector('#debrief-button, #end-title');
  if (await page.$('#debrief-button')) await page.click('#debrief-button');
  await page.waitForSelector('#end-title');
}

/** On a workshop player's start screen: starts, begins the source check's first part and waits for its first statement. */
export async function beginCheck(page: Page): Promise<void> {
  await page.waitForSelector('#start-button');
  await page.click('#start-button');
  await page.waitForSelector('#check-screen[data-part="before"]');
  await page.click('#check-begin');
  await page.waitForSelector('#check-screen[data-index="0"]');
}

/** PDF pages: `/Type /Page` objects, not the `/Type /Pages` tree. */
export function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}
