// The test interface (src/testing/testApi.ts) is for tests only: a player's
// page, opened without `?debug=1`, has no window.__punktestand, in any mode;
// the same page opened for testing has it.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openGame, startDay } from './harness';

afterAll(closeBrowser);

describe('the test interface', () => {
  it('is not on a player’s page, during a day or in kiosk mode', async () => {
    const game = await openGame('?lang=en');
    const { page } = game;
    // The same page as a player opens it: no test flag.
    await page.goto(`${game.baseUrl}?lang=en&seed=4`);
    await startDay(game);
    await page.waitForFunction(() => document.querySelector('#hud-clock')?.textContent !== '07:00');
    expect(await page.evaluate(() => ({ api: typeof window.__punktestand, kiosk: 'kiosk' in window || '__kiosk' in window }))).toEqual({ api: 'undefined', kiosk: false });

    await page.goto(`${game.baseUrl}?mode=kiosk&lang=en`);
    await page.waitForSelector('#kiosk-attract');
    // The attract loop plays a day by itself: wait until it does, then look.
    await page.waitForFunction(() => Number(document.querySelector('#hud-score')?.getAttribute('data-score') ?? NaN) > 0);
    expect(await page.evaluate(() => typeof window.__punktestand)).toBe('undefined');
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('is there with ?debug=1, typed, reading the running day', async () => {
    const game = await openGame('?lang=en&seed=4');
    const { page } = game;
    await startDay(game);
    const seen = await page.evaluate(() => {
      const api = window.__punktestand!;
      return { phase: api.state().phase, lang: api.settings().lang, hasGame: api.game !== null, player: api.city()?.player() ?? null, kiosk: api.kiosk() };
    });
    expect(seen).toMatchObject({ phase: 'playing', hasGame: true, kiosk: null });
    expect(seen.player).toEqual({ x: expect.any(Number), y: expect.any(Number) });
    expect(game.errors).toEqual([]);
    await game.close();
  });
});
