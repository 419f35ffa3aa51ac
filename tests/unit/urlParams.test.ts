import { describe, expect, it } from 'vitest';
import { DEFAULT_LEVEL, readUrlOptions } from '../../src/urlParams';

describe('URL parameters (a public interface: facilitators share links)', () => {
  it('gives defaults for an empty query', () => {
    expect(readUrlOptions('')).toEqual({ mode: 'play', lang: null, textLevel: null, level: DEFAULT_LEVEL, seed: null, ignored: [] });
  });

  it('reads every known parameter', () => {
    expect(readUrlOptions('?mode=kiosk&lang=de&text=simple&level=district-1&seed=42')).toEqual({
      mode: 'kiosk',
      lang: 'de',
      textLevel: 'simple',
      level: 'district-1',
      seed: 42,
      ignored: [],
    });
  });

  it('falls back to defaults for values it does not understand, and names them', () => {
    const options = readUrlOptions('?mode=admin&lang=fr&text=easy&level=../etc&seed=-3');
    expect(options).toMatchObject({ mode: 'play', lang: null, textLevel: null, level: DEFAULT_LEVEL, seed: null });
    expect(options.ignored.sort()).toEqual(['lang', 'level', 'mode', 'seed', 'text']);
  });
});
