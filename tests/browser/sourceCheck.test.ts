// The source check in real Chromium against the production build: a workshop
// link shows part 1 before the day, the day is played, part 2 (the other
// form) follows the debrief, the answers show both, and the result code
// carries both; `check=off` removes it all.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { countRight, formStatements } from '../../src/core/check';
import { decodeCode, encodeOutcome, type CheckOutcome } from '../../src/workshop/resultCode';
import { shippedStatements } from '../unit/helpers/statements';
import { beginCheck, closeBrowser, openGame, type GamePage } from './harness';

afterAll(closeBrowser);

const pool = shippedStatements;

/** Serious and critical axe findings on the page as it is now. */
async function axeProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function checkClean(game: GamePage): Promise<void> {
  expect(game.errors).toEqual([]);
  expect(game.foreignRequests).toEqual([]);
}

/** Start by keyboard: the day begins at once, with no check screen in between. */
async function startDayWithoutCheck(page: Page): Promise<void> {
  await page.waitForSelector('#start-button');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#hud-score');
  expect(await page.locator('#check-screen').count()).toBe(0);
}

/** Ends the day the way a player does early: the pause menu's "end the day". */
async function endDayFromPause(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.click('#end-day-button');
}

/** Sorts one part: the first statement by key (1 = the first label), the rest by clicking the right label, or the given one. */
async function sortPart(page: Page, part: 'before' | 'after' | 'test', choose: (statementId: string) => string): Promise<string> {
  await page.waitForSelector(`#check-screen[data-part="${part}"]`);
  const form = (await page.getAttribute('#check-screen', 'data-form')) ?? '';
  // The start button has focus: Enter begins.
  await page.keyboard.press('Enter');
  const count = formStatements(pool(), form as 'A' | 'B').length;
  for (let i = 0; i < count; i++) {
    await page.waitForSelector(`#check-screen[data-index="${i}"]`);
    // Focus moves to the statement, and the progress line (aria-live) says where we are.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('check-statement');
    expect(await page.textContent('#check-progress')).toBe(`Statement ${i + 1} of ${count}`);
    if (i === 0 && part === 'before') expect(await axeProblems(page)).toEqual([]);
    const id = (await page.getAttribute('#check-statement', 'data-statement')) ?? '';
    await page.click(`#check-screen .check-label[data-label="${choose(id)}"]`);
  }
  return form;
}

