// The simple text level (issue 19): as complete as the standard one, the same
// placeholders and lists, and measurably easier: the mean sentence of the
// simple level's running text is at most 11 words and none is longer than 18,
// in both languages. The figures of both levels are printed for the README.
import { describe, expect, it } from 'vitest';
import { measure, sentencesOf, stringsIn, syllables, wordsOf, type Readability } from '../../src/i18n/readability';
import type { Lang, TextLevel } from '../../src/i18n';
import { ALL_TEXTS, SIMPLE_TEXTS, TEXTS_AT } from './helpers/texts';
import { cardTexts, contentTexts } from './helpers/contentTexts';

const LANGS = ['en', 'de'] as const;
const MEAN_LIMIT = 11;
const LONGEST_LIMIT = 18;

/** Every leaf text with its dot path. */
function leaves(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (Array.isArray(node)) return node.flatMap((v, i) => leaves(v, `${path}.${i}`));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().filter((p, i, all) => all.indexOf(p) === i);

/** All a player can read at one level in one language: the screens' texts, the cards, the statements. */
function everything(level: TextLevel, lang: Lang): string[] {
  return [...stringsIn(TEXTS_AT[level][lang]), ...contentTexts(level, lang)];
}

describe('the simple level is complete', () => {
  for (const lang of LANGS) {
    it(`${lang}: every standard text has a simple one with the same placeholders, and nothing more`, () => {
      const standard = new Map(leaves(ALL_TEXTS[lang]));
      const simple = new Map(leaves(SIMPLE_TEXTS[lang]));
      expect([...standard.keys()].filter((k) => !simple.has(k))).toEqual([]);
      expect([...simple.keys()].filter((k) => !standard.has(k))).toEqual([]);
      const mismatched = [...standard].filter(([k, v]) => placeholders(v).join() !== placeholders(simple.get(k) ?? '').join()).map(([k]) => k);
      expect(mismatched).toEqual([]);
      // Empty on purpose (an action without a phone message) in both, or in neither.
      const empty = [...standard].filter(([k, v]) => (v.trim() === '') !== (simple.get(k)?.trim() === '')).map(([k]) => k);
      expect(empty).toEqual([]);
    });

    it(`${lang}: every card and statement has its simple form`, () => {
      const standard = contentTexts('standard', lang);
      const simple = contentTexts('simple', lang);
      expect(simple.length).toBe(standard.length);
      expect(simple.filter((t) => t.trim() === '')).toEqual([]);
    });
  }
});

describe('readability, measured', () => {
  const figures: Record<TextLevel, Record<Lang, Readability>> = {
    standard: { en: measure(everything('standard', 'en'), 'en'), de: measure(everything('standard', 'de'), 'de') },
    simple: { en: measure(everything('simple', 'en'), 'en'), de: measure(everything('simple', 'de'), 'de') },
  };
  // For the README's table (npx vitest run --project unit tests/unit/plainLanguage.test.ts).
  console.table(
    (['standard', 'simple'] as const).flatMap((level) =>
      LANGS.map((lang) => {
        const f = figures[level][lang];
        return {
          level,
          lang,
          texts: f.texts,
          sentences: f.sentences,
          'mean words': f.meanSentenceWords.toFixed(1),
          longest: f.longestSentenceWords,
          index: `${lang === 'en' ? 'Flesch' : 'WSTF'} ${f.index.toFixed(1)}`,
        };
      }),
    ),
  );

  // The citizen file alone (the debrief's texts and the cards): the densest reading of the game.
  const fileTexts = (level: TextLevel, lang: Lang) => [...stringsIn(TEXTS_AT[level][lang].debrief), ...cardTexts(level, lang)];
  console.table(
    (['standard', 'simple'] as const).flatMap((level) =>
      LANGS.map((lang) => {
        const f = measure(fileTexts(level, lang), lang);
        return { part: 'citizen file', level, lang, 'mean words': f.meanSentenceWords.toFixed(1), longest: f.longestSentenceWords, index: f.index.toFixed(1) };
      }),
    ),
  );

  for (const lang of LANGS) {
    it(`${lang}: the simple level's mean sentence is at most ${MEAN_LIMIT} words and none is longer than ${LONGEST_LIMIT}`, () => {
      const f = figures.simple[lang];
      expect(f.meanSentenceWords).toBeLessThanOrEqual(MEAN_LIMIT);
      const tooLong = everything('simple', lang)
        .flatMap(sentencesOf)
        .filter((s) => wordsOf(s).length > LONGEST_LIMIT);
      expect(tooLong).toEqual([]);
    });

    it(`${lang}: the simple level reads easier than the standard one`, () => {
      const simple = figures.simple[lang];
      const standard = figures.standard[lang];
      expect(simple.meanSentenceWords).toBeLessThan(standard.meanSentenceWords);
      // Flesch: higher is easier. Wiener Sachtextformel: a school grade, lower is easier.
      if (lang === 'en') expect(simple.index).toBeGreaterThan(standard.index);
      else expect(simple.index).toBeLessThan(standard.index);
    });
  }
});

describe('the measure itself', () => {
  it('counts syllables as groups of vowels, umlauts included, a silent English e not', () => {
    expect(syllables('Gesichtserkennung', 'de')).toBe(5);
    expect(syllables('Schranke', 'de')).toBe(2);
    expect(syllables('Bürger', 'de')).toBe(2);
    expect(syllables('recognition', 'en')).toBe(4);
    expect(syllables('gate', 'en')).toBe(1);
    expect(syllables('people', 'en')).toBe(2);
  });

  it('ends a sentence at . ! ? and ;, but not after an abbreviation or at a colon', () => {
    expect(sentencesOf('The AI Act, Art. 5, bans it. Really? Yes; twice!')).toEqual(['The AI Act, Art. 5, bans it.', 'Really?', 'Yes;', 'twice!']);
    expect(sentencesOf('Gate closed: your grade is too low.')).toHaveLength(1);
    expect(sentencesOf('z. B. eine Kamera. Dann {name}.')).toEqual(['z. B. eine Kamera.', 'Dann X.']);
  });

  it('counts buttons and names apart from running text, and a long sentence as long', () => {
    const f = measure(['Start the day', 'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen.'], 'en');
    expect(f.texts).toBe(1);
    expect(f.longestSentenceWords).toBe(19);
  });
});
