// Simple text (issue 19) as players meet it: chosen on the start screen and
// kept, by a facilitator's link for the source check, by a touch on the
// kiosk; the debrief at the simple level has the same headings, cards and
// labels in the same order as the standard one, and still prints on at most
// two A4 pages; the class view draws the same charts with the simple words.
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { FACTS } from '../../src/content/facts';
import { enSimple } from '../../src/i18n/simple/en';
import { en } from '../../src/i18n/en';
import { workshopDe } from '../../src/i18n/workshop/de';
import { workshopSimpleDe } from '../../src/i18n/workshop/simple-de';
import { shippedStatements } from '../unit/helpers/statements';
import { mistyped, replayedCodes } from './replayedCodes';
import { beginCheck, CHROMIUM_ARGS, CHROMIUM_PATH, closeBrowser, openDebrief, openGame, pdfPages, startDay, withTestFlag } from './harness';

afterAll(closeBrowser);

/** What a screen reader walks through: the headings, the cards and their labels, in order. */
function outline(page: Page) {
  return page.evaluate(() => ({
    headings: [...document.querySelectorAll('.debrief h1, .debrief h2, .debrief h3, .debrief h4')].map((h) => h.tagName),
    facts: [...document.querySelectorAll('.debrief [data-fact]')].map((f) => f.getAttribute('data-fact')),
    labels: [...document.querySelectorAll('.debrief .kind')].map((k) => k.textContent),
  }));
}

const fact = (id: string) => FACTS.find((f) => f.id === id)!;

describe('simple text', () => {
  it('is chosen on the start screen, redraws it at once, plays, and is kept for the next visit', async () => {
    const game = await openGame('?lang=en&seed=3', { width: 1280, height: 800 });
    const { page } = game;
    await page.waitForSelector('#start-button');
    expect(await page.textContent('.intro')).toBe(en.start.intro);
    // By keyboard: focus the option and press Enter, as a player with no mouse would.
    await page.focus('[data-text="simple"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-text="simple"][aria-pressed="true"]');
    expect(await page.textContent('.intro')).toBe(enSimple.start.intro);

    // Kept with the settings: the next visit opens in simple text, without the link saying so.
    await page.reload();
    await page.waitForSelector('[data-text="simple"][aria-pressed="true"]');
    expect(await page.textContent('.intro')).toBe(enSimple.start.intro);

    await startDay(game);
    await openDebrief(page);
    expect(await page.textContent('[data-fact="F24"] .fact-text')).toBe(fact('F24').plain.en);
    expect(game.errors).toEqual([]);
    expect(game.foreignRequests).toEqual([]);
    await game.close();
  });

  it('gives the debrief the standard one’s headings, cards and labels in the same order, and prints on at most two pages (German, phone)', async () => {
    const outlines = [];
    for (const text of ['standard', 'simple'] as const) {
      const game = await openGame(`?lang=de&seed=3&text=${text}`, { width: 390, height: 844 });
      const { page } = game;
      await startDay(game);
      await openDebrief(page);
      // The file is complete once its last block, "Test yourself" (a chunk of its own), has arrived.
      await page.waitForSelector('#check-test-button');
      outlines.push(await outline(page));
      const shown = await page.textContent('[data-fact="F01"] .fact-text');
      expect(shown).toBe(text === 'simple' ? fact('F01').plain.de : fact('F01').text.de);
      if (text === 'simple') {
        await page.emulateMedia({ media: 'print' });
        const pages = pdfPages(await page.pdf({ format: 'A4' }));
        expect(pages).toBeGreaterThanOrEqual(1);
        expect(pages).toBeLessThanOrEqual(2);
      }
      expect(game.errors).toEqual([]);
      await game.close();
    }
    const [standard, simple] = outlines;
    expect(simple).toEqual(standard);
    expect(standard?.facts.length).toBeGreaterThan(20);
  });

  it('comes with a facilitator’s link: the source check’s statements are in simple German', async () => {
    const game = await openGame('?mode=workshop&lang=de&text=simple&min=3&notes=off', { width: 1280, height: 800 });
    const { page } = game;
    await beginCheck(page);
    const id = await page.getAttribute('#check-statement', 'data-statement');
    const statement = shippedStatements().statements.find((s) => s.id === id);
    expect(statement, `statement ${id}`).toBeDefined();
    expect(await page.textContent('#check-statement')).toBe(statement?.plain.de);
    expect(statement?.plain.de).not.toBe(statement?.text.de);
    expect(game.errors).toEqual([]);
    expect(game.foreignRequests).toEqual([]);
    await game.close();
  });
});

