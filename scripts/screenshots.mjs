/* global window */ // (inside page.evaluate callbacks, which run in the browser)
// `npm run screenshots`: builds the game, serves it on localhost and photographs
// the real thing in headless Chromium at three sizes (phone, laptop, kiosk):
// the start screen, the crossing, the sanction for crossing on red, and the
// citizen file; on a phone and a laptop also at the simple text level. PNGs go to docs/screenshots/ (shown in the README).
// CHROMIUM_PATH overrides the browser (default: Debian's /usr/bin/chromium).
import { mkdirSync } from 'node:fs';
import { build, preview } from 'vite';
import { chromium } from 'playwright';

const OUT = 'docs/screenshots';
const SIZES = [
  { name: 'phone', width: 390, height: 844, lang: 'de', touch: true },
  { name: 'laptop', width: 1366, height: 768, lang: 'en', touch: false },
  { name: 'kiosk', width: 1920, height: 1080, lang: 'de', touch: false },
  // The simple text level (Einfache Sprache / plain English).
  { name: 'phone-simple', width: 390, height: 844, lang: 'de', touch: true, text: 'simple' },
  { name: 'laptop-simple', width: 1366, height: 768, lang: 'en', touch: false, text: 'simple' },
];
// The tests' flags (tests/browser/harness.ts): SwiftShader as the GPU, so the canvas is not read back every frame.
const ARGS = ['--headless', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Where the player stops before the kerb of the first crossing (x, px), as the browser tests do. */
const BEFORE_KERB = 650;

async function holdUntil(page, key, done, timeoutMs = 60_000) {
  await page.keyboard.down(key);
  const until = Date.now() + timeoutMs;
  try {
    while (!(await done())) {
      if (Date.now() > until) throw new Error(`holding ${key}: gave up after ${timeoutMs} ms`);
      await page.waitForTimeout(40);
    }
  } finally {
    await page.keyboard.up(key);
  }
}

// The page's test interface (src/testing/testApi.ts), there because the page is opened with ?debug=1.
const playerX = (page) => page.evaluate(() => window.__punktestand.city().player().x);
const score = (page) => page.getAttribute('#hud-score', 'data-score');

/** True while the first crossing's pedestrian light shows red (the core's light cycle, which the city draws). */
const lightIsRed = (page) => page.evaluate(() => window.__punktestand.city().crossingLight('crossing-1') === 'red');

async function shoot(browser, baseUrl, size) {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    hasTouch: size.touch,
    isMobile: size.touch,
    locale: size.lang === 'de' ? 'de-DE' : 'en-GB',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  // Generous: on a busy shared machine headless software WebGL can crawl.
  page.setDefaultTimeout(120_000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const file = (what) => `${OUT}/${size.name}-${size.lang}-${what}.png`;

  await page.goto(`${baseUrl}?lang=${size.lang}${size.text ? `&text=${size.text}` : ''}&seed=7&debug=1`);
  await page.waitForSelector('#start-button');
  await page.waitForFunction(() => Boolean(window.__punktestand?.game));
  await page.waitForTimeout(300);
  await page.screenshot({ path: file('1-start') });

  const ready = page.evaluate(() => new Promise((resolve) => window.__punktestand.game.events.once('city-ready', resolve)));
  await page.click('#start-button');
  await ready;
  await holdUntil(page, 'ArrowRight', async () => (await playerX(page)) >= BEFORE_KERB);
  await page.waitForTimeout(800);
  await page.screenshot({ path: file('2-crossing') });

  // Wait for red, then step onto the road. Should the light turn green on
  // the way (a slow machine), walk back and try again.
  const before = await score(page);
  for (let attempt = 1; (await score(page)) === before; attempt++) {
    if (attempt > 4) throw new Error('could not cross on red');
    const deadline = Date.now() + 240_000;
    while (!(await lightIsRed(page))) {
      if (Date.now() > deadline) throw new Error('the light never turned red');
      await page.waitForTimeout(100);
    }
    await holdUntil(page, 'ArrowRight', async () => (await score(page)) !== before || (await playerX(page)) > 1000);
    if ((await score(page)) === before) await holdUntil(page, 'ArrowLeft', async () => (await playerX(page)) <= BEFORE_KERB);
  }
  // The camera turns to the monitor (unless it is already in plain view) and
  // returns a few seconds later; on a slow machine that can be one frame, so
  // take the picture while it looks, or after 3 s if it never had to turn.
  await page
    .waitForFunction(() => !window.__punktestand.city().cameraFollowsPlayer(), undefined, { timeout: 3000, polling: 'raf' })
    .catch(() => undefined);
  await page.waitForTimeout(200);
  await page.screenshot({ path: file('3-sanction') });

  // End the day (through the page's test interface) and open the citizen file.
  await page.evaluate(() => window.__punktestand.state().endDay());
  await page.click('#debrief-button');
  await page.waitForSelector('#end-title');
  await page.waitForTimeout(500);
  await page.screenshot({ path: file('4-debrief') });

  await context.close();
  if (errors.length > 0) throw new Error(`${size.name}: page errors: ${errors.join('; ')}`);
  console.log(`${size.name} ${size.width}×${size.height} (${size.lang}): 4 screenshots`);
}

mkdirSync(OUT, { recursive: true });
await build({ logLevel: 'warn' });
const server = await preview({ preview: { port: 0, strictPort: false, host: '127.0.0.1' }, logLevel: 'warn' });
const address = server.httpServer.address();
const baseUrl = `http://127.0.0.1:${address.port}/`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ARGS });
try {
  for (const size of SIZES) await shoot(browser, baseUrl, size);
} finally {
  await browser.close();
  await server.close();
}
