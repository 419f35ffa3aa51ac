// An input storm: random keys, taps, drags, resizes, pauses and language
// switches. The game must end it with no uncaught error and a consistent
// state. `MONKEY_EVENTS=10000 npm run monkey` runs the long version.
import { afterAll, describe, expect, it } from 'vitest';
import type { CDPSession } from 'playwright';
import { Random } from '../../src/core/rng';
import { closeBrowser, openGame } from './harness';

afterAll(closeBrowser);

const EVENTS = Number(process.env.MONKEY_EVENTS ?? 120);
// The long run needs room: an event costs about 0.1–0.3 s here (software WebGL), more on a loaded machine.
const TIME_LIMIT_MS = Math.max(300_000, EVENTS * 1_500);
const KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'w', 'a', 's', 'd', 'e', ' ', 'Enter', 'p', 'Escape', 'Tab'];

type Point = { x: number; y: number };

/**
 * A mouse drag as raw DevTools input: the page receives the same trusted mouse
 * events as from page.mouse, but without Playwright's drag-and-drop watch,
 * which costs several page round trips per move (seconds per drag at a few
 * frames a second). Moves are spread evenly over `steps`, as page.mouse does.
 */
async function drag(cdp: CDPSession, from: Point, to: Point, steps: number): Promise<void> {
  const send = (type: 'mouseMoved' | 'mousePressed' | 'mouseReleased', p: Point, buttons: number) =>
    cdp.send('Input.dispatchMouseEvent', { type, x: p.x, y: p.y, button: type === 'mouseMoved' && buttons === 0 ? 'none' : 'left', buttons, clickCount: type === 'mouseMoved' ? 0 : 1 });
  await send('mouseMoved', from, 0);
  await send('mousePressed', from, 1);
  for (let i = 1; i <= steps; i++) await send('mouseMoved', { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps }, 1);
  await send('mouseReleased', to, 0);
}

describe('input storm', () => {
  it(`survives ${EVENTS} random inputs with a consistent state`, async () => {
    const game = await openGame('?lang=en&seed=8');
    const { page } = game;
    await page.waitForSelector('#start-button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#hud-score');
    const cdp = await page.context().newCDPSession(page);
    const rng = new Random(12345);
    for (let i = 0; i < EVENTS; i++) {
      const roll = rng.next();
      const size = page.viewportSize() ?? { width: 640, height: 420 };
      if (roll < 0.55) {
        await page.keyboard.press(rng.pick(KEYS), { delay: rng.int(60) });
      } else if (roll < 0.75) {
        await page.mouse.click(rng.int(size.width), rng.int(size.height));
      } else if (roll < 0.85) {
        const from = { x: rng.int(size.width), y: rng.int(size.height) };
        await drag(cdp, from, { x: rng.int(size.width), y: rng.int(size.height) }, 3);
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
      const s = window.__punktestand!.state();
      return { phase: s.phase, score: s.day?.score ?? null, tier: s.day?.tier ?? null, bounds: s.level!.catalogue.score, hud: document.querySelector('#hud-score')?.getAttribute('data-score') ?? null };
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
