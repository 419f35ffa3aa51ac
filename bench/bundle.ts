// JavaScript at start: how it is split into parts, its budgets, and which
// built files make it up, read from dist/ without a browser.
//
// The budgets on size do not move with the machine's load, so they are held
// by `npm test` (tests/unit/bundleBudget.test.ts, after `vite build`); the
// bench measures the same figure in Chromium (what the page really loaded up
// to its first city frame) beside the timing budgets.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** KB gzip -9 of the JavaScript loaded up to the first city frame. */
export const BUNDLE_BUDGET_KB = { all: 420, own: 60 } as const;

export type BundlePart = 'phaser' | 'libraries' | 'game';

export interface BundleFile {
  file: string;
  part: BundlePart;
  bytes: number;
  gzip: number;
}

export interface BundleFigures {
  files: BundleFile[];
  phaserGzip: number;
  librariesGzip: number;
  gameGzip: number;
  totalGzip: number;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** A chunk's part, from the names vite.config.ts gives (phaser, vendor) and the bundler's own runtime. */
export function partOf(name: string): BundlePart {
  return name.startsWith('phaser') ? 'phaser' : name.startsWith('vendor') || name.startsWith('rolldown') ? 'libraries' : 'game';
}

/** Sizes of the named files in dist/assets, summed by part (KB gzip -9, one decimal). */
export function bundleFigures(distDir: string, names: string[]): BundleFigures {
  const files = names.map((name): BundleFile => {
    const source = readFileSync(join(distDir, 'assets', name));
    return { file: name, part: partOf(name), bytes: source.length, gzip: gzipSync(source, { level: 9 }).length };
  });
  const sum = (part?: BundlePart) => round(files.filter((f) => !part || f.part === part).reduce((s, f) => s + f.gzip, 0) / 1024);
  return { files, phaserGzip: sum('phaser'), librariesGzip: sum('libraries'), gameGzip: sum('game'), totalGzip: sum() };
}

/**
 * The chunks the page fetches on the way to its first city frame, besides the
 * entry and everything it imports statically: the city itself (src/game.ts,
 * with Phaser) and the core texts of the language in use (src/i18n/en.ts or
 * de.ts). Everything else (debrief, desk, settings, workshop, kiosk, their
 * texts) is fetched later. The crowd's worker script starts with the city but
 * is not a page script; like the bench, the figure leaves it out.
 */
export const START_CHUNKS = { city: /^game-[\w-]+\.js$/, texts: { en: /^texts-en-[\w-]+\.js$/, de: /^texts-de-[\w-]+\.js$/ } } as const;

const staticImports = (code: string) => [...code.matchAll(/(?:\bfrom|\bimport)\s*["'`]\.\/([\w.-]+\.js)["'`]/g)].map((m) => m[1] ?? '');
const dynamicImports = (code: string) => [...code.matchAll(/\bimport\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)/g)].map((m) => m[1] ?? '');

/**
 * The files (in dist/assets) loaded at start for each language, worked out
 * from the build: index.html's entry script and module preloads, every static
 * import from there on, and the START_CHUNKS among the dynamic imports.
 * Throws when the build no longer looks as expected, so the budget test
 * fails loudly instead of measuring too little.
 */
export function startScripts(distDir: string): Record<'en' | 'de', string[]> {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<(?:script type="module"[^>]*\ssrc|link rel="modulepreload"[^>]*\shref)="\.\/assets\/([\w.-]+\.js)"/g)].map((m) => m[1] ?? '');
  if (entries.length === 0) throw new Error('dist/index.html loads no module script from ./assets/');
  const code = new Map<string, string>();
  const read = (name: string) => {
    let text = code.get(name);
    if (text === undefined) {
      const file = join(distDir, 'assets', name);
      if (!existsSync(file)) throw new Error(`dist/assets/${name} is imported but missing`);
      text = readFileSync(file, 'utf8');
      code.set(name, text);
    }
    return text;
  };
  /** `roots` and every file they import statically, in load order. */
  const closure = (roots: string[]) => {
    const seen = new Set<string>();
    const visit = (name: string) => {
      if (seen.has(name)) return;
      seen.add(name);
      staticImports(read(name)).forEach(visit);
    };
    roots.forEach(visit);
    return [...seen];
  };
  const atLoad = closure(entries);
  const lazy = [...new Set(atLoad.flatMap((name) => dynamicImports(read(name))))];
  const find = (pattern: RegExp, from: string[], what: string) => {
    const found = from.filter((name) => pattern.test(name));
    if (found.length !== 1) throw new Error(`expected one ${what} chunk (${pattern}) among the dynamic imports, found ${found.length}: ${found.join(', ') || 'none'} (bench/bundle.ts START_CHUNKS)`);
    return found[0] ?? '';
  };
  const city = find(START_CHUNKS.city, lazy, 'city');
  // The texts are imported from the i18n chunk, which the entry loads statically.
  const lazyAfterCity = [...new Set(closure([...atLoad, city]).flatMap((name) => dynamicImports(read(name))))];
  const forLang = (lang: 'en' | 'de') => closure([...atLoad, city, find(START_CHUNKS.texts[lang], lazyAfterCity, `${lang} texts`)]);
  return { en: forLang('en'), de: forLang('de') };
}
