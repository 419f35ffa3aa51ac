// The debrief in real Chromium against the production build: after a short
// day, the citizen file lists the records, the cards carry their labels in the
// chosen language, the chart has a text alternative, the keyboard starts at
// the title, and the print view is clean and at most two A4 pages.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { citizenAddress, citizenName } from '../../src/content/citizen';
import type { Citizen } from '../../src/core/types';
import { ARTICLE_TITLE } from '../../src/content/facts';
import { closeBrowser, openDebrief, openGame, pdfPages, startDay } from './harness';
import { redLeft, walk } from './walking';

afterAll(closeBrowser);

/** Walks east to the kerb, waits for a fresh red, and steps onto the road: one jaywalk record. */
async function crossOnRed(page: Page): Promise<void> {
  await walk(page, 'ArrowRight', 660);
  const deadline = Date.now() + 30_000;
  while ((await redLeft(page)) < 4) {
    if (Date.now() > deadline) throw new Error('the light never turned red');
    await page.waitForTimeout(100);
  }
  const before = Number(await page.getAttribute('#hud-score', 'data-score'));
  await walk(page, 'ArrowRight', 760);
  await page.waitForFunction((b) => Number(document.querySelector('#hud-score')?.getAttribute('data-score')) < b, before, { timeout: 10_000 });
}

async function citizen(page: Page): Promise<Citizen> {
  return page.evaluate(() => window.__punktestand!.state().day!.citizen);
}

async function checkPrint(page: Page, header: RegExp, who: Citizen, lang: 'de' | 'en'): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  expect(await page.isVisible('#game')).toBe(false);
  const visibleButtons = await page.$$eval('button', (bs) => bs.filter((b) => b.getClientRects().length > 0 && getComputedStyle(b).display !== 'none').length);
  expect(visibleButtons).toBe(0);
  expect(await page.isVisible('.print-header')).toBe(true);
  expect(await page.textContent('.print-header')).toMatch(header);
  // Black on white.
  const colours = await page.evaluate(() => {
    const body = getComputedStyle(document.body).backgroundColor;
    const h1 = getComputedStyle(document.querySelector('#end-title')!).color;
    const screen = getComputedStyle(document.querySelector('.debrief')!).backgroundColor;
    return { body, h1, screen };
  });
  expect(colours.body).toBe('rgb(255, 255, 255)');
  expect(colours.h1).toBe('rgb(0, 0, 0)');
  expect(['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)']).toContain(colours.screen);
  // No personal data: neither the generated name nor the address is on the page.
  const text = await page.evaluate(() => document.body.innerText);
  expect(text).not.toContain(citizenName(who));
  expect(text).not.toContain(citizenAddress(who, lang));
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdfPages(pdf);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  await page.emulateMedia({ media: 'screen' });
}

