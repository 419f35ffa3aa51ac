// Broken level files, served to the real page as a museum technician might
// leave them: each shows its own message in the page, naming file and field;
// none starts a game; nothing from a file is ever inserted as HTML.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { BROKEN_LEVELS, type BrokenLevelCase } from '../fixtures/levels/cases';
import { closeBrowser, openGame } from './harness';

afterAll(closeBrowser);

const base = {
  district: readFileSync(new URL('../fixtures/levels/base-district.json', import.meta.url), 'utf8'),
  catalogue: readFileSync(new URL('../fixtures/levels/base-catalogue.json', import.meta.url), 'utf8'),
};

function brokenText(c: BrokenLevelCase): string {
  const text = base[c.file];
  if (c.text) return c.text(text);
  const json = JSON.parse(text);
  c.mutate?.(json);
  return JSON.stringify(json);
}

const MARKUP = '<img src=x onerror="window.__pwned=1">';
const cases: BrokenLevelCase[] = [
  ...BROKEN_LEVELS,
  {
    name: 'markup in a station kind is shown as text, never run',
    file: 'district',
    mutate: (j) => {
      j.stations[3].kind = MARKUP;
    },
    expected: ['levels/district-1.json:', 'stations[3].kind must be one of', MARKUP],
  },
];

describe('broken level files in the page', () => {
  it(`${cases.length} broken files each give their own message and never start a game`, async () => {
    const game = await openGame('?lang=en');
    const { page } = game;
    let current = cases[0]!;
    await page.route(/\/levels\/(district-1|catalogue)\.json/, (route) => {
      const file = route.request().url().includes('catalogue') ? 'catalogue' : 'district';
      const body = file === current.file ? brokenText(current) : base[file];
      return route.fulfill({ status: 200, contentType: 'application/json', body });
    });
    const seen = new Map<string, string>();
    for (const c of cases) {
      current = c;
      await page.reload();
      await page.waitForSelector('#level-errors');
      const messages = await page.$$eval('#level-errors li', (items) => items.map((li) => li.textContent ?? ''));
      const match = messages.find((m) => c.expected.every((part) => m.includes(part)));
      expect(match, `${c.name}: got ${JSON.stringify(messages)}`).toBeDefined();
      expect(seen.get(match!), `${c.name} repeats the message of another case: ${match}`).toBeUndefined();
      seen.set(match!, c.name);
      expect(await page.isVisible('#start-button'), c.name).toBe(false);
      expect(await page.$$eval('#level-errors img', (imgs) => imgs.length), c.name).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), c.name).toBeUndefined();
    }
    await game.close();
  });
});
