// Whether a record raises the alarm is the catalogue's word: the booth's label,
// the sound and the screen-reader announcement all take it from there.
import { describe, expect, it } from 'vitest';
import { cuesFor } from '../../src/audio/cues';
import { raisesAlarm } from '../../src/core/actions';
import type { CityRecord } from '../../src/core/types';
import { loadLevel } from './helpers/level';

const { catalogue } = loadLevel();

describe('alarms come from the catalogue', () => {
  it('an action raises the alarm exactly when its effects list "alarm"', () => {
    for (const action of catalogue.actions) {
      expect(raisesAlarm(catalogue, action.id), action.id).toBe(action.effects.includes('alarm'));
    }
  });

  it('the booths: a flagged phone and a gait match are alarms; a delayed lunch is not', () => {
    expect(raisesAlarm(catalogue, 'phone-flagged')).toBe(true);
    expect(raisesAlarm(catalogue, 'gait-match')).toBe(true);
    expect(raisesAlarm(catalogue, 'service-delayed')).toBe(false);
    expect(raisesAlarm(catalogue, 'payment-logged')).toBe(false);
  });

  it('an unknown action raises no alarm', () => {
    expect(raisesAlarm(catalogue, 'no-such-action')).toBe(false);
  });

  it('the sound of a record agrees with the label', () => {
    for (const action of catalogue.actions) {
      // Only the action and its points matter to the sound.
      const record = { action: action.id, delta: action.delta } as CityRecord;
      const cues = cuesFor({ type: 'RecordMade', record }, catalogue);
      expect(cues.includes('alarm'), action.id).toBe(raisesAlarm(catalogue, action.id));
    }
  });
});