describe('the debrief', () => {
  it('shows the citizen file, labelled sources, the chart and its text, and prints on at most two pages (English)', async () => {
    const game = await openGame('?lang=en&seed=11', { width: 1366, height: 768 });
    const { page } = game;
    await startDay(game);
    await crossOnRed(page);
    const who = await citizen(page);
    await openDebrief(page);

    // One h1, focused on open; an h2 for every section.
    expect(await page.$$eval('h1', (hs) => hs.length)).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('end-title');
    expect(await page.textContent('#end-title')).toBe('Your citizen file');
    const sections = await page.$$eval('.debrief-section', (ss) => ss.map((s) => s.querySelector(':scope > h2')?.textContent ?? ''));
    expect(sections).toEqual(['The citizen file', 'Where does this come from?', 'Mirror: what you chose, what the system counted', 'And here?']);
    // The keyboard goes on to the buttons in order.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('print-button');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('again-button');

    // The summary and the record kept the ids other tests use.
    expect(Number(await page.getAttribute('#end-score', 'data-score'))).toBeLessThan(1000);
    expect(await page.getAttribute('#end-tier', 'data-tier')).toBeTruthy();
    expect(await page.$$eval('.end-summary li[data-status]', (li) => li.length)).toBeGreaterThan(0);
    const records = await page.$$eval('#record-list li[data-action]', (li) => li.map((x) => x.getAttribute('data-action')));
    expect(records).toContain('jaywalk');
    const jaywalk = await page.textContent('#record-list li[data-action="jaywalk"]');
    expect(jaywalk).toContain('Crossed on red');
    expect(jaywalk).toContain('Crossing camera with face recognition');
    expect(jaywalk).toContain('Office for Traffic Order');
    expect(jaywalk).toContain('−50');

    // The crossing is met, with its facts labelled and cited to the article by title and section.
    const crossing = page.locator('[data-mechanic="shaming-crossing"]');
    expect(await crossing.getAttribute('data-status')).toBe('met');
    expect(await crossing.locator('[data-fact="F14"] .kind').textContent()).toBe('Reported');
    expect(await crossing.locator('[data-fact="S02"] .kind').textContent()).toBe('Invented by the game');
    const f14 = await crossing.locator('[data-fact="F14"]').textContent();
    expect(f14).toContain(ARTICLE_TITLE);
    expect(f14).toContain('Gesichtserkennung im Alltag');
    expect(f14).toContain('Jinan, Shenzhen');
    // Claims say who speaks.
    const claim = page.locator('[data-mechanic="citizen-file"] [data-fact="F24"]');
    expect(await claim.locator('.kind').textContent()).toBe('Own claim');
    expect(await claim.textContent()).toContain('Who says so: National platform');
    // Stations the district has but the player did not trigger are marked as missed.
    expect(await page.getAttribute('[data-mechanic="paper-dispenser"]', 'data-status')).toBe('missed');
    // Other research, and who is speaking.
    const research = await page.textContent('#research-card');
    expect(research).toContain('What does other research say?');
    expect(research).toContain('China Law Translate');
    expect(await page.$$eval('#research-card [data-kind="context"]', (f) => f.length)).toBe(2);
    expect(await page.textContent('#provenance-card')).toContain('civil-liberties');
    // The article's own judgement is marked as opinion, with why that matters.
    const opinion = page.locator('#provenance-card [data-fact="F37"]');
    expect(await opinion.locator('.kind').textContent()).toBe('Opinion');
    expect(await opinion.textContent()).toContain('Chinas Punktlandung');
    expect(await page.textContent('#provenance-card .provenance-opinion')).toContain('an opinion can only be weighed');

    // The gate's card: the travel bans reported by other sources (F33), labelled and cited apart from the article,
    // next to the fiction card that says what the game adds (S12).
    const gate = page.locator('[data-mechanic="face-gate"]');
    const f33 = gate.locator('[data-fact="F33"]');
    expect(await f33.getAttribute('data-cite')).toBe('other');
    expect(await f33.locator('.kind').textContent()).toBe('Reported (other source)');
    const f33Text = (await f33.textContent()) ?? '';
    expect(f33Text).toContain('Source (not the article): National Public Credit Information Center');
    expect(f33Text).not.toContain(ARTICLE_TITLE);
    expect(await gate.locator('[data-fact="S12"] .kind').textContent()).toBe('Invented by the game');
    expect(await gate.locator('[data-fact="F08"] .kind').textContent()).toBe('Reported');
    // The legend names every label, from the one table.
    expect(await page.$$eval('.legend .kind', (k) => k.map((x) => x.textContent))).toEqual([
      'Reported',
      'Reported (other source)',
      'Own claim',
      'Figure',
      'Opinion',
      'Invented by the game',
      'Law',
      'Other research',
    ]);
    // "And here?": Südkreuz as a claim and its check.
    const suedkreuz = page.locator('[data-question="suedkreuz"]');
    expect(await suedkreuz.locator('[data-fact="F34"] .kind').textContent()).toBe('Own claim');
    expect(await suedkreuz.locator('[data-fact="F35"] .kind').textContent()).toBe('Reported (other source)');

    // The chart: an SVG image with a name and the sentence, and a hidden table of the points.
    const chart = page.locator('svg.score-chart');
    expect(await chart.getAttribute('role')).toBe('img');
    const labelledBy = (await chart.getAttribute('aria-labelledby'))?.split(' ') ?? [];
    expect(labelledBy.length).toBe(2);
    for (const id of labelledBy) expect(await page.$(`[id="${id}"]`)).not.toBeNull();
    const summary = await page.textContent('.chart-summary');
    // The numbers in the sentence are the day's own: lowest point and final score.
    const { lowest, final } = await page.evaluate(() => {
      const day = window.__punktestand!.state().day!;
      return { lowest: Math.min(...day.history.map((h) => h.score)), final: day.score };
    });
    expect(lowest).toBeLessThanOrEqual(950);
    const fmt = (n: number) => n.toLocaleString('en-GB');
    expect(summary).toMatch(new RegExp(`started at 1,000 at 07:00, was lowest at ${fmt(lowest)} at \\d\\d:\\d\\d and ended at ${fmt(final)}`));
    expect(await page.$$eval('.chart table tbody tr', (rows) => rows.length)).toBeGreaterThanOrEqual(2);
    expect(await page.$$eval('svg.score-chart path.chart-line', (p) => p.length)).toBe(1);

    // The mirror counts the crossing; the questions include Südkreuz and the AI Act.
    // (On a slow machine a long frame can carry the player onto the road early: count what the day holds.)
    const jaywalks = records.filter((a) => a === 'jaywalk').length;
    expect(jaywalks).toBeGreaterThanOrEqual(1);
    expect(await page.getAttribute('[data-mirror="crossed-red"]', 'data-count')).toBe(String(jaywalks));
    expect(await page.textContent('[data-mirror="crossed-red"]')).toContain(`−${(50 * jaywalks).toLocaleString('en-GB')} points`);
    const questions = await page.$$eval('#question-list > li', (li) => li.map((x) => x.textContent ?? ''));
    expect(questions.length).toBeGreaterThanOrEqual(3);
    expect(questions.length).toBeLessThanOrEqual(5);
    expect(questions.join(' ')).toContain('Südkreuz');
    expect(questions.join(' ')).toContain('AI Act');

    await checkPrint(page, /printed .+ · language: English/, who, 'en');

    // The language can be switched right here; the file is redrawn in German.
    await page.click('.debrief button[data-lang="de"]');
    await page.waitForFunction(() => document.querySelector('#end-title')?.textContent === 'Deine Bürgerakte');
    expect(await page.$$eval('#record-list li[data-action]', (li) => li.length)).toBe(records.length);

    expect(game.errors).toEqual([]);
    expect(game.foreignRequests).toEqual([]);
    await game.close();
  });

  it('speaks German, on a phone, after a day without records, and prints cleanly', async () => {
    const game = await openGame('?lang=de&seed=3', { width: 390, height: 844 });
    const { page } = game;
    await startDay(game);
    const who = await citizen(page);
    await openDebrief(page);

    expect(await page.textContent('#end-title')).toBe('Deine Bürgerakte');
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await page.$('#record-list')).toBeNull();
    expect(await page.textContent('#debrief-dossier')).toContain('Kein einziger Eintrag');
    const kinds = new Set(await page.$$eval('.kind', (k) => k.map((x) => x.textContent ?? '')));
    for (const label of ['Berichtet', 'Berichtet (andere Quelle)', 'Eigene Angabe', 'Vom Spiel erfunden', 'Zahl', 'Meinung', 'Gesetz', 'Andere Forschung']) expect(kinds, label).toContain(label);
    expect(await page.textContent('[data-mechanic="citizen-file"] [data-fact="F24"]')).toContain('Wer das sagt:');
    expect(await page.textContent('.chart-summary')).toContain('blieb von 07:00 bis');
    expect(await page.textContent('#research-card')).toContain('Was sagt andere Forschung?');
    expect(await page.textContent('[data-mirror="reported-other"]')).toContain('Du hast niemanden gemeldet');

    // Folded cards open by keyboard.
    const details = page.locator('[data-mechanic="shaming-crossing"] summary');
    await details.focus();
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('[data-mechanic="shaming-crossing"] details', 'open')).not.toBeNull();
    expect(await page.isVisible('[data-mechanic="shaming-crossing"] [data-fact="F14"]')).toBe(true);
    await page.keyboard.press('Enter');

    // Nothing wider than the phone.
    const overflow = await page.evaluate(() => {
      const screen = document.querySelector('.debrief') as HTMLElement;
      return screen.scrollWidth - screen.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);

    await checkPrint(page, /gedruckt am .+ · Sprache: Deutsch/, who, 'de');
    expect(game.errors).toEqual([]);
    expect(game.foreignRequests).toEqual([]);
    await game.close();
  });
});
