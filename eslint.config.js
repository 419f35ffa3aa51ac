import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Folders and files outside src/core that the core must never import, at any
 * depth: the store, the Phaser scenes and objects, the DOM overlay, the kiosk,
 * the workshop pages, sound, input, art, level loading (fetch) and the browser
 * entry points. tests/unit/corePurity.test.ts lints probes against them.
 */
const CORE_FORBIDDEN_FOLDERS = [
  'store', 'scenes', 'objects', 'ui', 'kiosk', 'workshop', 'audio', 'input', 'art', 'levels', 'vendor', 'testing',
  'main', 'settingsStore', 'urlParams', 'debrief',
];

/** The only packages src/core may import. */
const CORE_PACKAGES = ['valibot'];

/**
 * Data tables outside src/core that the core shares with the views (the
 * source labels' words, used by the source check's rules). Each must import
 * nothing but types from src/core; tests/unit/corePurity.test.ts checks that.
 */
export const CORE_SHARED_DATA = ['src/content/labels.ts'];

/**
 * A second net under the patterns: every import of a file in src/core must
 * resolve to a file in src/core (or be one of CORE_PACKAGES), whatever its
 * name or depth. Catches `../../game` and any folder added later.
 */
const coreStaysInside = {
  meta: { type: 'problem', schema: [], messages: { outside: "src/core must stay pure: '{{source}}' is outside src/core. Move the rule into the core, or pass what it needs in as an argument." } },
  create(context) {
    const root = path.dirname(fileURLToPath(import.meta.url));
    const coreDir = path.join(root, 'src', 'core');
    const shared = CORE_SHARED_DATA.map((file) => path.join(root, file).replace(/\.ts$/, ''));
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string') return;
      const resolved = path.resolve(path.dirname(context.filename), source);
      const inside = source.startsWith('.')
        ? resolved.startsWith(coreDir + path.sep) || shared.includes(resolved.replace(/\.ts$/, ''))
        : CORE_PACKAGES.some((name) => source === name || source.startsWith(`${name}/`));
      if (!inside) context.report({ node: node.source, messageId: 'outside', data: { source } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', TextEncoder: 'readonly' } },
  },
  {
    // The rules core stays pure, so any day can be replayed from its seed and
    // its log and tested in Node: no Phaser, no store, no DOM, no clock, no
    // randomness but the seeded one (src/core/rng.ts). The import patterns
    // match at any depth, so a file in src/core/a/b/ is held to them too.
    files: ['src/core/**/*.ts'],
    plugins: { punktestand: { rules: { 'core-stays-inside': coreStaysInside } } },
    rules: {
      'punktestand/core-stays-inside': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['phaser', 'phaser/**', 'zustand', 'zustand/**'],
              message: 'src/core must stay pure: no Phaser, no zustand (the store and the views ask the core, never the other way round).',
            },
            {
              group: CORE_FORBIDDEN_FOLDERS.flatMap((name) => [`**/${name}`, `**/${name}/**`, `**/${name}.ts`]),
              message: 'src/core must stay pure: it imports only src/core and plain libraries (valibot), never the store, the views, the DOM overlay, the kiosk or the browser glue.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'self', 'globalThis', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'history'].map((name) => ({
          name,
          message: 'src/core must not touch the browser: pass what a rule needs in as an argument.',
        })),
        ...['performance', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'requestAnimationFrame', 'requestIdleCallback', 'queueMicrotask'].map((name) => ({
          name,
          message: 'src/core must not read a clock or schedule work: time is an argument (the day clock), so a replay gives the same answer.',
        })),
        ...['crypto', 'fetch', 'XMLHttpRequest', 'Worker'].map((name) => ({
          name,
          message: 'src/core must be deterministic and offline: randomness comes from the seeded RNG (src/core/rng.ts), data is passed in.',
        })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded RNG (src/core/rng.ts): Math.random breaks replay from a seed.' },
        { object: 'Date', property: 'now', message: 'src/core must not read the clock: pass the time in.' },
        { object: 'crypto', property: 'getRandomValues', message: 'Use the seeded RNG (src/core/rng.ts).' },
        { object: 'crypto', property: 'randomUUID', message: 'Use the seeded RNG (src/core/rng.ts).' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'src/core must not read the clock: new Date() is now; pass the time in.' },
        { selector: "CallExpression[callee.name='Date']", message: 'src/core must not read the clock: Date() is now as text; pass the time in.' },
        { selector: 'ImportExpression', message: 'src/core loads nothing at run time: import statically, so the import rules above can check it.' },
      ],
    },
  },
);
