// Both languages complete: every text key in English exists in German and the
// other way round, placeholders match, and a spot-check of common English
// words finds none left in the German texts.
import { describe, expect, it } from 'vitest';
import { formatDelta, formatNumber, LANGUAGES, translate } from '../../src/i18n';
import { ALL_TEXTS } from './helpers/texts';

/** Every leaf text with its dot path (list items as path.0, path.1, …). */
function leaves(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (Array.isArray(node)) return node.flatMap((v, i) => leaves(v, `${path}.${i}`));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}

const en = new Map(leaves(ALL_TEXTS.en));
const de = new Map(leaves(ALL_TEXTS.de));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/**
 * English words that have no business in a German sentence. Whole words only,
 * case-sensitive for the short ones, so German "die" or "was" never trip it.
 */
const ENGLISH_WORDS = ['the', 'and', 'you', 'your', 'with', 'press', 'walk', 'Settings', 'sound', 'volume', 'please', 'click', 'errand', 'Errands', 'nothing', 'which', 'this', 'that', 'are', 'Pause the', 'Resume', 'Start the day', 'Close'];
/** Keys whose German text may hold English on purpose (titles of English sources, key names). */
const ALLOWED = [/^facts?\./, /^debrief\.(sources|research)\./, /\.keyName\./];

describe('translations', () => {
  it('every English text key exists in German, and every German key in English', () => {
    expect([...en.keys()].filter((k) => !de.has(k))).toEqual([]);
    expect([...de.keys()].filter((k) => !en.has(k))).toEqual([]);
  });

  it('no text is empty in one language only, and both languages use the same {placeholders}', () => {
    // Some texts are empty on purpose in both (an action without a phone message).
    const empty = [...en].filter(([k, v]) => (v.trim() === '') !== (de.get(k)?.trim() === '')).map(([k]) => k);
    expect(empty).toEqual([]);
    const mismatched = [...en].filter(([k, v]) => de.has(k) && placeholders(v).join() !== placeholders(de.get(k)!).join()).map(([k]) => k);
    expect(mismatched).toEqual([]);
  });

  it('no English words are left in the German texts (spot check)', () => {
    const found: string[] = [];
    for (const [key, text] of de) {
      if (ALLOWED.some((r) => r.test(key))) continue;
      const words = text.replace(/\{\w+\}/g, ''); // placeholders are names, not words
      for (const word of ENGLISH_WORDS) if (new RegExp(`\\b${word}\\b`).test(words)) found.push(`${key}: "${word}" in "${text.slice(0, 80)}"`);
    }
    expect(found).toEqual([]);
  });

  it('the spot check would catch an English text copied into German', () => {
    const text = en.get('settings.keysHelp')!;
    expect(ENGLISH_WORDS.some((w) => new RegExp(`\\b${w}\\b`).test(text))).toBe(true);
  });

  it('each language is named in its own language', () => {
    expect(LANGUAGES.de.name).toBe('Deutsch');
    expect(LANGUAGES.en.name).toBe('English');
  });

  it('numbers follow the language: German 1.234,5 and English 1,234.5', () => {
    expect(formatNumber('de', 1234.5)).toBe('1.234,5');
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
    expect(formatDelta('de', -1500)).toBe('−1.500');
    expect(translate('de', 'hud.scoreChanged', { score: 1050, delta: '+50' })).toContain('1.050');
  });
});
