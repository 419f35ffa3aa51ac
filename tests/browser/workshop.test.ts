// Workshop mode in real Chromium against the production build: a facilitator's
// link shapes the day (3 minutes, two stations off), an unfinished day
// resumes after a reload, each finished day shows a result code, and the
// class view counts three codes from finished games, draws its charts and
// refuses a mistyped code with a message. These links switch the source check
// off; tests/browser/sourceCheck.test.ts covers it.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { closeBrowser, openGame, startDay, type GamePage } from './harness';
import { redLeft, waitUntil } from './walking';
import { mistyped, replayedCodes } from './replayedCodes';

afterAll(closeBrowser);

interface Peek {
  level: { district: { dayLengthSeconds: number; stations: { kind: string }[]; errands: { id: string }[] } };
  day: { score: number; records: unknown[]; clock: number } | null;
  phase: string;
  deltaScale: number;
}

async function peek(page: Page): Promise<Peek> {
  return page.evaluate(() => {
    const s = window.__punktestand!.state();
    return JSON.parse(JSON.stringify({ level: s.level, day: s.day, phase: s.phase, deltaScale: s.deltaScale })) as Peek;
  });
}

/** Waits for red, then reports crossings the way the city scene does when the player steps onto the road. */
async function jaywalk(page: Page, times: number): Promise<void> {
  if (times === 0) return;
  await waitUntil(async () => (await redLeft(page)) > 1.5, 'a red light');
  await page.evaluate((n) => {
    const { report } = window.__punktestand!.state();
    for (let i = 0; i < n; i++) report({ type: 'crossed', station: 'crossing-1', waited: 0 });
  }, times);
}

/** Ends the day from the pause menu and reads the result code on the ending screen. */
async function endDayAndReadCode(page: Page): Promise<string> {
  await page.keyboard.press('Escape');
  await page.click('#end-day-button');
  await page.waitForSelector('#result-code');
  const code = await page.getAttribute('#result-code', 'data-code');
  expect(await page.textContent('#result-code')).toBe(code);
  return code ?? '';
}

async function checkClean(game: GamePage): Promise<void> {
  expect(game.errors).toEqual([]);
  expect(game.foreignRequests).toEqual([]);
}

