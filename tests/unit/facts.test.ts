import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ARTICLE_SECTIONS,
  ARTICLE_TITLE,
  FACTS,
  FACT_IDS,
  factById,
  type Fact,
  type FactKind,
} from '../../src/content/facts';
import { hashShingle, shingles, SHINGLE_WORDS, words } from './helpers/shingles';

const here = path.dirname(fileURLToPath(import.meta.url));

// The kinds and sections from /shared/facts.md, copied by hand on purpose:
// if the data drifts from the shared catalogue, this table catches it.
const EXPECTED: Record<string, { kind: FactKind; section?: string }> = {
  F01: { kind: 'report', section: 'intro' },
  F02: { kind: 'report', section: 'intro' },
  F03: { kind: 'report', section: 'intro' },
  F04: { kind: 'report', section: 'intro' },
  F05: { kind: 'figure', section: 'intro' },
  F06: { kind: 'claim', section: 'Das Land der Mittel' },
  F07: { kind: 'claim', section: 'Das Land der Mittel' },
  F08: { kind: 'report', section: 'Das Land der Mittel' },
  F09: { kind: 'claim', section: 'Das Land der Mittel' },
  F10: { kind: 'claim', section: 'Das Land der Mittel' },
  F11: { kind: 'claim', section: 'Das Land der Mittel' },
  F12: { kind: 'report', section: 'Gesichtserkennung im Alltag' },
  F13: { kind: 'report', section: 'Gesichtserkennung im Alltag' },
  F14: { kind: 'report', section: 'Gesichtserkennung im Alltag' },
  F15: { kind: 'report', section: 'Gesichtserkennung im Alltag' },
  F16: { kind: 'report', section: 'Gesichtserkennung im Alltag' },
  F17: { kind: 'report', section: 'Hightech für die Polizei' },
  F18: { kind: 'report', section: 'Hightech für die Polizei' },
  F19: { kind: 'report', section: 'Hightech für die Polizei' },
  F20: { kind: 'report', section: 'Hightech für die Polizei' },
  F21: { kind: 'claim', section: 'Profitierende Start-ups' },
  F22: { kind: 'report', section: 'Profitierende Start-ups' },
  F23: { kind: 'figure', section: 'Profitierende Start-ups' },
  F24: { kind: 'claim', section: 'Profitierende Start-ups' },
  F25: { kind: 'report', section: 'Profitierende Start-ups' },
  F26: { kind: 'report', section: 'intro' },
  F27: { kind: 'claim', section: 'Das Land der Mittel' },
  F28: { kind: 'law' },
  F29: { kind: 'law' },
  F30: { kind: 'law' },
  F31: { kind: 'context' },
  F32: { kind: 'context' },
  F33: { kind: 'report-other' },
  F34: { kind: 'claim' },
  F35: { kind: 'report-other' },
  F36: { kind: 'report-other' },
  F37: { kind: 'opinion', section: 'Chinas Punktlandung' },
};

/** Facts from facts.md cited to a named source outside the article (F33–F36). */
const OUTSIDE = new Set(['F33', 'F34', 'F35', 'F36']);

/** The five section names of facts.md; the untitled opening ('intro') is shown as 'Einleitung'. */
const SECTION_DE: Record<string, string> = {
  intro: 'Einleitung',
  'Das Land der Mittel': 'Das Land der Mittel',
  'Gesichtserkennung im Alltag': 'Gesichtserkennung im Alltag',
  'Hightech für die Polizei': 'Hightech für die Polizei',
  'Profitierende Start-ups': 'Profitierende Start-ups',
  'Chinas Punktlandung': 'Chinas Punktlandung',
};

const ARTICLE_KINDS: ReadonlySet<FactKind> = new Set<FactKind>(['report', 'claim', 'figure', 'opinion']);

function allTexts(f: Fact): string[] {
  const out = [f.text.de, f.text.en, f.plain.de, f.plain.en];
  for (const pair of [f.source, f.where, f.speaker]) {
    if (pair) out.push(pair.de, pair.en);
  }
  return out;
}

