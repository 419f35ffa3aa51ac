// The source check's statements: the shipped pool validates, every answer
// matches the kind of the card it rests on, the two forms are parallel, and
// a seeded half of the players gets each order.
import { describe, expect, it } from 'vitest';
import { FACTS } from '../../../src/content/facts';
import type { SourceLabel } from '../../../src/content/labels';
import { countRight, expectedAnswer, formOrder, formsOf, formStatements, parseStatementPool, rightMask } from '../../../src/core/check';
import { readText } from '../helpers/level';
import { shippedStatements } from '../helpers/statements';
import { hashShingle, shingles, SHINGLE_WORDS, words } from '../helpers/shingles';

const FILE = 'levels/statements.json';
const kinds = new Map<string, SourceLabel>(FACTS.map((f) => [f.id, f.kind]));

const shipped = shippedStatements;

function parseEdited(edit: (raw: { forms: Record<string, string[]>; statements: Record<string, unknown>[] }) => void): string[] {
  const raw = JSON.parse(readText(FILE)) as { forms: Record<string, string[]>; statements: Record<string, unknown>[] };
  edit(raw);
  const result = parseStatementPool({ file: FILE, text: JSON.stringify(raw) }, kinds);
  return result.ok ? [] : result.errors;
}

describe('the statement pool', () => {
  it('validates, with at least 24 statements in German and English', () => {
    const pool = shipped();
    expect(pool.statements.length).toBeGreaterThanOrEqual(24);
    for (const s of pool.statements) {
      expect(s.text.de).not.toBe(s.text.en);
      expect(s.plain.de, s.id).not.toBe(s.plain.en);
      expect(s.why.de.length).toBeGreaterThan(20);
    }
  });

  it('gives every statement on a card the answer its kind asks for', () => {
    for (const s of shipped().statements.filter((x) => x.fact)) {
      const kind = kinds.get(s.fact ?? '');
      expect(kind, s.id).toBeDefined();
      expect(s.answer, `${s.id} rests on ${s.fact} (${kind})`).toBe(expectedAnswer(kind as SourceLabel, s.figureBy));
    }
  });

  it('maps every kind of card to one of the four labels, and a figure by who gives it', () => {
    expect(expectedAnswer('report', undefined)).toBe('report');
    expect(expectedAnswer('report-other', undefined)).toBe('report');
    expect(expectedAnswer('law', undefined)).toBe('report');
    expect(expectedAnswer('context', undefined)).toBe('report');
    expect(expectedAnswer('claim', undefined)).toBe('claim');
    expect(expectedAnswer('opinion', undefined)).toBe('opinion');
    expect(expectedAnswer('fiction', undefined)).toBe('fiction');
    expect(expectedAnswer('figure', 'article')).toBe('report');
    expect(expectedAnswer('figure', 'company')).toBe('claim');
    expect(expectedAnswer('figure', undefined)).toBeNull();
  });

  it('refuses an answer that does not match its card, naming the file and field', () => {
    const errors = parseEdited((raw) => {
      const s = raw.statements.find((x) => x.fact === 'F14');
      if (s) s.answer = 'claim';
    });
    expect(errors.some((e) => /^levels\/statements\.json: statements\[\d+\]\.answer is "claim", but F14 is report, so it must be "report"$/.test(e))).toBe(true);
  });

  it('refuses a transfer statement labelled "invented by the game", and an unknown card', () => {
    const errors = parseEdited((raw) => {
      const transfer = raw.statements.find((x) => x.source);
      if (transfer) transfer.answer = 'fiction';
      const card = raw.statements.find((x) => x.fact === 'F12');
      if (card) card.fact = 'F99';
    });
    expect(errors.join('\n')).toMatch(/answer must be one of report, claim, opinion for a transfer statement/);
    expect(errors.join('\n')).toMatch(/fact "F99" is not in the fact catalogue/);
  });

  it('refuses a statement without its simple text or reason, or with an empty one, naming the file and field', () => {
    const errors = parseEdited((raw) => {
      if (raw.statements[0]) delete raw.statements[0].plain;
      if (raw.statements[1]) raw.statements[1].plain = { de: '  ', en: 'A machine scans your face.' };
      if (raw.statements[2]) delete raw.statements[2].plainWhy;
    });
    expect(errors).toContain('levels/statements.json: statements[0].plain is missing');
    expect(errors).toContain('levels/statements.json: statements[1].plain.de must not be empty');
    expect(errors).toContain('levels/statements.json: statements[2].plainWhy is missing');
  });

  it('refuses a wrong type with the field named', () => {
    const errors = parseEdited((raw) => {
      if (raw.statements[0]) raw.statements[0].difficulty = 'hard';
    });
    expect(errors[0]).toMatch(/^levels\/statements\.json: statements\[0\]\.difficulty must be one of/);
  });
});

