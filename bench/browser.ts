// What a player feels, measured in headless Chromium against the production
// build served on localhost: start-up, main-thread time per frame with a
// crowd on screen, key press to score, JavaScript loaded at start, and memory
// over many days.
//
// Pedestrian counts and the player's starting point are set through LEVEL
// DATA: the bench serves a modified levels/district-1.json to the page
// (Playwright page.route), the same way a museum would edit the file. No URL
// parameter exists for this.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';

import { CHROMIUM_ARGS as ARGS, CHROMIUM_PATH, withTestFlag } from '../tests/browser/harness';
import { bundleFigures, type BundleFigures } from './bundle';

export { CHROMIUM_PATH };
const VIEWPORT = { width: 1366, height: 768 };

type LevelJson = {
  spawn: { x: number; y: number };
  streetWalkers: number;
  stations: { id: string; kind: string; area: { x: number; y: number; w: number; h: number }; params: Record<string, unknown> }[];
};

export interface FrameRow {
  pedestrians: number;
  frames: number;
  /**
   * Main-thread CPU time per animation frame (Chromium's trace: thread time
   * of FireAnimationFrame, which runs game.step), p50 and p95. Unlike wall
   * time it does not count the time the thread waited for a core.
   */
  cpuP50: number;
  cpuP95: number;
  /** Main-thread ms per frame in game.step (update + render), p50 and p95. */
  p50: number;
  p95: number;
  /** Of which update (scene update, crowd, HUD) and render (draw calls), p50. */
  updateP50: number;
  renderP50: number;
  /** Frames per second the page managed meanwhile (software WebGL: for context only). */
  fps: number;
}

export interface BrowserResults {
  browser: string;
  startup: { runs: number[]; medianMs: number; startScreenMs: number };
  frames: FrameRow[];
  input: { runs: number[]; medianMs: number; screenMedianMs: number };
  bundle: BundleFigures;
  memory: { after1: MemorySample; after25: MemorySample; after50: MemorySample };
}

export interface MemorySample {
  heapMB: number;
  domNodes: number;
  listeners: number;
}

const round = (v: number, digits = 1) => Math.round(v * 10 ** digits) / 10 ** digits;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
}

function median(values: number[]): number {
  return percentile(values, 0.5);
}

export class GameBench {
  private browser: Browser | null = null;
  private readonly level: LevelJson;

  constructor(
    private readonly baseUrl: string,
    private readonly distDir: string,
  ) {
    this.level = JSON.parse(readFileSync(join(distDir, 'levels', 'district-1.json'), 'utf8')) as LevelJson;
  }

  async version(): Promise<string> {
    return (await this.launch()).version();
  }

  async close(): Promise<void> {
    await this.browser?.close();
    this.browser = null;
  }

  private async launch(): Promise<Browser> {
    this.browser ??= await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
    return this.browser;
  }

