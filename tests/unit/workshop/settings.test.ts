// Workshop settings in the share link: round-trip, fallbacks with a notice,
// and the level the settings make (shorter day, stations off, still valid).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FACT_IDS } from '../../../src/content/facts';
import { replay } from '../../../src/core/day';
import { applyWorkshop, validateWorkshopLevel } from '../../../src/workshop/applyToLevel';
import {
  decodeWorkshop,
  DEFAULT_WORKSHOP,
  encodeWorkshop,
  PACES,
  SESSION_MINUTES,
  TOPIC_IDS,
  TOPICS,
  type WorkshopSettings,
} from '../../../src/workshop/settings';
import { workshopPageFor } from '../../../src/workshop/route';
import { readUrlOptions } from '../../../src/urlParams';
import { loadLevel } from '../helpers/level';

const settings: fc.Arbitrary<WorkshopSettings> = fc.record({
  minutes: fc.constantFrom(...SESSION_MINUTES),
  off: fc.subarray(TOPIC_IDS),
  pace: fc.constantFrom(...(Object.keys(PACES) as (keyof typeof PACES)[])),
  contentNotes: fc.boolean(),
  desk: fc.boolean(),
  check: fc.boolean(),
  lang: fc.constantFrom('de' as const, 'en' as const, null),
  textLevel: fc.constantFrom('standard' as const, 'simple' as const),
});

describe('workshop settings in the URL', () => {
  it('round-trip for every choice a facilitator can make', () => {
    fc.assert(
      fc.property(settings, (s) => {
        const query = encodeWorkshop(s);
        const url = readUrlOptions(`?${query}`);
        const decoded = decodeWorkshop(`?${query}`, url.lang, url.textLevel);
        expect(decoded).toEqual({ settings: s, present: true, ignored: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('writes short, readable links', () => {
    const query = encodeWorkshop({ minutes: 3, off: ['police', 'crowd'], pace: 'fast', contentNotes: false, desk: false, check: true, lang: 'de', textLevel: 'standard' });
    expect(query).toBe('mode=workshop&lang=de&min=3&off=crowd,police&pace=fast&notes=off&desk=off');
  });

  it('carries simple text for the whole class as text=simple, which the game reads like any link', () => {
    const query = encodeWorkshop({ ...DEFAULT_WORKSHOP, lang: 'de', textLevel: 'simple' });
    expect(query).toBe('mode=workshop&lang=de&text=simple&min=8&pace=normal&notes=on&desk=on');
    expect(readUrlOptions(`?${query}`)).toMatchObject({ lang: 'de', textLevel: 'simple', ignored: [] });
    expect(readUrlOptions('?text=easy')).toMatchObject({ textLevel: null, ignored: ['text'] });
  });

  it('a link without workshop settings is the facilitator’s own (nothing present, nothing ignored)', () => {
    expect(decodeWorkshop('?mode=workshop')).toEqual({ settings: DEFAULT_WORKSHOP, present: false, ignored: [] });
  });

  it('falls back to the default for each malformed value and names it', () => {
    const decoded = decodeWorkshop('?mode=workshop&min=5&off=crowd,zoo&pace=warp&notes=maybe&desk=sometimes');
    expect(decoded.present).toBe(true);
    expect(decoded.ignored).toEqual(['min', 'off', 'pace', 'notes', 'desk']);
    expect(decoded.settings).toEqual({ ...DEFAULT_WORKSHOP, off: ['crowd'] });
  });

  it('keeps the source check on unless the link says check=off, and writes it only when off', () => {
    expect(decodeWorkshop('?mode=workshop&min=3').settings.check).toBe(true);
    expect(decodeWorkshop('?mode=workshop&min=3&check=off').settings.check).toBe(false);
    expect(decodeWorkshop('?mode=workshop&check=maybe')).toMatchObject({ present: true, ignored: ['check'], settings: { check: true } });
    expect(encodeWorkshop({ ...DEFAULT_WORKSHOP, minutes: 3, check: false })).toBe('mode=workshop&min=3&pace=normal&notes=on&desk=on&check=off');
  });

  it('never throws and always yields valid settings, whatever the link says', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('min', 'off', 'pace', 'notes', 'desk', 'check', 'x'), fc.string()), (params) => {
        const { settings: s, ignored } = decodeWorkshop(`?${new URLSearchParams(params).toString()}`);
        expect(SESSION_MINUTES).toContain(s.minutes);
        expect(Object.keys(PACES)).toContain(s.pace);
        for (const topic of s.off) expect(TOPIC_IDS).toContain(topic);
        for (const name of ignored) expect(Object.keys(params)).toContain(name);
      }),
    );
  });
});

describe('the level under workshop settings', () => {
  const level = loadLevel();

  it('lasts as long as the session and loses the switched-off stations and their errands', () => {
    const s: WorkshopSettings = { ...DEFAULT_WORKSHOP, minutes: 3, off: ['paper', 'lecture'] };
    const result = validateWorkshopLevel(applyWorkshop(level, s), FACT_IDS);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const { district } = result.level;
    expect(district.dayLengthSeconds).toBe(180);
    const kinds = district.stations.map((st) => st.kind);
    expect(kinds).not.toContain('dispenser');
    expect(kinds).not.toContain('lecture');
    expect(kinds).toContain('crossing');
    expect(district.errands.map((e) => e.id)).toEqual(level.district.errands.filter((e) => e.id !== 'toilet' && e.id !== 'lecture').map((e) => e.id));
    expect(district.finalErrand).toBe('train');
    // A 3-minute day ends by the clock at 180 s.
    const day = replay(result.level, 1, [{ type: 'tick', t: 500 }]);
    expect(day.ended).toBe(true);
    expect(day.clock).toBe(180);
  });

  it('stays a valid level for every combination of stations switched off', () => {
    fc.assert(
      fc.property(settings, (s) => {
        const result = validateWorkshopLevel(applyWorkshop(level, s), FACT_IDS);
        expect(result.ok ? [] : result.errors).toEqual([]);
        if (!result.ok) return;
        const offKinds = s.off.flatMap((t) => [...TOPICS[t]]);
        for (const st of result.level.district.stations) expect(offKinds).not.toContain(st.kind);
      }),
      { numRuns: 60 },
    );
  });
});

describe('which page a link opens', () => {
  const open = (search: string) => {
    const params = new URLSearchParams(search);
    const mode = params.get('mode') as 'play' | 'workshop' | 'class' | 'kiosk';
    return workshopPageFor(mode, search, decodeWorkshop(search));
  };
  it('the facilitator’s setup, the lesson material, the class view, or the game', () => {
    expect(open('?mode=workshop')).toBe('setup');
    expect(open('?mode=workshop&lang=de')).toBe('setup');
    expect(open('?mode=workshop&page=guide')).toBe('guide');
    expect(open('?mode=class')).toBe('class');
    expect(open('?mode=workshop&min=3')).toBeNull();
    expect(open('?mode=workshop&notes=zzz')).toBeNull();
    expect(open('?mode=play')).toBeNull();
    expect(open('?mode=kiosk&min=3')).toBeNull();
  });
});
