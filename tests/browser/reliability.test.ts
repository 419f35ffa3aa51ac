// What must never end in a black screen: a lost WebGL context, corrupt saved
// settings, storage that throws.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, dayClock, distinctColours, openGame } from './harness';

afterAll(closeBrowser);

describe('reliability', () => {
  it('a lost WebGL context pauses the day, says so, and the game goes on once it is restored', async () => {
    const game = await openGame('?lang=en');
    const { page } = game;
    await page.waitForSelector('#start-button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#hud-score');
    await page.waitForFunction(() => document.querySelector('#hud-clock')?.textContent !== '07:00');

    await page.evaluate(() => {
      const canvas = document.querySelector('#game canvas') as HTMLCanvasElement;
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      const ext = gl?.getExtension('WEBGL_lose_context');
      if (!ext) throw new Error('WEBGL_lose_context is not available');
      window.__lose = ext;
      ext.loseContext();
    });
    await page.waitForSelector('#display-notice');
    expect(await page.textContent('#display-notice')).toContain('paused');
    await page.waitForSelector('#resume-button');
    const pausedAt = await dayClock(page);

    await page.evaluate(() => window.__lose!.restoreContext());
    await page.waitForFunction(() => document.querySelector('#display-notice')?.textContent?.includes('back'), undefined, { timeout: 10_000 });
    await page.click('#resume-button');
    await page.waitForFunction((c) => (window.__punktestand!.state().day?.clock ?? 0) > c + 0.5, pausedAt);
    expect(Number(await page.getAttribute('#hud-score', 'data-score'))).toBe(1000);
    // The city is drawn again, not a black canvas.
    await page.waitForTimeout(500);
    expect(await distinctColours(page)).toBeGreaterThan(200);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('corrupt saved settings fall back to defaults with a notice', async () => {
    const game = await openGame('');
    const { page } = game;
    await page.waitForSelector('#start-button');
    await page.evaluate(() => localStorage.setItem('punktestand.settings', '{"version":1,"lang":"xx"'));
    await page.reload();
    await page.waitForSelector('#start-button');
    expect(await page.textContent('.notice')).toContain('reset');
    expect(await page.evaluate(() => localStorage.getItem('punktestand.settings'))).toBeNull();
    // Only settings are ever stored, and only once the player changes one.
    await page.click('button[data-lang="de"]');
    await page.waitForFunction(() => document.documentElement.lang === 'de');
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('punktestand.settings'))) ?? '{}')).toMatchObject({ version: 2, lang: 'de' });
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['punktestand.settings']);
    expect(game.errors).toEqual([]);
    await game.close();
  });
});

describe('privacy and storage', () => {
  it('storage that throws (private mode, full quota) does not stop the game', async () => {
    const game = await openGame('?lang=en');
    const { page } = game;
    await page.addInitScript(() => {
      const fail = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      Object.defineProperty(window, 'localStorage', { get: fail, configurable: true });
    });
    await page.reload();
    await page.waitForSelector('#start-button');
    await page.click('button[data-lang="de"]');
    await page.waitForFunction(() => document.documentElement.lang === 'de');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#hud-score');
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('after a day, the browser holds nothing but the settings: no cookies, no IndexedDB, nothing sent', async () => {
    const game = await openGame('?lang=en&seed=2');
    const { page } = game;
    await page.waitForSelector('#start-button');
    // Choose a language (German, then back to English): that choice is the one thing kept.
    await page.click('button[data-lang="de"]');
    await page.waitForFunction(() => document.documentElement.lang === 'de');
    await page.click('button[data-lang="en"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.click('#start-button');
    await page.waitForSelector('#hud-score');
    await page.keyboard.down('ArrowRight');
    await page.waitForTimeout(1500);
    await page.keyboard.up('ArrowRight');
    await page.keyboard.press('Escape');
    await page.click('#end-day-button');
    await page.waitForSelector('#debrief-button');
    const stored = await page.evaluate(async () => ({
      keys: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
      cookies: document.cookie,
      databases: (await indexedDB.databases()).map((d) => d.name),
    }));
    expect(stored).toEqual({ keys: ['punktestand.settings'], session: [], cookies: '', databases: [] });
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('punktestand.settings'))) ?? '')).toMatchObject({ version: 2, lang: 'en' });
    expect(game.foreignRequests).toEqual([]);
    await game.close();
  });
});