describe('the source check in a workshop', () => {
  it('asks before the day, plays the day, asks the other form after the debrief, shows the answers and a code carrying both', async () => {
    const statements = pool();
    const answer = new Map(statements.statements.map((s) => [s.id, s.answer]));
    const game = await openGame('?mode=workshop&lang=en&min=3&notes=off');
    const { page } = game;
    await page.waitForSelector('#start-button');
    await page.keyboard.press('Enter');

    // Part 1: everything sorted as "Reported".
    const before = await sortPart(page, 'before', () => 'report');
    await page.waitForSelector('#hud-score');

    // The day runs; end it from the pause menu.
    await page.waitForFunction(() => (window.__punktestand!.state().day?.clock ?? 0) > 1);
    await endDayFromPause(page);
    // The ending says the code comes after the file and part 2.
    await page.waitForSelector('#check-waits');
    expect(await page.locator('#result-code').count()).toBe(0);
    await page.click('#debrief-button');
    await page.waitForSelector('#check-after-button');
    await page.click('#check-after-button');

    // Part 2 is the other form; this time every answer is right.
    const after = await sortPart(page, 'after', (id) => answer.get(id) ?? '');
    expect(after).not.toBe(before);
    expect(['A', 'B']).toContain(before);

    // The answers: both parts, every statement with its answer and reason.
    await page.waitForSelector('#check-screen[data-part="feedback"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('check-title');
    const form1 = formStatements(statements, before as 'A' | 'B');
    const reportsBefore = form1.filter((s) => s.answer === 'report').length;
    expect(await page.textContent('#check-scores')).toContain(`Before the day: ${reportsBefore} of ${form1.length} right.`);
    expect(await page.textContent('#check-scores')).toContain(`After your file: ${form1.length} of ${form1.length} right.`);
    expect(await page.locator('#check-screen .check-item').count()).toBe(form1.length * 2);
    expect(await page.textContent('#check-screen')).toContain('Own claim');
    expect(await axeProblems(page)).toEqual([]);
    await page.click('#check-close');

    // The code is the long one and carries both parts.
    await page.waitForSelector('#result-code');
    const code = (await page.getAttribute('#result-code', 'data-code')) ?? '';
    expect(code).toMatch(/^[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{4}$/);
    const decoded = decodeCode(code);
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.outcome.check?.order).toBe(before === 'A' ? 'AB' : 'BA');
    expect(countRight(decoded.outcome.check?.before ?? 0)).toBe(reportsBefore);
    expect(countRight(decoded.outcome.check?.after ?? 0)).toBe(form1.length);
    await checkClean(game);
    await game.close();
  });

  it('keeps part 1 when the tab closes during the day: the resumed day’s code still carries the answers from before', async () => {
    const statements = pool();
    const game = await openGame('?mode=workshop&lang=en&min=3&notes=off&seed=21');
    const { page } = game;
    await page.waitForSelector('#start-button');
    await page.keyboard.press('Enter');
    const before = await sortPart(page, 'before', () => 'report');
    await page.waitForSelector('#hud-score');
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('punktestand.resume') ?? '{}').check !== undefined);
    await page.reload();
    await page.waitForSelector('#resume-day-button');
    await page.click('#resume-day-button');
    await page.waitForSelector('#resume-button');
    await page.click('#resume-button');
    await endDayFromPause(page);
    await page.click('#debrief-button');
    // Part 1 is not asked again; part 2 is offered, skipped here.
    await page.click('#check-after-skip');
    await page.waitForSelector('#result-code');
    const decoded = decodeCode((await page.getAttribute('#result-code', 'data-code')) ?? '');
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.outcome.check?.order).toBe(before === 'A' ? 'AB' : 'BA');
    const reportsBefore = formStatements(statements, before as 'A' | 'B').filter((s) => s.answer === 'report').length;
    expect(countRight(decoded.outcome.check?.before ?? 0)).toBe(reportsBefore);
    await checkClean(game);
    await game.close();
  });

  it('on a touch-only phone the check does not talk about keys; with a keyboard it does', async () => {
    for (const touch of [true, false]) {
      const game = await openGame('?mode=workshop&lang=en&min=3&notes=off', { width: 390, height: 844 }, { touch });
      const { page } = game;
      await beginCheck(page);
      expect(await page.isVisible('#check-screen .keys-hint'), touch ? 'touch' : 'keyboard').toBe(!touch);
      await checkClean(game);
      await game.close();
    }
  });

  it('check=off: the day starts at once and the code is the short one', async () => {
    const game = await openGame('?mode=workshop&lang=en&min=3&notes=off&check=off');
    const { page } = game;
    await startDayWithoutCheck(page);
    await endDayFromPause(page);
    await page.waitForSelector('#result-code');
    expect(await page.getAttribute('#result-code', 'data-code')).toMatch(/^[0-9A-Z]{3}-[0-9A-Z]{4}$/);
    await page.click('#debrief-button');
    await page.waitForSelector('#end-title');
    expect(await page.locator('#check-after-button').count()).toBe(0);
    await checkClean(game);
    await game.close();
  });

  it('the class view, given three codes with the check, shows before and after side by side, the paired change and the hardest label', async () => {
    const code = (check: CheckOutcome) => encodeOutcome({ ending: 0, tier: 1, scoreBand: 18, waitedGreen: false, reportedOther: false, sanctions: 0, deskConfirmTenths: null, check });
    const codes = [
      code({ order: 'AB', before: 0b000011, after: 0b111111 }), // 2 → 6
      code({ order: 'BA', before: 0b001111, after: 0b101111 }), // 4 → 5, the opinion missed after
      code({ order: 'AB', before: 0b111100, after: null }), // 4, part 2 skipped
    ];
    const game = await openGame('?mode=class&lang=en', { width: 1366, height: 768 });
    const view = game.page;
    await view.waitForSelector('#class-codes');
    await view.fill('#class-codes', codes.join('\n'));
    await view.click('#class-show');
    await view.waitForSelector('#class-count[data-count="3"]');
    await view.waitForSelector('#class-check');
    // Before and after, each a chart with a summary and a table.
    for (const id of ['chart-check-before', 'chart-check-after', 'chart-check-labels-before', 'chart-check-labels-after']) {
      expect(await view.locator(`#${id} svg[role="img"]`).count()).toBe(1);
      expect(await view.locator(`#${id} .chart-summary`).count()).toBe(1);
      expect(await view.locator(`#${id} table`).count()).toBe(1);
    }
    const before = await view.$$eval('[data-chart="chart-check-before"] .bar-fill', (bars) => bars.map((b) => Number(b.getAttribute('data-count'))));
    const after = await view.$$eval('[data-chart="chart-check-after"] .bar-fill', (bars) => bars.map((b) => Number(b.getAttribute('data-count'))));
    expect(before).toEqual([0, 0, 1, 0, 2, 0, 0]);
    expect(after).toEqual([0, 0, 0, 0, 0, 1, 1]);
    expect(await view.textContent('#check-summary')).toBe('Before the day (players: 3): on average 3.3 of 6 right. After the debrief (players: 2): on average 5.5 of 6 right.');
    expect(await view.getAttribute('#check-paired', 'data-change')).toBe('2.5');
    expect(await view.textContent('#check-paired')).toBe('Players who took both parts: 2. Their change, on average: +2.5 statements right (2 better, 0 the same, 0 worse).');
    expect(await view.getAttribute('#check-confused', 'data-label')).toBe('opinion');
    expect(await view.textContent('#check-honest')).toMatch(/A class is not a study/);
    expect(await axeProblems(view)).toEqual([]);
    await checkClean(game);
    await game.close();
  });
});

