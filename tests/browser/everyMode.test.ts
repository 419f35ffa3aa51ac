// Privacy, mode by mode: every way the game can be opened (play, kiosk,
// workshop set-up and lesson material, a workshop day, the class view, the
// control desk) must load its screen without a console error, without a single
// request to another host, and without storing anything but what the README
// names for that mode.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openGame } from './harness';

afterAll(closeBrowser);

/** What each mode may keep in localStorage (README, "Privacy"). */
const ALLOWED_KEYS = ['punktestand.settings', 'punktestand.resume', 'punktestand.kiosk.today', 'punktestand.kiosk.staff'];

const MODES: { name: string; query: string; ready: string }[] = [
  { name: 'play', query: '?lang=en', ready: '#start-button' },
  { name: 'kiosk (attract loop)', query: '?mode=kiosk&lang=de', ready: '#kiosk-attract' },
  { name: 'workshop set-up', query: '?mode=workshop&lang=en', ready: '#workshop-link' },
  { name: 'workshop lesson material', query: '?mode=workshop&page=guide&lang=de', ready: '#guide-title' },
  { name: 'workshop day', query: '?mode=workshop&lang=en&min=3', ready: '#workshop-banner' },
  { name: 'class view', query: '?mode=class&lang=en', ready: '#class-codes' },
  { name: 'control desk', query: '?mode=desk&lang=de', ready: '#desk-start' },
];

describe('every mode keeps to itself', () => {
  for (const mode of MODES) {
    it(`${mode.name}: loads with no foreign request, no error, and stores nothing unexpected`, async () => {
      const game = await openGame(mode.query);
      const { page } = game;
      await page.waitForSelector(mode.ready, { timeout: 60_000 });
      // Let late requests (fonts, chunks, level files, a service worker) happen.
      await page.waitForLoadState('networkidle');
      const stored = await page.evaluate(() => Object.keys(window.localStorage));
      const cookies = await page.context().cookies();
      expect(stored.filter((key) => !ALLOWED_KEYS.includes(key))).toEqual([]);
      expect(cookies).toEqual([]);
      expect(game.foreignRequests).toEqual([]);
      expect(game.errors).toEqual([]);
      await game.close();
    });
  }
});
