// The rules core stays pure by construction: a file anywhere in src/core, even
// two folders deep, that imports the store or a view, or reads the clock or
// Math.random, fails the lint (and so `npm test`). The probes are linted as
// text with a file path in src/core, so nothing is written to disk.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { CORE_SHARED_DATA } from '../../eslint.config.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });
/** Two folders below src/core: the depth the old patterns missed. */
const probePath = join(root, 'src', 'core', 'x', 'y', 'probe.ts');

/** The rule ids ESLint reports for `code` as if it were src/core/x/y/probe.ts. */
async function lintProbe(code: string, filePath = probePath): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error('ESLint returned no result');
  // A parse error (no rule id) would make every "expect an error" pass for the wrong reason.
  expect(result.messages.filter((m) => m.fatal)).toEqual([]);
  return result.messages.map((m) => m.ruleId ?? 'none');
}

describe('src/core stays pure at any depth', () => {
  it('lints a clean probe without a message (the probe path itself is linted, not ignored)', async () => {
    const ok = "import { Random } from '../../rng';\nimport * as v from 'valibot';\nexport const probe = (seed: number) => [new Random(seed), v.string(), new Date(0)];\n";
    expect(await lintProbe(ok)).toEqual([]);
  });

  it.each([
    ['the store', "import { createGameStore } from '../../../store/gameStore';\nexport const probe = createGameStore;\n"],
    ['a Phaser view', "import { PatrolView } from '../../../objects/PatrolView';\nexport const probe = PatrolView;\n"],
    ['a scene', "import type { CityScene } from '../../../scenes/CityScene';\nexport type Probe = CityScene;\n"],
    ['the DOM overlay', "export { mountUi } from '../../../ui/app';\n"],
    ['the kiosk', "export * from '../../../kiosk/controller';\n"],
    ['the game entry (by no listed folder name)', "import { createGame } from '../../../game';\nexport const probe = createGame;\n"],
    ['Phaser', "import Phaser from 'phaser';\nexport const probe = Phaser;\n"],
    ['zustand', "import { createStore } from 'zustand/vanilla';\nexport const probe = createStore;\n"],
  ])('refuses an import of %s', async (_what, code) => {
    const rules = await lintProbe(code);
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((r) => r === 'no-restricted-imports' || r === 'punktestand/core-stays-inside')).toBe(true);
  });

  it.each([
    ['Math.random', 'export const probe = () => Math.random();', 'no-restricted-properties'],
    ['Math.random taken apart', 'const { random } = Math;\nexport const probe = random;', 'no-restricted-properties'],
    ['Date.now', 'export const probe = () => Date.now();', 'no-restricted-properties'],
    ['new Date()', 'export const probe = () => new Date();', 'no-restricted-syntax'],
    ['performance.now', 'export const probe = () => performance.now();', 'no-restricted-globals'],
    ['setTimeout', 'export const probe = (f: () => void) => setTimeout(f, 10);', 'no-restricted-globals'],
    ['setInterval', 'export const probe = (f: () => void) => setInterval(f, 10);', 'no-restricted-globals'],
    ['requestAnimationFrame', 'export const probe = (f: () => void) => requestAnimationFrame(f);', 'no-restricted-globals'],
    ['window', 'export const probe = () => window.innerWidth;', 'no-restricted-globals'],
    ['document', "export const probe = () => document.getElementById('ui');", 'no-restricted-globals'],
    ['localStorage', "export const probe = () => localStorage.getItem('x');", 'no-restricted-globals'],
    ['navigator', 'export const probe = () => navigator.language;', 'no-restricted-globals'],
    ['crypto.getRandomValues', 'export const probe = () => crypto.getRandomValues(new Uint32Array(1));', 'no-restricted-globals'],
    ['a dynamic import', "export const probe = () => import('../../rng');", 'no-restricted-syntax'],
  ])('refuses %s', async (_what, code, rule) => {
    expect(await lintProbe(code)).toContain(rule);
  });

  it('holds one folder deep and at the top of src/core too', async () => {
    const code = "import { createGameStore } from '../../store/gameStore';\nexport const probe = () => [createGameStore, Math.random()];\n";
    expect(await lintProbe(code, join(root, 'src', 'core', 'x', 'probe.ts'))).toEqual(
      expect.arrayContaining(['no-restricted-imports', 'punktestand/core-stays-inside', 'no-restricted-properties']),
    );
    const top = "import { createGameStore } from '../store/gameStore';\nexport const probe = createGameStore;\n";
    expect(await lintProbe(top, join(root, 'src', 'core', 'probe.ts'))).toContain('no-restricted-imports');
  });

  it('lets the core use the shared data tables, which import nothing but core types', async () => {
    expect(await lintProbe("import { CHECK_LABELS } from '../../../content/labels';\nexport const probe = CHECK_LABELS;\n")).toEqual([]);
    // A neighbour of the shared table is still outside.
    expect(await lintProbe("import { FACTS } from '../../../content/facts';\nexport const probe = FACTS;\n")).toContain('punktestand/core-stays-inside');
    for (const file of CORE_SHARED_DATA) {
      const imports = readFileSync(join(root, file), 'utf8').split('\n').filter((line) => /^\s*(import|export .* from)\b/.test(line));
      expect(imports.filter((line) => !/^import type .* from '\.\.\/core\//.test(line)), file).toEqual([]);
    }
  });

  it('leaves code outside src/core alone (the views may use the clock and the store)', async () => {
    const code = "import { createGameStore } from '../store/gameStore';\nexport const probe = () => [createGameStore, Math.random(), Date.now(), window.innerWidth];\n";
    expect(await lintProbe(code, join(root, 'src', 'objects', 'probe.ts'))).toEqual([]);
  });
});
