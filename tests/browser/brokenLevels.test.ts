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

/** Pages checking cases side by side: each reload mostly waits on parsing and the network, not on the other pages. */
const PAGES = 4;

interface Outcome {
  index: number;
  messages: string[];
  startVisible: boolean;
  images: number;
  pwned: number | undefined;
}

/** Serves each case's broken file to one page of its own, reloads, and reads what the page shows. */
async function checkCases(queue: number[]): Promise<Outcome[]> {
  const game = await openGame('?lang=en');
  const { page } = game;
  let current = cases[0]!;
  await page.route(/\/levels\/(district-1|catalogue)\.json/, (route) => {
    const file = route.request().url().includes('catalogue') ? 'catalogue' : 'district';
    const body = file === current.file ? brokenText(current) : base[file];
    return route.fulfill({ status: 200, contentType: 'application/json', body });
  });
  const outcomes: Outcome[] = [];
  for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
    current = cases[index]!;
    await page.reload();
    await page.waitForSelector('#level-errors');
    outcomes.push({
      index,
      messages: await page.$$eval('#level-errors li', (items) => items.map((li) => li.textContent ?? '')),
      startVisible: await page.isVisible('#start-button'),
      images: await page.$$eval('#level-errors img', (imgs) => imgs.length),
      pwned: await page.evaluate(() => window.__pwned),
    });
  }
  await game.close();
  return outcomes;
}

describe('broken level files in the page', () => {
  it(`${cases.length} broken files each give their own message and never start a game`, async () => {
    // One queue, several pages taking the next case as they finish: every case is still its own page load.
    const queue = cases.map((_, index) => index);
    const outcomes = (await Promise.all(Array.from({ length: PAGES }, () => checkCases(queue)))).flat().sort((a, b) => a.index - b.index);
    expect(outcomes.map((o) => o.index)).toEqual(cases.map((_, index) => index));
    const seen = new Map<string, string>();
    for (const [index, c] of cases.entries()) {
      const { messages, startVisible, images, pwned } = outcomes[index]!;
      const match = messages.find((m) => c.expected.every((part) => m.includes(part)));
      expect(match, `${c.name}: got ${JSON.stringify(messages)}`).toBeDefined();
      expect(seen.get(match!), `${c.name} repeats the message of another case: ${match}`).toBeUndefined();
      seen.set(match!, c.name);
      expect(startVisible, c.name).toBe(false);
      expect(images, c.name).toBe(0);
      expect(pwned, c.name).toBeUndefined();
    }
  });
});