describe('workshop mode', () => {
  it('a facilitator link with 3 minutes and two stations off gives that day, which resumes after a reload', async () => {
    const game = await openGame('?mode=workshop&lang=en&min=3&off=crowd,paper&pace=faster&notes=on&seed=11&check=off');
    const { page } = game;
    await page.waitForSelector('#start-button');
    expect(await page.getAttribute('#workshop-banner', 'data-minutes')).toBe('3');
    expect(await page.textContent('#workshop-banner')).toContain('3-minute day, without Toilet-paper dispenser, Crowd camera');
    expect(await page.isVisible('#content-note')).toBe(true);

    const before = await peek(page);
    expect(before.level.district.dayLengthSeconds).toBe(180);
    const kinds = before.level.district.stations.map((s) => s.kind);
    expect(kinds).not.toContain('plaza');
    expect(kinds).not.toContain('dispenser');
    expect(kinds).toContain('crossing');
    expect(before.level.district.errands.map((e) => e.id)).not.toContain('toilet');
    expect(before.deltaScale).toBe(2);

    await startDay(game);
    // The screen: no toilet errand in the list, and no crowd in the city.
    const errands = await page.$$eval('#hud-errands li', (items) => items.map((li) => li.textContent ?? ''));
    expect(errands.length).toBe(before.level.district.errands.length);
    expect(errands.join(' ')).not.toMatch(/toilet/i);
    const crowds = await page.evaluate(() => window.__punktestand!.city()!.crowds().length);
    expect(crowds).toBe(0);

    // A red-light crossing at double pace, then the tab closes mid-day.
    await jaywalk(page, 1);
    const played = await peek(page);
    expect(played.day?.records.length).toBe(1);
    await page.waitForFunction(() => localStorage.getItem('punktestand.resume') !== null);
    await page.reload();
    await page.waitForSelector('#resume-day-button');
    await page.click('#resume-day-button');
    await page.waitForSelector('#hud-score');
    const resumed = await peek(page);
    expect(resumed.phase).toBe('paused');
    expect(resumed.day?.score).toBe(played.day?.score);
    expect(Number(await page.getAttribute('#hud-score', 'data-score'))).toBe(played.day?.score);

    // Finishing the day shows a result code and forgets the unfinished day.
    await page.click('#resume-button');
    const code = await endDayAndReadCode(page);
    expect(code).toMatch(/^[0-9A-Z]{3}-[0-9A-Z]{4}$/);
    expect(await page.evaluate(() => localStorage.getItem('punktestand.resume'))).toBeNull();
    await checkClean(game);
    await game.close();
  });

  it('malformed settings fall back to the defaults and the start screen says which', async () => {
    const game = await openGame('?mode=workshop&lang=en&min=5&pace=warp');
    const { page } = game;
    await page.waitForSelector('#start-button');
    expect(await page.textContent('#ui')).toContain('were not understood and were left at their defaults: min, pace');
    expect((await peek(page)).level.district.dayLengthSeconds).toBe(480);
    await checkClean(game);
    await game.close();
  });

  it('the facilitator decides whether the control desk is offered', async () => {
    const withDesk = await openGame('?mode=workshop&lang=en&min=3');
    await withDesk.page.waitForSelector('#start-button');
    expect(await withDesk.page.locator('#desk-open').count()).toBe(1);
    await checkClean(withDesk);
    await withDesk.close();

    const withoutDesk = await openGame('?mode=workshop&lang=en&min=3&desk=off');
    await withoutDesk.page.waitForSelector('#start-button');
    expect(await withoutDesk.page.locator('#desk-open').count()).toBe(0);
    await checkClean(withoutDesk);
    await withoutDesk.close();
  });

  it('the class view counts the codes of three finished games, draws the charts and refuses a typo', async () => {
    // One game finished in the page (nine red crossings), two replayed from their event logs
    // under the same settings with the shipped level: all three are real finished days.
    const player = await openGame('?mode=workshop&lang=en&min=3&notes=off&check=off');
    const { page } = player;
    await startDay(player);
    await jaywalk(page, 9);
    const played = await endDayAndReadCode(page);
    await checkClean(player);
    await player.close();
    const replayed = replayedCodes({ minutes: 3, contentNotes: false });
    const codes = [played, ...replayed];

    const game = await openGame('?mode=class&lang=en');
    const view = game.page;
    await view.waitForSelector('#class-codes');
    // One typo: the last character of the first code changed.
    const typo = mistyped(codes[0] ?? '');
    await view.fill('#class-codes', `${codes.join(', ')}\n${typo}`);
    await view.click('#class-show');
    await view.waitForSelector('#class-count[data-count="3"]');
    expect(await view.$$eval('#class-bad li', (items) => items.map((li) => li.textContent))).toEqual([expect.stringContaining(typo)]);

    // The score chart has one bar per range, their counts add up to the three games.
    const counts = await view.$$eval('[data-chart="chart-scores"] .bar-fill', (bars) => bars.map((b) => Number(b.getAttribute('data-count'))));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(3);
    // Nobody waited for green in these games; the one with nine red crossings was sanctioned.
    expect(await view.textContent('#chart-waited table')).toMatch(/no\s*3/);
    const sanctions = await view.$$eval('[data-chart="chart-sanctions"] .bar-fill', (bars) => bars.map((b) => Number(b.getAttribute('data-count'))));
    expect(Math.max(...sanctions)).toBeGreaterThanOrEqual(1);
    expect(await view.getAttribute('[data-chart="chart-scores"]', 'role')).toBe('img');
    await checkClean(game);
    await game.close();
  });
});