describe('fact catalogue', () => {
  it('carries the article title', () => {
    expect(ARTICLE_TITLE).toBe('Das Social Credit System: Dressur-Werkzeug für Chinas Bevölkerung');
  });

  it('has unique, well-formed ids, and FACT_IDS / factById agree with FACTS', () => {
    const ids = FACTS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(F|S)\d{2}$/);
    expect([...FACT_IDS].sort()).toEqual([...ids].sort());
    for (const f of FACTS) expect(factById(f.id)).toBe(f);
    expect(factById('F99')).toBeUndefined();
    expect(factById('')).toBeUndefined();
  });

  it('contains exactly F01..F37 with the kinds and sections of facts.md', () => {
    const fIds = FACTS.filter((f) => f.id.startsWith('F'))
      .map((f) => f.id)
      .sort();
    const expectedIds = Array.from({ length: 37 }, (_, i) => `F${String(i + 1).padStart(2, '0')}`);
    expect(fIds).toEqual(expectedIds);
    expect(Object.keys(EXPECTED).sort()).toEqual(expectedIds);
    for (const [id, exp] of Object.entries(EXPECTED)) {
      const f = factById(id);
      expect(f, id).toBeDefined();
      expect(f?.kind, id).toBe(exp.kind);
      if (exp.section !== undefined) expect(f?.source?.de, id).toBe(SECTION_DE[exp.section]);
    }
  });

  it('gives every fact non-empty German and English text', () => {
    for (const f of FACTS) {
      expect(f.text.de.trim().length, `${f.id} de`).toBeGreaterThan(20);
      expect(f.text.en.trim().length, `${f.id} en`).toBeGreaterThan(20);
      expect(f.text.de, `${f.id}: de and en must differ`).not.toBe(f.text.en);
      // The simple text level has the card too, in both languages.
      expect(f.plain.de.trim().length, `${f.id} plain de`).toBeGreaterThan(20);
      expect(f.plain.en.trim().length, `${f.id} plain en`).toBeGreaterThan(20);
      expect(f.plain.de, `${f.id}: plain de and en must differ`).not.toBe(f.plain.en);
      for (const pair of [f.source, f.where, f.speaker]) {
        if (pair) {
          expect(pair.de.trim(), f.id).not.toBe('');
          expect(pair.en.trim(), f.id).not.toBe('');
        }
      }
    }
  });

  it('names a speaker for every claim', () => {
    const claims = FACTS.filter((f) => f.kind === 'claim');
    expect(claims.length).toBeGreaterThan(0);
    for (const f of claims) {
      expect(f.speaker, f.id).toBeDefined();
      expect(f.speaker?.de.trim(), f.id).not.toBe('');
      expect(f.speaker?.en.trim(), f.id).not.toBe('');
    }
  });

  it('cites one of the article sections for every report, claim, figure and opinion from the article', () => {
    const sectionsDe = new Set(Object.values(SECTION_DE));
    const declared = new Set<string>(Object.values(ARTICLE_SECTIONS).map((s) => s.de));
    expect(declared).toEqual(sectionsDe);
    for (const f of FACTS.filter((x) => ARTICLE_KINDS.has(x.kind) && !OUTSIDE.has(x.id))) {
      expect(f.source, f.id).not.toBeNull();
      expect(sectionsDe.has(f.source?.de ?? ''), `${f.id} cites ${f.source?.de}`).toBe(true);
      // the English citation keeps the German heading so readers can find it in the article
      const sectionEn = Object.values(ARTICLE_SECTIONS).find((s) => s.de === f.source?.de)?.en;
      expect(f.source?.en, f.id).toBe(sectionEn);
    }
  });

  it('cites the AI Act article for law and the publication for context', () => {
    const letters: Record<string, string> = { F28: 'c', F29: 'f', F30: 'h' };
    for (const [id, letter] of Object.entries(letters)) {
      const f = factById(id);
      expect(f?.source?.en, id).toContain('2024/1689');
      expect(f?.source?.en, id).toContain(`Art. 5(1)(${letter})`);
      expect(f?.source?.de, id).toContain('2024/1689');
      expect(f?.source?.de, id).toContain(`Buchst. ${letter}`);
    }
    expect(factById('F31')?.source?.en).toContain('China Law Translate');
    expect(factById('F31')?.source?.en).toContain('Foreign Policy');
    expect(factById('F32')?.source?.en).toContain('China Law Translate');
    expect(factById('F32')?.source?.en).toContain('Rongcheng');
  });

  it('cites the named outside source, never the article, for F33–F36', () => {
    const sections = new Set<string>(Object.values(ARTICLE_SECTIONS).map((s) => s.de));
    const names: Record<string, string> = { F33: 'AP', F34: 'Federal Police', F35: 'Chaos Computer Club', F36: 'DI-2019-2221' };
    for (const id of OUTSIDE) {
      const f = factById(id);
      expect(sections.has(f?.source?.de ?? ''), id).toBe(false);
      expect(f?.source?.en, id).toContain(names[id]);
    }
    for (const f of FACTS.filter((x) => x.kind === 'report-other')) expect(OUTSIDE.has(f.id), f.id).toBe(true);
  });

  it('dates the article’s figures (about 2018) instead of telling them in the present tense', () => {
    for (const f of FACTS.filter((x) => x.kind === 'figure' || x.id === 'F24' || x.id === 'F01')) {
      expect(f.text.en, f.id).toContain('about 2018');
      expect(f.text.de, f.id).toContain('etwa 2018');
      expect(f.plain.en, f.id).toContain('about 2018');
      expect(f.plain.de, f.id).toContain('etwa 2018');
    }
  });

  it('keeps fiction apart: source null, S ids, and it stretches only real facts', () => {
    const fiction = FACTS.filter((f) => f.kind === 'fiction');
    expect(fiction.map((f) => f.id)).toEqual(
      expect.arrayContaining(['S01', 'S02', 'S03', 'S04', 'S05', 'S06', 'S07']),
    );
    for (const f of FACTS) {
      expect(f.id.startsWith('S'), f.id).toBe(f.kind === 'fiction');
      if (f.kind === 'fiction') expect(f.source, f.id).toBeNull();
      else expect(f.source, f.id).not.toBeNull();
      if (f.basedOn) {
        expect(f.kind, `${f.id}: only fiction has basedOn`).toBe('fiction');
        for (const ref of f.basedOn) {
          const real = factById(ref);
          expect(real, `${f.id} -> ${ref}`).toBeDefined();
          expect(real?.kind, `${f.id} -> ${ref}`).not.toBe('fiction');
        }
      }
    }
  });

  it('never contains HTML', () => {
    for (const f of FACTS) {
      for (const t of allTexts(f)) {
        expect(t, f.id).not.toMatch(/[<>]/);
      }
    }
  });
});

// ---------------------------------------------------------------- copy check

describe('copy check against the article', () => {
  it(`no German text shares ${SHINGLE_WORDS} consecutive words with the article`, () => {
    const fingerprint = JSON.parse(readFileSync(path.resolve(here, '../fixtures/article-shingles.json'), 'utf8')) as { words: number; probe: string; hashes: string[] };
    expect(fingerprint.words).toBe(SHINGLE_WORDS);
    expect(fingerprint.hashes.length).toBeGreaterThan(500);
    const known = new Set(fingerprint.hashes);

    // The check itself must bite: a run from the article (its title) is found.
    expect(shingles(words(fingerprint.probe.toUpperCase() + '!')).some((g) => known.has(hashShingle(g)))).toBe(true);

    const copied: string[] = [];
    for (const f of FACTS) {
      for (const t of [f.text.de, f.plain.de, f.source?.de, f.where?.de, f.speaker?.de]) {
        if (t === undefined) continue;
        for (const g of shingles(words(t))) if (known.has(hashShingle(g))) copied.push(`${f.id}: "${g}"`);
      }
    }
    expect(copied).toEqual([]);
  });
});
