// An input storm: random keys, taps, drags, resizes, pauses and language
// switches. The game must end it with no uncaught error and a consistent
// state. `MONKEY_EVENTS=10000 npm run monkey` runs the long version.
import { afterAll, describe, expect, it } from 'vitest';
import { Random } from '../../src/core/rng';
import { closeBrowser, openGame } from './harness';

afterAll(closeBrowser);

const EVENTS = Number(process.env.MONKEY_EVENTS ?? 120);
// The long run needs room: software WebGL makes one event cost up to a second here.
const TIME_LIMIT_MS = Math.max(300_000, EVENTS * 1_500);
const KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'w', 'a', 's', 'd', 'e', ' ', 'Enter', 'p', 'Escape', 'Tab'];

describe('input storm', () => {
  it(`survives ${EVENTS} random inputs with a consistent state`, async () => {
    const game = await openGame('?lang=en&seed=8');
    const { page } = game;
    await page.waitForSelector('#start-button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#hud-score');
    const rng = new Random(12345);
    for (let i = 0; i < EVENTS; i++) {
      const roll = rng.next();
      const size = page.viewportSize() ?? { width: 640, height: 420 };
      if (roll < 0.55) {
        await page.keyboard.press(rng.pick(KEYS), { delay: rng.int(60) });
      } else if (roll < 0.75) {
        await page.mouse.click(rng.int(size.width), rng.int(size.height));
      } else if (roll < 0.85) {
        await page.mouse.move(rng.int(size.width), rng.int(size.height));
        await page.mouse.down();
        await page.mouse.move(rng.int(size.width), rng.int(size.height), { steps: 3 });
        await page.mouse.up();
      } else if (roll < 0.9) {
        await page.setViewportSize({ width: 320 + rng.int(900), height: 320 + rng.int(600) });
      } else if (roll < 0.95) {
        // Language switches from wherever the buttons are (start, pause, debrief).
        const buttons = await page.$$('button[data-lang]');
        if (buttons.length > 0) await rng.pick(buttons).click({ timeout: 1000 }).catch(() => undefined);
      } else {
        // Whatever button is on screen (start again, resume, end the day, open the file ...).
        const buttons = await page.$$('#ui button:visible');
        if (buttons.length > 0) await rng.pick(buttons).click({ timeout: 1000 }).catch(() => undefined);
      }
    }
    const state = await page.evaluate(() => {
      type S = { getState(): { phase: string; day: { score: number; tier: string } | null; level: { catalogue: { score: { min: number; max: number } } } } };
      const s = (window as unknown as { __punktestand: { store: S } }).__punktestand.store.getState();
      return { phase: s.phase, score: s.day?.score ?? null, tier: s.day?.tier ?? null, bounds: s.level.catalogue.score, hud: document.querySelector('#hud-score')?.getAttribute('data-score') ?? null };
    });
    expect(['menu', 'playing', 'paused', 'ended']).toContain(state.phase);
    if (state.score !== null) {
      expect(state.score).toBeGreaterThanOrEqual(state.bounds.min);
      expect(state.score).toBeLessThanOrEqual(state.bounds.max);
      if (state.hud !== null) expect(Number(state.hud)).toBe(state.score);
    }
    expect(game.errors).toEqual([]);
    expect(game.foreignRequests).toEqual([]);
    await game.close();
  }, TIME_LIMIT_MS);
});
