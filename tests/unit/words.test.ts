// One set of words: the source labels come from one table
// (src/content/labels.ts) and no screen or translation file writes its own;
// the district's places (the lecture square, the platform gate, the control
// desk, the score) have one name each, in both languages.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FACTS } from '../../src/content/facts';
import { CHECK_LABELS, LABEL_HELP, LABEL_WORDS, SOURCE_LABELS } from '../../src/content/labels';
import { ALL_TEXTS, EVERY_TEXT } from './helpers/texts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    return statSync(path.join(root, rel)).isDirectory() ? filesUnder(rel) : rel.endsWith('.ts') ? [rel] : [];
  });
}

/** Every text of both languages, with its dot path. */
function leaves(node: unknown, at = ''): [string, string][] {
  if (typeof node === 'string') return [[at, node]];
  if (Array.isArray(node)) return node.flatMap((v, i) => leaves(v, `${at}.${i}`));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => leaves(v, at ? `${at}.${k}` : k));
  return [];
}

/** Label words screens used before the one table, and the table's own words. */
const OTHER_LABEL_WORDS = ['Report', 'Bericht', 'Claim', 'Behauptung', 'Fiction', 'Fiktion', 'Research', 'Forschung', 'Context', 'Kontext', 'Satire', 'Eigenangabe', 'Firmenangabe', 'company claim'];
const TABLE_WORDS = SOURCE_LABELS.flatMap((l) => [LABEL_WORDS[l].de, LABEL_WORDS[l].en]);

/** Screens and translation files: where a label word could be written by hand. */
const SCREEN_FILES = [...filesUnder('src/ui'), ...filesUnder('src/kiosk'), ...filesUnder('src/i18n'), ...filesUnder('src/debrief')];

describe('the label table', () => {
  it('has a word and a meaning for every label, in both languages, all different', () => {
    for (const lang of ['de', 'en'] as const) {
      const words = SOURCE_LABELS.map((l) => LABEL_WORDS[l][lang]);
      expect(new Set(words).size, lang).toBe(words.length);
      for (const l of SOURCE_LABELS) expect(LABEL_HELP[l][lang].length, `${lang} ${l}`).toBeGreaterThan(20);
    }
  });

  it('keeps the four words of the source check', () => {
    expect(CHECK_LABELS.map((l) => LABEL_WORDS[l].en)).toEqual(['Reported', 'Own claim', 'Opinion', 'Invented by the game']);
    expect(CHECK_LABELS.map((l) => LABEL_WORDS[l].de)).toEqual(['Berichtet', 'Eigene Angabe', 'Meinung', 'Vom Spiel erfunden']);
  });
});

