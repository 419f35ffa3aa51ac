// "Honest to the last card": every sanction and every effect that a grade
// switches on cites either the game's own fiction card (S…) or a source
// outside the article, because the article describes none of them as score
// sanctions (it says only that sanctions grow harsher, F04). Points the game
// hands out for single actions are its own invention too. And the lowest
// grade is never called a blacklist: the national blacklists (F31, F33) are
// a different mechanism from a city's point grades (F32).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { factById } from '../../src/content/facts';
import { MECHANICS } from '../../src/content/mechanics';
import { EVERY_TEXT } from './helpers/texts';
import { loadLevel } from './helpers/level';

const here = path.dirname(fileURLToPath(import.meta.url));
const { catalogue } = loadLevel();

/** What a grade switches on, and the actions that only happen because of it. */
const TIER_GATED_ACTIONS: Record<string, string[]> = {
  'slow-service': ['service-delayed'],
  'public-listing': [],
  'refuse-paper': ['paper-sanctioned'],
  'npcs-avoid': [],
  'police-attention': ['patrol-stopped'],
  'close-gate': ['gate-closed'],
  'search-phone': ['phone-searched', 'phone-flagged'],
};

/** A fiction card, or a report by a named source other than the article. */
function admitsItself(ids: readonly string[]): boolean {
  return ids.some((id) => {
    const kind = factById(id)?.kind;
    return kind === 'fiction' || kind === 'report-other';
  });
}

describe('every invention is labelled', () => {
  it('knows every sanction effect of the catalogue', () => {
    for (const s of catalogue.sanctions) expect(Object.keys(TIER_GATED_ACTIONS), s.effect).toContain(s.effect);
  });

  it('every sanction cites a fiction card or an outside source', () => {
    const bare = catalogue.sanctions.filter((s) => !admitsItself(s.facts)).map((s) => s.id);
    expect(bare).toEqual([]);
  });

  it('every grade that switches sanctions on cites a fiction card or an outside source', () => {
    const bare = catalogue.tiers.filter((t) => t.sanctions.length > 0 && !admitsItself(t.facts)).map((t) => t.id);
    expect(bare).toEqual([]);
  });

  it('every action a grade switches on cites a fiction card or an outside source', () => {
    const gated = new Set(catalogue.sanctions.flatMap((s) => TIER_GATED_ACTIONS[s.effect] ?? []));
    expect(gated.size).toBeGreaterThan(4);
    const bare = catalogue.actions.filter((a) => gated.has(a.id) && !admitsItself(a.facts)).map((a) => a.id);
    expect(bare).toEqual([]);
  });

  it('every action that moves points cites a fiction card (the article gives no point values)', () => {
    const bare = catalogue.actions.filter((a) => a.delta !== 0 && !a.facts.some((id) => factById(id)?.kind === 'fiction')).map((a) => a.id);
    expect(bare).toEqual([]);
  });

  it('the gate, police, phone, health check, lecture and emotion meter each have their own fiction card', () => {
    const cardOf = (action: string): string[] => (catalogue.actions.find((a) => a.id === action)?.facts ?? []).filter((id) => id.startsWith('S'));
    expect(cardOf('gate-closed')).toContain('S12');
    expect(cardOf('patrol-stopped')).toContain('S13');
    expect(cardOf('phone-searched')).toContain('S14');
    expect(cardOf('health-check')).toContain('S15');
    expect(cardOf('attendance-logged')).toContain('S16');
    expect(cardOf('emotion-bored')).toContain('S17');
    expect(cardOf('phone-flagged')).toContain('S18');
    expect(cardOf('service-delayed')).toContain('S11');
    // The gate's card names the outside report on travel bans, too.
    expect(catalogue.actions.find((a) => a.id === 'gate-closed')?.facts).toContain('F33');
  });

  it('each fiction card the catalogue cites for an action is on that mechanic’s debrief card', () => {
    const missing: string[] = [];
    for (const m of MECHANICS) {
      for (const id of m.actions) {
        const action = catalogue.actions.find((a) => a.id === id);
        for (const f of action?.facts ?? []) {
          if (f.startsWith('S') && !m.facts.includes(f) && f !== 'S19') missing.push(`${m.id}: ${f}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('the research correction sits on the one-public-score cards, the outside reports on theirs', () => {
    const factsOf = (id: string): string[] => MECHANICS.find((m) => m.id === id)?.facts ?? [];
    expect(factsOf('citizen-file')).toEqual(expect.arrayContaining(['F01', 'F31']));
    expect(factsOf('public-score')).toEqual(expect.arrayContaining(['F03', 'F31']));
    expect(factsOf('face-gate')).toEqual(expect.arrayContaining(['F08', 'F33', 'S12']));
    expect(factsOf('attendance-check')).toEqual(expect.arrayContaining(['F15', 'F36', 'S16']));
  });

  it('every fiction card says what the game invents and what was reported', () => {
    for (const id of ['S12', 'S13', 'S14', 'S15', 'S16', 'S17', 'S18', 'S19', 'S20', 'S21']) {
      const f = factById(id);
      expect(f?.kind, id).toBe('fiction');
      expect(f?.text.en, id).toMatch(/^The game’s invention: /);
      expect(f?.text.de, id).toMatch(/^Erfindung des Spiels: /);
      expect(f?.plain.en, id).toMatch(/^The game’s invention: /);
      expect(f?.plain.de, id).toMatch(/^Erfindung des Spiels: /);
      expect(f?.basedOn?.length, id).toBeGreaterThan(0);
    }
  });
});

describe('grade D is not a blacklist', () => {
  const BLACKLIST = /black ?list|schwarze[nr]? Liste/i;

  it('no grade is named a blacklist, in either language', () => {
    for (const lang of ['de', 'en'] as const) {
      for (const texts of Object.values(EVERY_TEXT[lang])) for (const [id, tier] of Object.entries(texts.tier)) expect(tier.name, `${lang} ${id}`).not.toMatch(BLACKLIST);
    }
  });

  it('the ending at the shut gate explains that blacklists are a separate mechanism', () => {
    for (const lang of ['de', 'en'] as const) for (const texts of Object.values(EVERY_TEXT[lang])) {
      const ending = texts.ending.blacklisted;
      expect(ending.name, lang).not.toMatch(BLACKLIST);
      // If the word appears, it is to say the grade is not one.
      if (BLACKLIST.test(ending.text)) expect(ending.text, lang).toMatch(lang === 'en' ? /not a blacklist|separate/ : /keine schwarze Liste|eigener Mechanismus/);
    }
  });

  it('no text puts grade D and a blacklist in one sentence, not even the README', () => {
    const sentences: string[] = [];
    const collect = (v: unknown): void => {
      if (typeof v === 'string') sentences.push(...v.split(/(?<=[.!?])\s+/));
      else if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    collect(EVERY_TEXT);
    sentences.push(...readFileSync(path.resolve(here, '../../README.md'), 'utf8').split(/(?<=[.!?])\s+|\n/));
    const bad = sentences.filter((s) => /\b(grade|Stufe|tier) D\b/i.test(s) && BLACKLIST.test(s) && !/\bnot\b|\bkeine?\b/i.test(s));
    expect(bad).toEqual([]);
  });
});