  /** A fresh page (own context: cold cache, no storage) serving `edit(level)` as the level file. */
  private async open(edit?: (level: LevelJson) => void): Promise<{ page: Page; close: () => Promise<void>; errors: string[] }> {
    const context = await (await this.launch()).newContext({ viewport: VIEWPORT, locale: 'en-GB' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    if (edit) {
      const level = structuredClone(this.level);
      edit(level);
      await page.route('**/levels/district-1.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(level) }));
    }
    return { page, errors, close: () => context.close() };
  }

  /**
   * Navigation to the first city frame: an init script presses Start the
   * moment it can be pressed (no human reaction time in the figure) and
   * notes the end of the first frame drawn after the city scene is ready.
   */
  async startup(runs = 5): Promise<BrowserResults['startup'] & { scripts: string[] }> {
    const totals: number[] = [];
    const ready: number[] = [];
    let scripts: string[] = [];
    for (let r = 0; r < runs; r++) {
      const { page, close } = await this.open();
      const loaded: string[] = [];
      page.on('response', (response) => {
        const url = response.url();
        if (url.endsWith('.js')) loaded.push(new URL(url).pathname);
      });
      await page.addInitScript(() => {
        const startup: NonNullable<Window['__startup']> = {};
        window.__startup = startup;
        const poll = () => {
          const button = document.getElementById('start-button') as HTMLButtonElement | null;
          const game = window.__punktestand?.game;
          if (button && !button.disabled && game) {
            startup.ready = performance.now();
            game.events.once('city-ready', () => game.events.once('postrender', () => (startup.city = performance.now())));
            button.click();
          } else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      });
      await page.goto(`${this.baseUrl}${withTestFlag()}`);
      await page.waitForFunction(() => window.__startup?.city !== undefined, undefined, { timeout: 60_000 });
      const t = await page.evaluate(() => window.__startup!);
      totals.push(t.city ?? NaN);
      ready.push(t.ready ?? NaN);
      if (r === 0) scripts = [...new Set(loaded)];
      await close();
    }
    return { runs: totals.map((v) => round(v, 0)), medianMs: round(median(totals), 0), startScreenMs: round(median(ready), 0), scripts };
  }

  /** gzip sizes of the scripts the page loaded before its first city frame. */
  bundle(scripts: string[]): BrowserResults['bundle'] {
    return bundleFigures(this.distDir, scripts.map((path) => path.replace(/^.*\/assets\//, '')));
  }

  /**
   * Main-thread time per frame with `pedestrians` walkers in Station Square
   * and the player standing at its edge, so the camera shows the crowd.
   * game.loop.callback is the function the loop calls each frame (game.step);
   * wrapping it times update + render, and the prerender event splits them.
   */
  async frames(pedestrians: number, seconds = 8): Promise<FrameRow> {
    const { page, close, errors } = await this.open((level) => {
      const plaza = level.stations.find((s) => s.kind === 'plaza');
      if (!plaza) throw new Error('the level has no plaza');
      plaza.params.agents = pedestrians;
      // Just outside the plaza's south edge, in the middle: the view is full of walkers.
      level.spawn = { x: plaza.area.x + plaza.area.w / 2, y: plaza.area.y + plaza.area.h + 30 };
    });
    await page.goto(`${this.baseUrl}${withTestFlag('?lang=en&seed=7')}`);
    await startDay(page);
    await page.waitForTimeout(1500);
    const browser = await this.launch();
    await browser.startTracing(page, { categories: ['devtools.timeline'] });
    const result = await page.evaluate(async (ms) => {
      const game = window.__punktestand!.game!;
      const total: number[] = [];
      const update: number[] = [];
      let t0 = 0;
      let tRender = 0;
      const onPreRender = () => (tRender = performance.now());
      game.events.on('prerender', onPreRender);
      const original = game.loop.callback;
      game.loop.callback = (time, delta) => {
        t0 = performance.now();
        original(time, delta);
        const end = performance.now();
        total.push(end - t0);
        update.push(tRender - t0);
      };
      const started = performance.now();
      await new Promise((resolve) => setTimeout(resolve, ms));
      const elapsed = performance.now() - started;
      game.loop.callback = original;
      game.events.off('prerender', onPreRender);
      return { total, update, elapsed };
    }, seconds * 1000);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: { name: string; ph: string; tdur?: number }[] };
    const cpu = trace.traceEvents.filter((e) => e.name === 'FireAnimationFrame' && e.ph === 'X' && e.tdur !== undefined).map((e) => (e.tdur as number) / 1000);
    const agents = await page.evaluate(() => window.__punktestand!.city()!.crowds().reduce((s, c) => s + c.count, 0));
    await close();
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    if (agents !== pedestrians) throw new Error(`asked for ${pedestrians} pedestrians, the scene has ${agents}`);
    const render = result.total.map((t, i) => t - (result.update[i] ?? 0));
    return {
      pedestrians,
      frames: result.total.length,
      cpuP50: round(percentile(cpu, 0.5), 2),
      cpuP95: round(percentile(cpu, 0.95), 2),
      p50: round(percentile(result.total, 0.5), 2),
      p95: round(percentile(result.total, 0.95), 2),
      updateP50: round(percentile(result.update, 0.5), 2),
      renderP50: round(percentile(render, 0.5), 2),
      fps: round((result.total.length / result.elapsed) * 1000),
    };
  }

  /**
   * Key press to new score in the DOM: the player starts at the toilet-paper
   * dispenser; E once takes paper, E again too soon costs points. Timed in
   * the page from the keydown event to the MutationObserver seeing
   * #hud-score's data-score change, and to the next animation frame after it
   * (the change on screen).
   */
  async input(runs = 7): Promise<BrowserResults['input']> {
    const { page, close } = await this.open((level) => {
      const dispenser = level.stations.find((s) => s.kind === 'dispenser');
      if (!dispenser) throw new Error('the level has no dispenser');
      level.spawn = { x: dispenser.area.x + dispenser.area.w / 2, y: dispenser.area.y + dispenser.area.h / 2 };
    });
    await page.goto(`${this.baseUrl}${withTestFlag('?lang=en&seed=7')}`);
    await startDay(page);
    await page.waitForFunction(() => window.__punktestand!.state().prompt !== null);
    // The first press takes the paper; every later one within the cooldown costs points.
    await page.keyboard.press('e');
    await page.waitForTimeout(300);
    const dom: number[] = [];
    const screen: number[] = [];
    for (let r = 0; r < runs; r++) {
      await page.evaluate(() => {
        const input: NonNullable<Window['__input']> = {};
        window.__input = input;
        window.addEventListener('keydown', (e) => (input.down = e.timeStamp), { once: true, capture: true });
        const score = document.getElementById('hud-score');
        if (!score) throw new Error('no #hud-score');
        const observer = new MutationObserver(() => {
          input.dom = performance.now();
          observer.disconnect();
          requestAnimationFrame(() => (input.screen = performance.now()));
        });
        observer.observe(score, { attributes: true, attributeFilter: ['data-score'] });
      });
      await page.keyboard.press('e');
      await page.waitForFunction(() => window.__input?.screen !== undefined, undefined, { timeout: 10_000 });
      const t = await page.evaluate(() => window.__input!);
      dom.push((t.dom ?? NaN) - (t.down ?? NaN));
      screen.push((t.screen ?? NaN) - (t.down ?? NaN));
      await page.waitForTimeout(200);
    }
    await close();
    return { runs: dom.map((v) => round(v, 1)), medianMs: round(median(dom), 1), screenMedianMs: round(median(screen), 1) };
  }

  /**
   * Heap (after forced garbage collection), DOM nodes and listeners after 1,
   * after 25 and after 50 restarts of the day. The first day itself is not
   * the baseline: it loads what every later day reuses (the ending screen's
   * code, the painted ground). Over the first dozen or so days the heap
   * grows by about a megabyte while V8 compiles and optimises the game's
   * code, then levels off; a leak would keep growing, so the second half
   * (25 → 50) is what tells. Each sample is the smallest of three, taken a
   * moment apart, so a timer's passing garbage does not count as growth.
   */
  async memory(restarts = 50): Promise<BrowserResults['memory']> {
    const { page, close } = await this.open();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const once = async (): Promise<MemorySample> => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
      return { heapMB: round(get('JSHeapUsedSize') / 2 ** 20, 2), domNodes: get('Nodes'), listeners: get('JSEventListeners') };
    };
    const sample = async (): Promise<MemorySample> => {
      const samples: MemorySample[] = [];
      for (let i = 0; i < 3; i++) {
        samples.push(await once());
        await page.waitForTimeout(100);
      }
      return samples.reduce((a, b) => (b.heapMB < a.heapMB ? b : a));
    };
    await page.goto(`${this.baseUrl}${withTestFlag('?lang=en&seed=7')}`);
    await startDay(page);
    const samples = new Map<number, MemorySample>();
    const half = Math.round(restarts / 2);
    for (let restart = 1; restart <= restarts; restart++) {
      await restartDay(page, restart + 1);
      await page.waitForTimeout(150);
      if (restart === 1 || restart === half || restart === restarts) samples.set(restart, await sample());
    }
    await close();
    const at = (n: number) => samples.get(n) as MemorySample;
    return { after1: at(1), after25: at(half), after50: at(restarts) };
  }
}

/** Presses Start and waits for the first frame of the city. */
async function startDay(page: Page): Promise<void> {
  await page.waitForSelector('#start-button');
  await page.waitForFunction(() => Boolean(window.__punktestand?.game));
  const cityDrawn = page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const game = window.__punktestand!.game!;
        game.events.once('city-ready', () => game.events.once('postrender', () => resolve()));
      }),
  );
  await page.click('#start-button');
  await cityDrawn;
}

/** Ends the day, goes back to the menu and starts a new one (a new citizen), as a kiosk does all day long. */
async function restartDay(page: Page, seed: number): Promise<void> {
  await page.evaluate(
    (s) =>
      new Promise<void>((resolve) => {
        const api = window.__punktestand!;
        const game = api.game!;
        api.state().endDay();
        api.state().backToMenu();
        game.events.once('city-ready', () => game.events.once('postrender', () => resolve()));
        api.state().startDay(s);
      }),
    seed,
  );
}
