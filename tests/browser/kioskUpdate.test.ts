// A kiosk that has run all day gets a new build: the museum copies build B
// over build A while a visitor is playing. The visitor's day must go on on
// build A, with every file of A still to be had (from the offline cache, as
// the server no longer has them); at the next attract loop the kiosk swaps to
// build B and plays on.
//
// Build B is made from the test's build A the way a real new build differs:
// every hashed file under assets/ gets a new name, and every reference to it
// is rewritten (index.html, scripts, styles, the worker's file list and its
// cache name). A small static server serves A, then only B.
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH, withTestFlag } from './harness';

const VIEWPORT = { width: 640, height: 420 };
/** Short idle and summary times (allowed for tests only), so a visitor's session ends by itself. */
const CONFIG = { idleSeconds: 3, countdownSeconds: 2, summarySeconds: 1, defaultLang: 'en', staffPin: null, shortTimesForTesting: true };
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

let work: string;
let buildA: string;
let buildB: string;
let root: string;
let server: Server;
let baseUrl: string;
let browser: Browser;

/** All files below `dir`, as paths relative to it. */
function filesIn(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(join(dir, rel)).isDirectory() ? filesIn(dir, rel) : [rel];
  });
}

/** Build B: build A with every asset renamed and every reference (and the worker's cache name) rewritten. */
function makeBuildB(from: string, to: string): void {
  cpSync(from, to, { recursive: true });
  const assets = readdirSync(join(to, 'assets'));
  for (const name of assets) renameSync(join(to, 'assets', name), join(to, 'assets', `b-${name}`));
  for (const rel of filesIn(to)) {
    if (!/\.(js|css|html)$/.test(rel)) continue;
    const path = join(to, rel);
    let text = readFileSync(path, 'utf8');
    for (const name of assets) text = text.split(name).join(`b-${name}`);
    if (rel === 'sw.js') text = text.replace(/punktestand-([0-9a-f]+)/, 'punktestand-$1b');
    writeFileSync(path, text);
  }
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'punktestand-update-'));
  buildA = join(work, 'a');
  buildB = join(work, 'b');
  cpSync('dist', buildA, { recursive: true });
  writeFileSync(join(buildA, 'levels', 'kiosk-config.json'), JSON.stringify(CONFIG));
  makeBuildB(buildA, buildB);
  root = buildA;
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) file = join(root, 'missing');
    try {
      const body = readFileSync(file);
      // No HTTP caching: what the page gets is decided by the server and the service worker alone.
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (work) rmSync(work, { recursive: true, force: true });
});

it('a new build waits for the attract loop: the visitor plays on build A with all its files, then the kiosk swaps to build B', async () => {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', hasTouch: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('ReadPixels')) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  const stats = () => page.evaluate(() => window.__punktestand!.kiosk()!);
  const moduleScript = () => page.evaluate(() => document.querySelector<HTMLScriptElement>('script[type="module"]')?.getAttribute('src') ?? '');
  try {
    await page.goto(`${baseUrl}${withTestFlag('?mode=kiosk')}`);
    await page.waitForSelector('#kiosk-attract');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
    expect(await moduleScript()).not.toContain('b-');

    // A visitor starts a day on build A and keeps playing (a key after key,
    // however slow the machine) until the test lets them walk away, so the
    // kiosk's idle timer never ends the day while the update is under way.
    await page.tap('#kiosk-attract');
    await page.waitForSelector('#kiosk-attract', { state: 'detached' });
    let playing = true;
    const player = (async () => {
      while (playing) await page.keyboard.press('ArrowLeft');
    })();
    await page.waitForFunction(() => window.__punktestand?.kiosk()?.mode === 'visitor');
    // What the kiosk was doing when the page left for the new build (written by the test, read after the reload).
    await page.evaluate(() =>
      window.addEventListener('pagehide', () =>
        localStorage.setItem('test.leftIn', window.__punktestand!.kiosk()!.mode),
      ),
    );

    // The museum copies build B over build A; the browser looks for an update (as it does now and then).
    root = buildB;
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    // B installs beside A and waits: the page still runs on A's worker.
    await page.waitForFunction(() => navigator.serviceWorker.getRegistration().then((r) => !!r?.waiting), null, { timeout: 90_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.active?.state))).toBe('activated');
    expect((await stats()).mode).toBe('visitor');

    // Build A's files are gone from the server, yet the running page still gets every one of them.
    const lazyA = readdirSync(join(buildA, 'assets')).filter((n) => n.endsWith('.js'));
    const fromServer = await page.evaluate((name) => fetch(`/assets/${name}`, { cache: 'no-store' }).then((r) => r.status), lazyA[0]);
    expect(fromServer).toBe(200); // answered by A's worker from its cache
    const answers = await page.evaluate((names) => Promise.all(names.map((n) => fetch(`./assets/${n}`).then((r) => r.status))), lazyA);
    expect(answers.every((s) => s === 200), `A's files through the page: ${answers.join(' ')}`).toBe(true);

    expect((await stats()).mode).toBe('visitor');
    playing = false;
    await player;
    // The visitor walks away; idle time ends the session and the summary, then the attract loop comes back…
    // …and the kiosk reloads into build B.
    await page.waitForFunction(() => document.querySelector<HTMLScriptElement>('script[type="module"]')?.getAttribute('src')?.includes('b-'), null, { timeout: 120_000 });
    await page.waitForSelector('#kiosk-attract');
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
    // The page left for build B from the attract loop, never in the middle of the visitor's day.
    expect(await page.evaluate(() => localStorage.getItem('test.leftIn'))).toBe('attract');

    // Build B plays on: a touch starts a day and the HUD shows a score.
    await page.tap('#kiosk-attract');
    await page.waitForSelector('#kiosk-attract', { state: 'detached' });
    await page.waitForSelector('#hud-score[data-score]');
    expect((await stats()).mode).toBe('visitor');
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
