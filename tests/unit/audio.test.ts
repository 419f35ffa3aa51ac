// Sound: which notice makes which sound (pure), and no Web Audio means
// silence, never an error. Key names for the help lines.
import { describe, expect, it } from 'vitest';
import { cuesFor } from '../../src/audio/cues';
import { Synth } from '../../src/audio/synth';
import type { CityRecord, CoreNotice } from '../../src/core/types';
import { keyLabel, keyVars } from '../../src/input/keyLabels';
import { DEFAULT_KEYS } from '../../src/settings';
import { loadLevel } from './helpers/level';

const level = loadLevel();

function recordOf(action: string): CoreNotice {
  const def = level.catalogue.actions.find((a) => a.id === action);
  if (!def) throw new Error(`no action ${action} in the catalogue`);
  const record: CityRecord = {
    seq: 1, t: 10, station: 's', place: 'p', action, sensor: 'x', operator: 'y', data: [], delta: def.delta, scoreAfter: 1000 + def.delta, facts: [], vars: {},
  };
  return { type: 'RecordMade', record };
}

describe('sound cues', () => {
  it('a plus point beeps and plays the jingle', () => {
    expect(cuesFor(recordOf('wait-green'), level.catalogue)).toEqual(['beep', 'jingle']);
  });

  it('points taken without an alarm beep and fall', () => {
    expect(cuesFor(recordOf('jaywalk'), level.catalogue)).toEqual(['beep', 'minus']);
  });

  it('an action the catalogue marks as an alarm sounds the alarm', () => {
    const alarmed = level.catalogue.actions.find((a) => a.effects.includes('alarm'));
    expect(alarmed).toBeDefined();
    expect(cuesFor(recordOf(alarmed!.id), level.catalogue)).toContain('alarm');
  });

  it('a record without points only beeps; a sanction sounds the alarm; the day ending is silent', () => {
    expect(cuesFor(recordOf('paper-granted'), level.catalogue)).toEqual(['beep']);
    expect(cuesFor({ type: 'SanctionImposed', sanction: 'slow-service', t: 1 }, level.catalogue)).toEqual(['alarm']);
    expect(cuesFor({ type: 'DayEnded', reason: 'player', t: 1 }, level.catalogue)).toEqual([]);
  });

  it('without Web Audio (as in Node) the synth is simply absent', () => {
    expect(() => Synth.create()).not.toThrow();
    expect(Synth.create()).toBeNull();
  });
});

describe('key names', () => {
  it('reads codes the way people name keys, per language', () => {
    expect(keyLabel('en', 'KeyW')).toBe('W');
    expect(keyLabel('en', 'Space')).toBe('Space');
    expect(keyLabel('de', 'Space')).toBe('Leertaste');
    expect(keyLabel('en', 'ArrowUp')).toBe('↑');
    expect(keyLabel('en', 'Digit7')).toBe('7');
  });

  it('the help line names both walking sets and every action', () => {
    const vars = keyVars('en', DEFAULT_KEYS);
    expect(vars.walk).toBe('↑ ← ↓ → or W A S D');
    expect(vars.use).toBe('E or Space');
    expect(vars.pause).toBe('P or Esc');
  });
});