describe('the lesson material', () => {
  it('prints the answer key and a worksheet of both forms from the statements file, with the exit ticket and the 90-minute plan', async () => {
    const statements = pool();
    const game = await openGame('?mode=workshop&page=guide&lang=de');
    const { page } = game;
    await page.waitForSelector('#lesson-worksheet');
    expect(await page.locator('.lesson-sheet').count()).toBe(2);
    expect(await page.locator('.lesson-sheet[data-form="A"] tbody tr').count()).toBe(statements.forms.A.length);
    expect(await page.textContent('.lesson-sheet[data-form="B"] thead')).toContain('Vom Spiel erfunden');
    const key = await page.$$eval('.lesson-key[data-form="A"] li', (items) => items.map((li) => li.getAttribute('data-answer')));
    expect(key).toEqual(formStatements(statements, 'A').map((s) => s.answer));
    for (const id of ['lesson-exit', 'lesson-plan90', 'lesson-background', 'lesson-people']) expect(await page.locator(`#${id}`).count()).toBe(1);
    expect(await page.textContent('#ui')).toContain('Kontrollpult');
    await checkClean(game);
    await game.close();
  });
});

describe('play mode: "Test yourself"', () => {
  it('offers the check once after the debrief: one form, then the answers', async () => {
    const statements = pool();
    const answer = new Map(statements.statements.map((s) => [s.id, s.answer]));
    const game = await openGame('?lang=en');
    const { page } = game;
    // No check before the day in play mode.
    await startDayWithoutCheck(page);
    await endDayFromPause(page);
    await page.click('#debrief-button');
    await page.waitForSelector('#check-test-button');
    await page.click('#check-test-button');
    await sortPart(page, 'test', (id) => answer.get(id) ?? '');
    await page.waitForSelector('#check-screen[data-part="feedback"]');
    expect(await page.textContent('#check-scores')).toBe('Your result: 6 of 6 right.');
    await page.click('#check-close');
    // Once: the offer has become a way back to the answers.
    await page.waitForSelector('#check-test-button');
    expect(await page.textContent('#check-test-button')).toBe('Show my answers again');
    expect(await page.locator('#result-code').count()).toBe(0);
    await checkClean(game);
    await game.close();
  });
});

describe('the kiosk’s "What was real?" as a guess', () => {
  it('each card asks for a label by touch, then shows the answer; the day’s tally counts right guesses', async () => {
    // Touch only; the kiosk's own config (no short times needed: the day is ended through the store, as the clock would).
    const game = await openGame('?mode=kiosk', { width: 1024, height: 768 }, { touch: true });
    const { page } = game;
    await page.waitForSelector('#kiosk-attract');
    await page.getByRole('button', { name: 'Play in English' }).tap();
    await page.waitForSelector('#kiosk-attract', { state: 'detached' });
    await page.waitForSelector('#hud-score');
    await page.evaluate(() => window.__punktestand!.state().endDay());
    await page.waitForSelector('#kiosk-debrief');
    expect(await page.locator('.kiosk-card').count()).toBe(3);
    expect(await page.getAttribute('#kiosk-today-guesses', 'data-count')).toBe('0');

    // First card: the sources stay hidden until a label is tapped.
    const card = page.locator('.kiosk-card').first();
    expect(await card.locator('.kiosk-real').isHidden()).toBe(true);
    expect(await card.locator('.kiosk-guess-button').count()).toBe(4);
    await card.locator('.kiosk-guess-button[data-label="report"]').tap();
    expect(await card.locator('.kiosk-real').isVisible()).toBe(true);
    const firstRight = (await card.getAttribute('data-guess')) === 'right';
    expect(await card.locator('.kiosk-guess-result').textContent()).toMatch(firstRight ? /^Right: Reported\.$/ : /^You chose Reported\. It is: /);

    // Second card: tap "Invented by the game".
    const second = page.locator('.kiosk-card').nth(1);
    await second.locator('.kiosk-guess-button[data-label="fiction"]').tap();
    const secondRight = (await second.getAttribute('data-guess')) === 'right';
    await page.waitForSelector('#kiosk-today-guesses[data-count="2"]');
    expect(await page.getAttribute('#kiosk-today-guesses', 'data-right')).toBe(String(Number(firstRight) + Number(secondRight)));

    // "What was real?" still shows every card at once, guessed or not.
    await page.locator('#kiosk-reveal').tap();
    for (const list of await page.locator('.kiosk-real').all()) expect(await list.isVisible()).toBe(true);
    const tally = await page.evaluate(() => JSON.parse(localStorage.getItem('punktestand.kiosk.today') ?? '{}') as Record<string, number>);
    expect(tally).toMatchObject({ guesses: 2, rightGuesses: Number(firstRight) + Number(secondRight) });
    await checkClean(game);
    await game.close();
  });
});