describe('no screen writes its own label word', () => {
  it('no translation text is a label word (old or current): the screens take them from the table', () => {
    const forbidden = new Set([...OTHER_LABEL_WORDS, ...TABLE_WORDS].map((w) => w.toLowerCase()));
    const bad: string[] = [];
    for (const lang of ['de', 'en'] as const) {
      for (const [key, text] of leaves(EVERY_TEXT[lang])) if (forbidden.has(text.trim().toLowerCase())) bad.push(`${lang} ${key}: ${text}`);
    }
    expect(bad).toEqual([]);
  });

  it('no translation text uses the old names of the labels', () => {
    const bad: string[] = [];
    for (const lang of ['de', 'en'] as const) {
      for (const [key, text] of leaves(EVERY_TEXT[lang])) {
        if (/Firmenangabe|Eigenangabe|company claim\b|Fiktion|[“„]fiction[”“]/i.test(text)) bad.push(`${lang} ${key}: ${text}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('no screen file has a label word as a string literal, and every badge takes its word from the table', () => {
    // Case-sensitive: the words as a badge shows them; the lower-case ids ('claim', 'law') are keys, not words.
    const literal = new RegExp(`(['"\`])(${[...OTHER_LABEL_WORDS, ...TABLE_WORDS].map((w) => w.replace(/[()]/g, '\\$&')).join('|')})\\1`);
    const bad: string[] = [];
    for (const file of SCREEN_FILES) {
      const source = readFileSync(path.join(root, file), 'utf8');
      const hit = literal.exec(source);
      if (hit) bad.push(`${file}: ${hit[0]}`);
      // A label badge is a span with the class "kind kind-…"; its text must come from labelWord().
      if (/['"`](kiosk-kind|kind) kind-/.test(source) && !source.includes('labelWord(')) bad.push(`${file}: a badge without labelWord()`);
    }
    expect(SCREEN_FILES.length).toBeGreaterThan(20);
    expect(bad).toEqual([]);
  });

  it('no translation file keeps label keys of its own', () => {
    for (const lang of ['de', 'en'] as const) {
      const keys = leaves(EVERY_TEXT[lang]).map(([k]) => k);
      expect(keys.filter((k) => /(^|\.)(kind|kindHelp|labels)\./.test(k)), lang).toEqual([]);
    }
  });
});

describe('one name for each place of the district', () => {
  // The name every screen uses, and names that must not appear.
  const NAMES: { what: string; en: [RegExp, RegExp]; de: [RegExp, RegExp] }[] = [
    { what: 'the lecture place', en: [/lecture square/i, /lecture hall/i], de: [/Vorlesungsplatz/, /Hörsaal/] },
    { what: 'the gate', en: [/platform gate/i, /face gate|station gate|gates closed/i], de: [/Bahnsteigschranke/, /Gesichtsschranke|Bahnhofssperre|Schranken zu|Tor zum Bahnsteig|geschlossenen Tor/] },
    { what: 'the desk', en: [/control desk/i, /control room|operator desk/i], de: [/Kontrollpult/, /Kontrollraum|Leitstelle|Leitstand|Kontrolltisch/] },
    { what: 'the score', en: [/\bscore\b/i, /\bpoint total\b|\bcredit score\b/i], de: [/Punktestand/, /Punktzahl|Punktekonto|Score\b/] },
  ];

  for (const { what, en, de } of NAMES) {
    it(`${what}: used, and never under another name`, () => {
      for (const [lang, [name, other]] of [['en', en], ['de', de]] as const) {
        const texts = leaves(EVERY_TEXT[lang]);
        expect(texts.some(([, t]) => name.test(t)), `${lang}: ${String(name)}`).toBe(true);
        expect(texts.filter(([, t]) => other.test(t)).map(([k, t]) => `${k}: ${t}`), lang).toEqual([]);
      }
    });
  }
});

describe('language', () => {
  // Found in play by native speakers; kept out for good.
  const AWKWARD: Record<'de' | 'en', RegExp[]> = {
    de: [/Spielende\b/, /Niemand ist gegangen/, /über dich behalten/, /keine Punkte bewegt/, /die meiste Gesichtserkennung/i, /\w:innen|\w\*innen|\w:in\b|\w\*in\b/],
    en: [/applies since/, /in this page/, /\b1 (codes|records)\b/],
  };

  it('none of the phrasings found in play comes back, and German uses one inclusive form (no colon or asterisk)', () => {
    for (const lang of ['de', 'en'] as const) {
      const facts = FACTS.flatMap((f): [string, string][] => [[f.id, f.text[lang]], [`${f.id} plain`, f.plain[lang]]]);
      const bad = [...leaves(EVERY_TEXT[lang]), ...facts].filter(([, t]) => AWKWARD[lang].some((re) => re.test(t)));
      expect(bad, lang).toEqual([]);
    }
  });
});

describe('translation keys', () => {
  // The type check cannot see keys passed as strings, so this test reads the
  // sources: a literal key that does not exist (a typo) fails here.
  const SOURCE_FILES = [...filesUnder('src')];
  const literalKeys = (source: string): string[] => [
    ...[...source.matchAll(/\bt\(\s*'([\w.-]+)'/g)].map((m) => m[1] ?? ''),
    ...[...source.matchAll(/translateCount\(\s*[\w.()]+,\s*'([\w.-]+)'/g)].map((m) => m[1] ?? ''),
  ];

  it('every literal key a screen asks for exists, in both languages', () => {
    const missing: string[] = [];
    let count = 0;
    for (const file of SOURCE_FILES) {
      for (const key of literalKeys(readFileSync(path.join(root, file), 'utf8'))) {
        count++;
        for (const lang of ['de', 'en'] as const) {
          let node: unknown = ALL_TEXTS[lang];
          for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
          // A string, or (for translateCount) an object of plural forms with at least `other`.
          const ok = typeof node === 'string' || (node !== null && typeof node === 'object' && typeof (node as Record<string, unknown>).other === 'string');
          if (!ok) missing.push(`${file}: ${lang} ${key}`);
        }
      }
    }
    expect(count).toBeGreaterThan(200);
    expect(missing).toEqual([]);
  });
});
