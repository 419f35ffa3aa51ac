// The production build ships its own Phaser entry (src/vendor/phaser.cjs), which
// requires files under node_modules/phaser/src/ that are not part of Phaser's
// public exports. Phaser is pinned to one exact version, and this test holds
// the entry against the package's own: an upgrade that moves, renames or adds
// a part fails here, with the difference listed, not in a player's browser.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import viteConfig from '../../vite.config';

const root = fileURLToPath(new URL('../..', import.meta.url));
const phaserDir = join(root, 'node_modules', 'phaser');
const phaserPackage = JSON.parse(readFileSync(join(phaserDir, 'package.json'), 'utf8')) as { version: string; main: string };
const ownPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; dependencies?: Record<string, string> }>;
};

/** What the custom entry leaves out of Phaser's namespace, on purpose (the game uses none of it). */
const LEFT_OUT = ['Physics', 'Tilemaps'];

interface Entry {
  /** Namespace key → file it requires, relative to node_modules/phaser/src (no extension). */
  parts: Map<string, string>;
  /** Every require in the file, relative to node_modules/phaser/src. */
  requires: string[];
  /** Parts added under a feature flag, e.g. `Phaser.Sound` under FEATURE_SOUND. */
  flagged: Map<string, string>;
}

/** Reads an entry file's requires, resolved to paths inside phaser/src. */
function readEntry(file: string): Entry {
  const source = readFileSync(file, 'utf8');
  const srcDir = join(phaserDir, 'src');
  const inSrc = (spec: string) => relative(srcDir, join(dirname(file), spec)).split('\\').join('/');
  const requires = [...source.matchAll(/require\('([^']+)'\)/g)].map((m) => inSrc(m[1] ?? ''));
  const parts = new Map([...source.matchAll(/^\s*(\w+): require\('([^']+)'\)/gm)].map((m) => [m[1] ?? '', inSrc(m[2] ?? '')]));
  const flagged = new Map([...source.matchAll(/Phaser\.(\w+) = require\('([^']+)'\)/g)].map((m) => [m[1] ?? '', inSrc(m[2] ?? '')]));
  return { parts, requires, flagged };
}

const packageEntryFile = join(phaserDir, phaserPackage.main);
const customEntryFile = join(root, 'src', 'vendor', 'phaser.cjs');
const packageEntry = readEntry(packageEntryFile);
const customEntry = readEntry(customEntryFile);

describe('Phaser is pinned', () => {
  it('to one exact version in package.json, the lockfile and node_modules', () => {
    const wanted = ownPackage.dependencies.phaser;
    expect(wanted, 'package.json must name an exact Phaser version (no ^ or ~): the custom entry depends on its file layout').toMatch(/^\d+\.\d+\.\d+$/);
    expect(lock.packages['']?.dependencies?.phaser).toBe(wanted);
    expect(lock.packages['node_modules/phaser']?.version).toBe(wanted);
    expect(phaserPackage.version, 'node_modules holds another Phaser than package.json names: run npm install').toBe(wanted);
  });
});

describe('the custom Phaser entry (src/vendor/phaser.cjs) against the package’s own', () => {
  it('reads the package’s own entry from its "main" field, and finds its parts', () => {
    expect(existsSync(packageEntryFile), `Phaser's main entry ${phaserPackage.main} is gone`).toBe(true);
    // A change of format (not `Key: require('./x')` lines) would leave nothing to compare.
    expect(packageEntry.parts.size).toBeGreaterThan(20);
    expect(customEntry.parts.size).toBeGreaterThan(20);
  });

  it('leaves out exactly Physics and Tilemaps, and adds nothing', () => {
    const inPackage = [...packageEntry.parts.keys()];
    const inCustom = [...customEntry.parts.keys()];
    const leftOut = inPackage.filter((k) => !customEntry.parts.has(k));
    const added = inCustom.filter((k) => !packageEntry.parts.has(k));
    expect(
      { leftOut, added },
      `Phaser's own entry and src/vendor/phaser.cjs differ in more than ${LEFT_OUT.join(' and ')}: update the custom entry after a Phaser upgrade`,
    ).toEqual({ leftOut: LEFT_OUT, added: [] });
  });

  it('requires every part from the same file as the package’s own entry', () => {
    const moved = [...customEntry.parts].filter(([key, file]) => packageEntry.parts.get(key) !== file);
    expect(moved.map(([key, file]) => `${key}: custom ${file}, Phaser's own ${packageEntry.parts.get(key)}`)).toEqual([]);
    expect([...customEntry.flagged]).toEqual([...packageEntry.flagged]);
  });

  it('requires nothing the package’s own entry does not, and every file it requires exists', () => {
    const leftOutFiles = LEFT_OUT.map((k) => packageEntry.parts.get(k));
    expect(customEntry.requires.filter((f) => !packageEntry.requires.includes(f))).toEqual([]);
    expect(packageEntry.requires.filter((f) => !customEntry.requires.includes(f))).toEqual(leftOutFiles);
    const requireFromCustom = createRequire(customEntryFile);
    const missing = customEntry.requires.filter((f) => {
      try {
        requireFromCustom.resolve(join(phaserDir, 'src', f));
        return false;
      } catch {
        return true;
      }
    });
    expect(missing, 'files under node_modules/phaser/src that src/vendor/phaser.cjs requires are gone').toEqual([]);
  });

  it('is enough for the game: no source file uses what it leaves out, or Phaser’s sound', () => {
    const sources = import.meta.glob('../../src/**/*.ts', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
    const uses = /Phaser\.(Physics|Tilemaps|Sound)\b|\bthis\.(physics|sound)\b|\.(add|make)\.tilemap\b|\bgame\.sound\b/;
    expect(Object.keys(sources).length).toBeGreaterThan(50);
    const offenders = Object.entries(sources).filter(([, text]) => uses.test(text)).map(([file]) => file);
    expect(offenders).toEqual([]);
  });
});

describe('the build’s Phaser flags', () => {
  it('turn Phaser’s sound off (the game sets noAudio and plays its own Web Audio) and keep WebGL only', () => {
    const config = typeof viteConfig === 'function' ? viteConfig({ command: 'build', mode: 'production' }) : viteConfig;
    const define = (config as { define?: Record<string, string> }).define ?? {};
    expect(define['typeof FEATURE_SOUND']).toBe('false');
    expect(define['typeof WEBGL_RENDERER']).toBe('true');
    expect(define['typeof CANVAS_RENDERER']).toBe('false');
    expect(readFileSync(join(root, 'src', 'game.ts'), 'utf8')).toMatch(/audio:\s*\{\s*noAudio:\s*true\s*\}/);
  });
});