describe('simple text in the class view', () => {
  it('draws the same charts as the standard view, with the simple words and no label cut off, and explains a mistyped code simply', async () => {
    const codes = replayedCodes({ minutes: 3 });
    const typo = mistyped(codes[0] ?? '');
    const views = [];
    for (const text of ['standard', 'simple'] as const) {
      const game = await openGame(`?mode=class&lang=de&text=${text}`, { width: 1280, height: 800 });
      const { page } = game;
      await page.waitForSelector('#class-codes');
      await page.fill('#class-codes', `${codes.join(' ')} ${typo}`);
      await page.click('#class-show');
      await page.waitForSelector('#class-count[data-count="2"]');
      views.push(
        await page.evaluate(async () => ({
          // Measured in the game's own typeface, as the projector shows it.
          clipped: await document.fonts.ready.then(() =>
            [...document.querySelectorAll<SVGTextElement>('.bar-chart .bar-label')].filter((label) => label.getBBox().x < 0).map((label) => label.textContent),
          ),
          intro: document.querySelector('#class-intro')?.textContent,
          charts: [...document.querySelectorAll('[data-chart]')].map((c) => c.getAttribute('data-chart')),
          titles: [...document.querySelectorAll('#class-results h2')].map((h) => h.textContent),
          bad: document.querySelector('#class-bad li')?.textContent,
        })),
      );
      expect(game.errors).toEqual([]);
      expect(game.foreignRequests).toEqual([]);
      await game.close();
    }
    const [standard, simple] = views;
    // No label is cut off at the chart's left edge, though simple German's are longer.
    expect(standard?.clipped).toEqual([]);
    expect(simple?.clipped).toEqual([]);
    expect(simple?.charts).toEqual(standard?.charts);
    expect(simple?.charts).toContain('chart-sanctions');
    expect(standard?.intro).toBe(workshopDe.classView.intro);
    expect(simple?.intro).toBe(workshopSimpleDe.classView.intro);
    expect(standard?.titles).toContain(workshopDe.classView.sanctions);
    expect(simple?.titles).toContain(workshopSimpleDe.classView.sanctions);
    expect(simple?.bad).toBe(workshopSimpleDe.classView.bad.check.replace('{code}', typo));
  });
});

describe('simple text on a kiosk', () => {
  let browser: Browser | null = null;
  afterAll(async () => browser?.close());

  it('offers two more start buttons when the museum switches them on; a visitor gets simple text, the next one the default again', async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true, serviceWorkers: 'block' });
    const config = { defaultLang: 'de', simpleTextButtons: true };
    await context.route('**/levels/kiosk-config.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(config) }));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${inject('baseUrl')}${withTestFlag('?mode=kiosk')}`);
    await page.waitForSelector('#kiosk-attract');
    expect(await page.locator('#kiosk-attract button[data-lang]').count()).toBe(4);
    await page.locator('#kiosk-attract button[data-lang="de"][data-text="simple"]').tap();
    await page.waitForSelector('#hud-score');

    // The visitor ends the day (the HUD's button does the same): the cards of what was real are in simple German.
    await page.evaluate(() => window.__punktestand!.state().endDay());
    await page.waitForSelector('#kiosk-done');
    const cardTexts = await page.$$eval('.kiosk-real li', (items) => items.map((li) => li.textContent ?? ''));
    const plain = FACTS.map((f) => f.plain.de);
    expect(cardTexts.length).toBeGreaterThan(0);
    for (const text of cardTexts) expect(plain.some((p) => text.endsWith(p)), text).toBe(true);

    // The next visitor who just touches the screen gets the museum's default (standard) again.
    await page.locator('#kiosk-done').tap();
    await page.waitForSelector('#kiosk-attract');
    expect(await page.evaluate(() => window.__punktestand!.state().textLevel)).toBe('standard');
    expect(errors).toEqual([]);
    await context.close();
  });
});
