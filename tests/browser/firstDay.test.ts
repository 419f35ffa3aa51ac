// The game as a player meets it, in real headless Chromium against the
// production build: boot, start by keyboard, walk to each station, watch the
// score in the DOM change, end the day, see the records.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { closeBrowser, dayClock, distinctColours, hudScore, openGame, playerPosition, startDay } from './harness';
import { redLeft, walk } from './walking';

afterAll(closeBrowser);

declare global {
  interface Window {
    /** What the crossing test saw the HUD go through: "score|phone text" at each change. */
    seenHud?: string[];
  }
}

/** Where the first plaza crowd's first walkers stand, and whether a worker walks them. */
async function crowdPositions(page: Page): Promise<{ offMainThread: boolean; x: number[] }> {
  return page.evaluate(() => {
    const first = window.__punktestand!.city()!.crowds()[0];
    return { offMainThread: first?.offMainThread ?? false, x: first?.x.slice(0, 8) ?? [] };
  });
}

async function announcements(page: Page): Promise<string> {
  return (await page.textContent('#announcer')) + ' ' + (await page.textContent('#alerts'));
}

describe('first day in the city', () => {
  it('the built page carries a strict Content Security Policy', async () => {
    const game = await openGame('?lang=en');
    const html = await (await game.page.request.get(game.baseUrl)).text();
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/https?:/);
    await game.close();
  });

  it('boots to a start screen in the chosen language, without errors or foreign requests', async () => {
    const game = await openGame('?lang=de');
    const { page } = game;
    await page.waitForSelector('#start-button');
    expect(await page.textContent('#start-button')).toBe('Den Tag beginnen');
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    // Languages are named in their own language.
    expect(await page.textContent('button[data-lang="en"]')).toBe('English');
    // The English texts are a chunk of their own: the screen redraws once they are there.
    await page.click('button[data-lang="en"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.textContent('#start-button')).toBe('Start the day');
    expect(game.errors).toEqual([]);
    expect(game.foreignRequests).toEqual([]);
    await game.close();
  });

  it('crossing on red puts a fine on the phone and drops data-score at once', async () => {
    const game = await openGame('?lang=en&seed=11');
    const { page } = game;
    await startDay(game);
    expect(await hudScore(page)).toEqual({ score: 1000, tier: 'a' });

    // Walk east towards the kerb (short of it: a long frame must not carry us onto the road),
    // wait for a fresh red, then step onto the road.
    await walk(page, 'ArrowRight', 660);
    const deadline = Date.now() + 30_000;
    while ((await redLeft(page)) < 4) {
      if (Date.now() > deadline) throw new Error('the light never turned red');
      await page.waitForTimeout(100);
    }
    // The fine lands at once: the score drops and the phone shows the notice in the same moment.
    // The page notes every change of the two as it happens, so a slow machine, whose next look
    // may come after the notice has gone again, still sees the moment.
    await page.evaluate(() => {
      const seen: string[] = [];
      window.seenHud = seen;
      const note = () => {
        const phone = document.querySelector<HTMLElement>('#hud-phone');
        const now = `${document.querySelector('#hud-score')?.getAttribute('data-score')}|${phone && !phone.hidden ? (phone.textContent ?? '') : ''}`;
        if (seen[seen.length - 1] !== now) seen.push(now); // the clock ticks every frame; only changes count
      };
      new MutationObserver(note).observe(document.querySelector('#hud')!, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-score', 'hidden'] });
    });
    await walk(page, 'ArrowRight', 760);
    try {
      await page.waitForFunction(() => (window.seenHud ?? []).some((s) => s.startsWith('950|') && s.includes('Fine notice')), undefined, { timeout: 15_000 });
    } catch (error) {
      // Say what the page went through, so a failure on a busy machine can be read.
      const seen = await page.evaluate(() => (window.seenHud ?? []).slice(-8));
      const records = await page.evaluate(() => window.__punktestand!.state().day?.records.map((r) => `${r.action}@${r.t.toFixed(1)}`));
      throw new Error(`no fine with the score at 950: HUD went ${JSON.stringify(seen)}, records ${JSON.stringify(records)}, player at ${JSON.stringify(await playerPosition(page))}`, { cause: error });
    }
    expect(await hudScore(page)).toEqual({ score: 950, tier: 'b' });
    expect(await announcements(page)).toContain('Crossed on red');

    // A screenshot shows a drawn city, not a blank canvas: many distinct colours.
    const colours = await distinctColours(page);
    expect(colours).toBeGreaterThan(200);

    expect(game.errors).toEqual([]);
    expect(game.foreignRequests).toEqual([]);
    await game.close();
  });

  it('plays by touch: tapping the street walks there, and the pause button answers a tap', async () => {
    const game = await openGame('?lang=en', { width: 390, height: 700 }, { touch: true });
    const { page } = game;
    await page.waitForSelector('#start-button');
    await page.tap('#start-button');
    await page.waitForSelector('#hud-score');
    const before = await playerPosition(page);
    // Tap below the player (the camera centres on them): they walk down towards the tap.
    await page.touchscreen.tap(195, 560);
    await page.waitForFunction((y) => window.__punktestand!.city()!.player().y > y + 40, before.y);
    await page.tap('#pause-button');
    await page.waitForSelector('#resume-button');
    await page.tap('#resume-button');
    await page.waitForSelector('#resume-button', { state: 'hidden' });
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('pausing stops the day clock and the crowd; resuming sets both going again', async () => {
    const game = await openGame('?lang=en');
    const { page } = game;
    await startDay(game);
    await page.waitForFunction(() => document.querySelector('#hud-clock')?.textContent !== '07:00');
    await page.keyboard.press('p');
    await page.waitForSelector('#resume-button');
    const paused = await dayClock(page);
    await page.waitForTimeout(800);
    expect(await dayClock(page)).toBe(paused);
    // The plaza crowd stands still while paused (it walks in a worker: no step is asked for).
    const still = await crowdPositions(page);
    await page.waitForTimeout(500);
    expect(await crowdPositions(page)).toEqual(still);
    await page.keyboard.press('p');
    await page.waitForFunction((c) => (window.__punktestand!.state().day?.clock ?? 0) > c, paused);
    // ...and walks again, off the page's main thread.
    await page.waitForFunction(
      (before) => JSON.stringify(window.__punktestand!.city()!.crowds()[0]?.x.slice(0, 8) ?? []) !== before,
      JSON.stringify(still.x),
      { timeout: 15_000 },
    );
    expect((await crowdPositions(page)).offMainThread).toBe(true);
    await game.close();
  });

  it('a missing level file gives a clear message in the page, not a black screen', async () => {
    const game = await openGame('?level=no-such-district');
    const { page } = game;
    await page.waitForSelector('#level-errors');
    expect(await page.textContent('#level-errors')).toContain('levels/no-such-district.json: the file could not be loaded (HTTP 404)');
    expect(await page.isVisible('#start-button')).toBe(false);
    await game.close();
  });
});
