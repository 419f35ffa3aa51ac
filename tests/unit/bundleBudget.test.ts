// The size budgets of README "Performance" (#5), held by `npm test`: sizes do
// not depend on how busy the machine is, so they can fail a build. The files
// are worked out from dist/ (bench/bundle.ts), so `vite build` must run first
// (`npm test` and `npm run test:unit` do). The timing budgets stay in
// `npm run bench`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLE_BUDGET_KB, bundleFigures, startScripts } from '../../bench/bundle';

const dist = join(fileURLToPath(new URL('../..', import.meta.url)), 'dist');

describe('JavaScript at start, gzip -9 (the built game in dist/)', () => {
  it('has a build to measure', () => {
    expect(existsSync(join(dist, 'index.html')), 'dist/index.html is missing: run `npx vite build` first').toBe(true);
  });

  const lists = existsSync(join(dist, 'index.html')) ? startScripts(dist) : null;

  it.each(['en', 'de'] as const)(`with %s texts stays within the budgets: all ≤ ${BUNDLE_BUDGET_KB.all} KB, own code ≤ ${BUNDLE_BUDGET_KB.own} KB`, (lang) => {
    if (!lists) throw new Error('no build in dist/');
    const figures = bundleFigures(dist, lists[lang]);
    const table = figures.files.map((f) => `${f.file} (${f.part}) ${(f.gzip / 1024).toFixed(1)} KB`).join('\n');
    // The files loaded at start must include Phaser, the libraries and the game's own code.
    expect(new Set(figures.files.map((f) => f.part))).toEqual(new Set(['phaser', 'libraries', 'game']));
    expect(figures.totalGzip, `all JavaScript at start is over budget:\n${table}`).toBeLessThanOrEqual(BUNDLE_BUDGET_KB.all);
    expect(figures.gameGzip, `the game's own JavaScript at start is over budget:\n${table}`).toBeLessThanOrEqual(BUNDLE_BUDGET_KB.own);
  });

  it('counts only what the first city frame needs: no debrief, desk, settings, workshop or kiosk chunk', () => {
    if (!lists) throw new Error('no build in dist/');
    const later = /^(endScreen|deskScreen|DeskScene|settingsPanel|setup|boot|playerHooks|loadDesk|texts-(debrief|desk|workshop|kiosk)-)/;
    expect(lists.en.filter((name) => later.test(name))).toEqual([]);
    expect(lists.en.some((name) => name.startsWith('texts-de-'))).toBe(false);
  });
});
