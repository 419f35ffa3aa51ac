// The control desk as a player meets it, in real headless Chromium against the
// built game: ?mode=desk plays a short shift by keyboard (confirm some,
// dismiss one) and sees the quota and operator score change, then the desk's
// debrief with its figures; and after a citizen's day, the desk is one button
// away and its debrief sets the two days side by side. A short desk file is
// served in place of levels/desk-1.json so the shift takes four flags.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { closeBrowser, openGame, startDay, withTestFlag } from './harness';

afterAll(closeBrowser);

interface FlagJson {
  id: string;
  truth: 'correct' | 'wrong';
}
const shipped = JSON.parse(readFileSync(fileURLToPath(new URL('../../levels/desk-1.json', import.meta.url)), 'utf8')) as { flags: FlagJson[] } & Record<string, unknown>;
const SHORT_IDS = ['run-school', 'red-empty', 'wheelchair', 'paper-child'];
const SHORT = {
  ...shipped,
  flagsPerShift: 4,
  quota: { confirms: 2 },
  // Generous time per flag: the test decides by keyboard and never races the clock.
  decisionSeconds: 120,
  gapSeconds: 0.3,
  flags: shipped.flags.filter((f) => SHORT_IDS.includes(f.id)),
};
const truthOf = (id: string) => SHORT.flags.find((f) => f.id === id)?.truth;

async function serveShortDesk(page: Page): Promise<void> {
  await page.route('**/levels/desk-1.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(SHORT) }));
}

/** Waits for the next open flag, decides it by key, and waits until the decision shows in the log (or the shift's debrief). Returns the flag's id. */
async function decide(page: Page, key: 'y' | 'j' | 'n', decided: number): Promise<string> {
  await page.waitForSelector('#desk-flag:not([hidden])', { timeout: 60_000 });
  const flag = (await page.getAttribute('#desk-flag', 'data-flag')) ?? '';
  await page.keyboard.press(key);
  await page.waitForFunction((n) => document.querySelectorAll('#desk-log li').length >= n || document.querySelector('#desk-summary') !== null, decided + 1, {
    timeout: 30_000,
  });
  return flag;
}

const number = async (page: Page, selector: string, attr: string) => Number(await page.getAttribute(selector, attr));

describe('the control desk', () => {
  it('?mode=desk plays a short shift by keyboard and ends in the desk’s debrief', async () => {
    const game = await openGame('?lang=en');
    const { page } = game;
    await serveShortDesk(page);
    await page.goto(`${game.baseUrl}${withTestFlag('?lang=en&mode=desk&seed=5')}`);
    await page.waitForSelector('#desk-start');
    // The start button has focus: Enter starts the shift.
    await page.keyboard.press('Enter');

    const confirmed: string[] = [];
    confirmed.push(await decide(page, 'y', 0));
    expect(await page.textContent('.desk-quota-text')).toBe('1 of 2 confirmed');
    expect(await number(page, '#desk-score', 'data-score')).toBe(10);
    expect(await page.getAttribute('#desk-supervisor', 'data-mood')).toBe('praise');

    // Escape pauses the shift: no decision is taken until P resumes it.
    await page.waitForSelector('#desk-flag:not([hidden])', { timeout: 60_000 });
    await page.keyboard.press('Escape');
    await page.waitForSelector('#desk-pause[aria-pressed="true"]');
    await page.keyboard.press('y');
    expect(await page.locator('#desk-log li').count()).toBe(1);
    await page.keyboard.press('p');
    await page.waitForSelector('#desk-pause[aria-pressed="false"]');

    await decide(page, 'n', 1);
    expect(await number(page, '#desk-score', 'data-score')).toBe(10 - 15);
    expect(await page.getAttribute('#desk-supervisor', 'data-mood')).toBe('pressure');
    expect(await page.textContent('#desk-supervisor')).toContain('Dismissed?');

    confirmed.push(await decide(page, 'j', 2));
    expect(await page.textContent('.desk-quota-text')).toBe('2 of 2 confirmed');
    // A confirmed flag is announced as a sanction for screen readers.
    expect(await page.textContent('#alerts')).toContain('Sanction in the street');
    confirmed.push(await decide(page, 'y', 3));

    await page.waitForSelector('#desk-summary');
    const falseConfirms = confirmed.filter((id) => truthOf(id) === 'wrong').length;
    expect(await number(page, '#desk-summary', 'data-confirmed')).toBe(3);
    expect(await number(page, '#desk-summary', 'data-dismissed')).toBe(1);
    expect(await number(page, '#desk-summary', 'data-false-confirmed')).toBe(falseConfirms);
    expect(await number(page, '#desk-summary', 'data-confirm-rate')).toBe(75);
    expect(await page.textContent('.desk-quota-result')).toBe('Quota met (3 of 2)');
    // No citizen's day in this page: the comparison says so.
    expect(await page.textContent('#desk-side-citizen')).toContain('not played a citizen’s day');
    // Every flag with what was really happening, and each kind with its sources.
    expect(await page.locator('#desk-flag-list li').count()).toBe(4);
    expect(await page.locator('#desk-flag-list li[data-truth="wrong"]').count()).toBe(2);
    expect(await page.locator('#desk-sources [data-kind="abnormal-movement"] .fact[data-fact="F06"] .kind-claim').count()).toBe(1);
    expect(await page.locator('#desk-questions .question').count()).toBeGreaterThanOrEqual(3);
    expect(await page.textContent('#desk-questions')).toContain('I only followed the system');

    // Back to the start leaves the desk.
    await page.click('#desk-back');
    await page.waitForSelector('#start-button');
    expect(game.errors).toEqual([]);
    expect(game.foreignRequests).toEqual([]);
    await game.close();
  });

  it('after a citizen’s day the desk is one button away, and its debrief compares the two days (German)', async () => {
    const game = await openGame('?lang=de&seed=3');
    const { page } = game;
    await serveShortDesk(page);
    await startDay(game);
    await page.keyboard.press('Escape');
    await page.click('#end-day-button');
    await page.waitForSelector('#debrief-button, #end-title');
    if (await page.$('#debrief-button')) await page.click('#debrief-button');
    const records = await page.evaluate(() => window.__punktestand!.state().day?.records.length ?? 0);

    await page.click('#desk-open');
    await page.waitForSelector('#desk-start');
    expect(await page.textContent('#desk-start')).toBe('Schicht beginnen');
    await page.click('#desk-start');
    for (let i = 0; i < 4; i++) await decide(page, i === 0 ? 'n' : 'y', i);

    await page.waitForSelector('#desk-summary');
    expect(await page.textContent('#desk-side-citizen')).toContain(`Einträge über dich: ${records}`);
    expect(await page.textContent('#desk-side-desk')).toContain('Meldungen über andere: 4; davon wurden 3 zu Sanktionen');
    expect(game.errors).toEqual([]);
    expect(game.foreignRequests).toEqual([]);
    await game.close();
  });
});