describe('the two forms', () => {
  it('are parallel: same length, same answers on cards and in transfer statements, equally hard', () => {
    const pool = shipped();
    const a = formStatements(pool, 'A');
    const b = formStatements(pool, 'B');
    expect(a.length).toBe(b.length);
    expect(a.length).toBeGreaterThanOrEqual(5);
    expect(a.length).toBeLessThanOrEqual(6);
    const labels = (list: typeof a) => list.map((s) => s.answer).sort();
    expect(labels(a)).toEqual(labels(b));
    // All four labels appear in each form.
    expect(new Set(labels(a))).toEqual(new Set(['report', 'claim', 'opinion', 'fiction']));
    const sum = (list: typeof a) => list.reduce((n, s) => n + s.difficulty, 0);
    expect(sum(a)).toBe(sum(b));
    for (const form of [a, b]) {
      const transfer = form.filter((s) => s.source);
      expect(transfer.length * 3).toBeGreaterThanOrEqual(form.length);
      for (const s of transfer) expect(['report', 'claim', 'opinion']).toContain(s.answer);
    }
    expect(a.filter((s) => b.includes(s))).toEqual([]);
  });

  it('refuses forms that are not parallel', () => {
    const errors = parseEdited((raw) => {
      // B's first statement (a report on a card) becomes an invention on a card.
      const b = raw.forms.B;
      if (b) b[0] = 'paper-ration';
    });
    expect(errors.join('\n')).toMatch(/forms\.A and forms\.B must be parallel/);
  });

  it('go A first to a seeded half of the players and B first to the other half', () => {
    const orders = Array.from({ length: 2000 }, (_, seed) => formOrder(seed * 7919));
    const ab = orders.filter((o) => o === 'AB').length;
    expect(ab).toBeGreaterThan(900);
    expect(ab).toBeLessThan(1100);
    // The same seed always gives the same order.
    expect(formOrder(42)).toBe(formOrder(42));
    expect(formsOf('AB')).toEqual(['A', 'B']);
    expect(formsOf('BA')).toEqual(['B', 'A']);
  });

  it('count a skipped statement as not right', () => {
    const form = formStatements(shipped(), 'A');
    const answers = form.map((s, i) => (i === 0 ? null : s.answer));
    const mask = rightMask(form, answers);
    expect(countRight(mask)).toBe(form.length - 1);
    expect(mask & 1).toBe(0);
  });
});

describe('copy check of the statements against the article', () => {
  it(`no German statement or reason shares ${SHINGLE_WORDS} consecutive words with the article`, () => {
    const fingerprint = JSON.parse(readText('tests/fixtures/article-shingles.json')) as { hashes: string[] };
    const known = new Set(fingerprint.hashes);
    const copied: string[] = [];
    for (const s of shipped().statements) {
      for (const text of [s.text.de, s.plain.de, s.why.de, s.plainWhy.de, s.source?.de]) {
        if (text === undefined) continue;
        for (const g of shingles(words(text))) if (known.has(hashShingle(g))) copied.push(`${s.id}: "${g}"`);
      }
    }
    expect(copied).toEqual([]);
  });
});
