// The game's sounds, each a few lines of synthesis. Gentle envelopes, mid
// frequencies, nothing above a few kHz. Every one has a visible twin on screen
// (see cues.ts).
import type { Synth } from './synth';

export type SoundName = 'footstep' | 'beep' | 'alarm' | 'jingle' | 'minus';

export function play(synth: Synth, name: SoundName): void {
  switch (name) {
    case 'footstep':
      // A soft shoe on paving: low band of noise, very short.
      synth.noise({ decay: 0.09, gain: 0.18, frequency: 180 + Math.random() * 60, q: 0.9 });
      break;
    case 'beep':
      // The scanner: two short polite sine blips.
      synth.tone({ freq: 1046, decay: 0.08, gain: 0.12 });
      synth.tone({ freq: 1318, at: 0.11, decay: 0.1, gain: 0.1 });
      break;
    case 'alarm':
      // A sanction: two slow low-high swells (under 2 a second), triangle not square.
      for (let i = 0; i < 2; i++) {
        synth.tone({ freq: 440, at: i * 0.6, attack: 0.06, decay: 0.25, gain: 0.18, type: 'triangle' });
        synth.tone({ freq: 349, at: i * 0.6 + 0.28, attack: 0.06, decay: 0.25, gain: 0.18, type: 'triangle' });
      }
      break;
    case 'jingle':
      // A plus point: a bright little major arpeggio, deliberately too cheerful.
      [523, 659, 784, 1046].forEach((freq, i) => synth.tone({ freq, at: i * 0.08, decay: 0.22, gain: 0.12, type: 'triangle' }));
      break;
    case 'minus':
      // Points taken without an alarm: a short falling tone.
      synth.tone({ freq: 392, toFreq: 262, decay: 0.3, gain: 0.14, type: 'triangle' });
      break;
  }
}
