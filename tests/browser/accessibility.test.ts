// Accessibility in real Chromium: axe finds no serious or critical problem on
// the start screen, the settings dialog, the HUD, the pause menu and the
// debrief, in German and English, reached by keyboard alone; reduced motion
// means no shake, no flashing, no camera sweep; a remapped key walks; sound waits for a gesture (a touch in kiosk mode).
import AxeBuilder from '@axe-core/playwright';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { closeBrowser, dayClock, openGame, playerPosition, startDay, type GamePage } from './harness';
import { redLeft, walk } from './walking';

afterAll(closeBrowser);

/** Serious and critical axe findings on the page as it is now, one line each. */
async function axeProblems(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Tabs until the element with `id` has focus (at most `limit` presses): the keyboard way to reach a button. */
async function tabTo(page: Page, id: string, limit = 25): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/**
 * Presses Escape in the settings dialog and waits until it is gone and focus
 * is back on `returnTo`: the dialog's close event moves focus a moment after
 * the dialog leaves, so checking (or pressing Enter) any earlier races it.
 */
async function closeDialogByEscape(page: Page, returnTo: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForSelector('#settings-dialog', { state: 'detached' });
  await page.waitForFunction((id) => document.activeElement?.id === id, returnTo);
}

describe('accessibility', () => {
  for (const lang of ['en', 'de'] as const) {
    it(`${lang}: start, settings, HUD, pause and debrief by keyboard alone, with no serious axe finding`, async () => {
      const game: GamePage = await openGame(`?lang=${lang}&seed=11`);
      const { page } = game;
      const problems: string[] = [];
      await page.waitForSelector('#start-button');
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      problems.push(...(await axeProblems(page, 'start')));

      // Settings from the start screen: a modal dialog; Escape closes it and focus comes back.
      await tabTo(page, 'settings-button');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#settings-dialog[open]');
      expect(await page.getAttribute('#settings-dialog', 'aria-labelledby')).toBe('settings-title');
      // Tab stays inside the dialog.
      for (let i = 0; i < 30; i++) await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('#settings-dialog'))).toBe(true);
      problems.push(...(await axeProblems(page, 'settings')));
      await closeDialogByEscape(page, 'settings-button');

      await tabTo(page, 'start-button');
      await startDay(game);
      problems.push(...(await axeProblems(page, 'hud')));

      // Pause with the pause key, then the settings from the pause menu.
      await page.keyboard.press('p');
      await page.waitForSelector('.pause-dialog:not([hidden])');
      expect(await focusedId(page)).toBe('resume-button');
      problems.push(...(await axeProblems(page, 'pause')));
      await tabTo(page, 'pause-settings-button');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#settings-dialog[open]');
      problems.push(...(await axeProblems(page, 'pause+settings')));
      // Escape closes only the dialog; the day stays paused.
      await closeDialogByEscape(page, 'pause-settings-button');
      expect(await page.evaluate(() => window.__punktestand!.state().phase)).toBe('paused');

      // End the day by keyboard and open the citizen file.
      await tabTo(page, 'end-day-button');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#debrief-button');
      expect(await focusedId(page)).toBe('debrief-button');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#end-title');
      problems.push(...(await axeProblems(page, 'debrief')));

      expect(problems).toEqual([]);
      expect(game.errors).toEqual([]);
      expect(game.foreignRequests).toEqual([]);
      await game.close();
    });
  }

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    it(`the start screen at ${viewport.width}×${viewport.height}: axe finds no contrast problem, and the subtitle reaches 4.5:1 on the poster`, async () => {
      const game = await openGame('', viewport);
      const { page } = game;
      try {
        await page.waitForSelector('.subtitle');
        const result = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
        expect(result.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`))).toEqual([]);
        // Where axe cannot tell (text over the canvas), the subtitle is measured here: its colour against the poster's.
        const ratio = await page.evaluate(() => {
          const rgb = (css: string) => (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
          const lum = ([r, g, b]: number[]) =>
            [r, g, b].map((c) => {
              const s = (c ?? 0) / 255;
              return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
            }).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
          const subtitle = document.querySelector('.subtitle')!;
          const fg = lum(rgb(getComputedStyle(subtitle).color));
          const bg = lum(rgb(getComputedStyle(subtitle.closest('.poster')!).backgroundColor));
          return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
        });
        expect(ratio).toBeGreaterThanOrEqual(4.5);
      } finally {
        await game.close();
      }
    });
  }

  it('with reduced motion asked for by the system: no shake, no flashing, no camera sweep', async () => {
    const game = await openGame('?lang=en&seed=5');
    const { page } = game;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.reload();
    await page.waitForSelector('#start-button');
    expect(await page.getAttribute('html', 'data-motion')).toBe('reduced');
    await startDay(game);
    // Count what the camera is asked to do from here on.
    await page.evaluate(() => window.__punktestand!.city()!.countCameraMoves());

    // Cross on red: points are taken (which shakes the camera in full motion).
    await walk(page, 'ArrowRight', 660);
    while ((await redLeft(page)) < 4) await page.waitForTimeout(100);
    const before = Number(await page.getAttribute('#hud-score', 'data-score'));
    await walk(page, 'ArrowRight', 760);
    await page.waitForFunction((b) => Number(document.querySelector('#hud-score')?.getAttribute('data-score')) < b, before, { timeout: 10_000 });
    await page.waitForTimeout(600);
    const motion = await page.evaluate(() => window.__punktestand!.city()!.cameraMoves());
    expect(motion.shakes).toBe(0);
    expect(motion.pans.every((d) => d === 0)).toBe(true);

    // An alarm marker raised now stays steady instead of blinking.
    const visibility = await page.evaluate(async () => {
      const city = window.__punktestand!.city()!;
      // Long enough to outlast the samples on any machine.
      if (!city.raiseAlarm('TEST', 60)) return [];
      const samples: string[] = [];
      for (let i = 0; i < 20; i++) {
        await new Promise((r) => setTimeout(r, 100));
        samples.push(city.alarmShown() ? 'on' : 'off');
      }
      return samples;
    });
    // Once the first frame has drawn it, it stays on (steady) for the whole two seconds: no blinking.
    const firstOn = visibility.indexOf('on');
    expect(firstOn).toBeGreaterThanOrEqual(0);
    expect(firstOn).toBeLessThan(15);
    expect(visibility.slice(firstOn).join(' ')).toBe(visibility.slice(firstOn).map(() => 'on').join(' '));
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('a remapped walk key walks, a key another action holds is refused, and the help line follows', async () => {
    const game = await openGame('?lang=en&seed=3');
    const { page } = game;
    await page.waitForSelector('#start-button');
    await page.click('#settings-button');
    await page.waitForSelector('#settings-dialog[open]');
    // "Walk right" onto L.
    await page.click('#settings-key-right');
    await page.keyboard.press('KeyL');
    expect(await page.textContent('#settings-status')).toContain('L');
    // "Walk up" onto L too: refused, and it says which action holds it.
    await page.click('#settings-key-up');
    await page.keyboard.press('KeyL');
    expect(await page.textContent('#settings-status')).toContain('Walk right');
    const keys = await page.evaluate(() => window.__punktestand!.settings().keys);
    expect(keys.right).toEqual(['KeyL', 'KeyD']);
    expect(keys.up).toEqual(['ArrowUp', 'KeyW']);
    // Escape closes the dialog; its close event hands focus back to the
    // Settings button a moment later. Wait for that, as a person waits for the
    // dialog to go, or the Enter below could land on Settings instead of Start.
    await closeDialogByEscape(page, 'settings-button');
    expect(await page.textContent('#how-move')).toContain('L');

    await page.focus('#start-button');
    expect(await focusedId(page)).toBe('start-button');
    await startDay(game);
    expect(await page.textContent('#hud-keys')).toMatch(/L/);
    const start = await playerPosition(page);
    // The old first key no longer walks right…
    // Held for a second of game time (frames really drawn, however slow the machine).
    const clockBefore = await dayClock(page);
    await page.keyboard.down('ArrowRight');
    await page.waitForFunction(
      (c) => (window.__punktestand!.state().day?.clock ?? 0) > c + 1,
      clockBefore,
    );
    await page.keyboard.up('ArrowRight');
    expect((await playerPosition(page)).x).toBeLessThan(start.x + 2);
    // …the new one does.
    await page.keyboard.down('l');
    await page.waitForFunction((x) => window.__punktestand!.city()!.player().x > x + 40, start.x, { timeout: 30_000 });
    await page.keyboard.up('l');
    // The map is kept for next time.
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('punktestand.settings'))) ?? '{}').keys.right).toEqual(['KeyL', 'KeyD']);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('sound waits for a gesture; in kiosk mode a key is not enough, a touch is', async () => {
    const game = await openGame('?lang=en&mode=kiosk', { width: 640, height: 420 }, { touch: true });
    const { page } = game;
    await page.waitForSelector('#kiosk-attract');
    const sound = () => page.getAttribute('html', 'data-sound');
    expect(await sound()).toBe('waiting');
    await page.keyboard.press('Tab');
    expect(await sound()).toBe('waiting');
    await page.touchscreen.tap(320, 200);
    await page.waitForFunction(() => document.documentElement.dataset.sound !== 'waiting');
    // Headless Chromium has Web Audio; elsewhere 'unavailable' is the honest answer.
    expect(['on', 'unavailable']).toContain(await sound());
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('mute is a setting like any other, and it is kept', async () => {
    const game = await openGame('?lang=en', { width: 640, height: 420 }, { touch: true });
    const { page } = game;
    await page.waitForSelector('#settings-button');
    await page.tap('#settings-button');
    await page.tap('#settings-mute');
    expect(await page.getAttribute('html', 'data-sound')).toBe('muted');
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('punktestand.settings'))) ?? '{}').muted).toBe(true);
    expect(game.errors).toEqual([]);
    await game.close();
  });
});
