// A very small synthesiser on the Web Audio API: two buses (effects and
// ambience) into a gentle low-pass and a limiter, so nothing is shrill or
// loud. No samples, no files, no network. Missing Web Audio means silence,
// never an error.
export type Bus = 'effects' | 'ambience';

export interface ToneSpec {
  freq: number;
  /** Seconds from now. */
  at?: number;
  attack?: number;
  decay: number;
  /** Peak gain before the bus volume, 0 … 1. */
  gain: number;
  type?: OscillatorType;
  /** Glide to this frequency over the decay. */
  toFreq?: number;
}

export class Synth {
  readonly ctx: AudioContext;
  private readonly buses: Record<Bus, GainNode>;
  private readonly master: GainNode;

  private constructor(ctx: AudioContext) {
    this.ctx = ctx;
    // Soft top end, then a limiter: the loudest moment stays comfortable.
    const lowpass = new BiquadFilterNode(ctx, { type: 'lowpass', frequency: 5000, Q: 0.5 });
    const limiter = new DynamicsCompressorNode(ctx, { threshold: -18, knee: 6, ratio: 12, attack: 0.003, release: 0.25 });
    this.master = new GainNode(ctx, { gain: 0.8 });
    lowpass.connect(limiter).connect(this.master).connect(ctx.destination);
    this.buses = { effects: new GainNode(ctx, { gain: 0 }), ambience: new GainNode(ctx, { gain: 0 }) };
    this.buses.effects.connect(lowpass);
    this.buses.ambience.connect(lowpass);
  }

  /** A synth, or null where the browser has no Web Audio (or refuses it). */
  static create(): Synth | null {
    try {
      const Ctor = (globalThis as { AudioContext?: typeof AudioContext }).AudioContext;
      return Ctor ? new Synth(new Ctor()) : null;
    } catch {
      return null;
    }
  }

  resume(): void {
    if (this.ctx.state === 'suspended') this.ctx.resume().catch(() => undefined);
  }

  /** Bus volumes 0 … 1, eased so a slider never clicks. */
  setVolumes(effects: number, ambience: number): void {
    const now = this.ctx.currentTime;
    this.buses.effects.gain.setTargetAtTime(effects, now, 0.05);
    this.buses.ambience.gain.setTargetAtTime(ambience * 0.6, now, 0.2);
  }

  /** One enveloped tone on a bus. */
  tone(spec: ToneSpec, bus: Bus = 'effects'): void {
    const start = this.ctx.currentTime + (spec.at ?? 0);
    const attack = spec.attack ?? 0.01;
    const osc = new OscillatorNode(this.ctx, { type: spec.type ?? 'sine', frequency: spec.freq });
    if (spec.toFreq) osc.frequency.exponentialRampToValueAtTime(spec.toFreq, start + spec.decay);
    const env = new GainNode(this.ctx, { gain: 0 });
    env.gain.setValueAtTime(0, start);
    env.gain.linearRampToValueAtTime(spec.gain, start + attack);
    env.gain.exponentialRampToValueAtTime(0.0001, start + attack + spec.decay);
    osc.connect(env).connect(this.buses[bus]);
    osc.start(start);
    osc.stop(start + attack + spec.decay + 0.05);
  }

  /** A short filtered noise burst (a footstep, a rustle). */
  noise(opts: { at?: number; decay: number; gain: number; frequency: number; q?: number }, bus: Bus = 'effects'): void {
    const start = this.ctx.currentTime + (opts.at ?? 0);
    const source = new AudioBufferSourceNode(this.ctx, { buffer: this.noiseBuffer() });
    const filter = new BiquadFilterNode(this.ctx, { type: 'bandpass', frequency: opts.frequency, Q: opts.q ?? 1 });
    const env = new GainNode(this.ctx, { gain: 0 });
    env.gain.setValueAtTime(0, start);
    env.gain.linearRampToValueAtTime(opts.gain, start + 0.005);
    env.gain.exponentialRampToValueAtTime(0.0001, start + opts.decay);
    source.connect(filter).connect(env).connect(this.buses[bus]);
    source.start(start, Math.random() * 0.5);
    source.stop(start + opts.decay + 0.05);
  }

  /** A looping, low-passed noise bed with a slow swell: distant traffic and voices. Returns a stop function. */
  bed(): () => void {
    const source = new AudioBufferSourceNode(this.ctx, { buffer: this.noiseBuffer(), loop: true });
    const filter = new BiquadFilterNode(this.ctx, { type: 'lowpass', frequency: 420, Q: 0.3 });
    const level = new GainNode(this.ctx, { gain: 0.25 });
    const swell = new OscillatorNode(this.ctx, { frequency: 0.07 });
    const swellDepth = new GainNode(this.ctx, { gain: 0.08 });
    swell.connect(swellDepth).connect(level.gain);
    source.connect(filter).connect(level).connect(this.buses.ambience);
    source.start();
    swell.start();
    return () => {
      source.stop();
      swell.stop();
      level.disconnect();
    };
  }

  private noiseCache: AudioBuffer | null = null;
  private noiseBuffer(): AudioBuffer {
    if (this.noiseCache) return this.noiseCache;
    const length = this.ctx.sampleRate * 2;
    const buffer = this.ctx.createBuffer(1, length, this.ctx.sampleRate);
    const data = buffer.getChannelData(0);
    // Brown-ish noise: softer than white, no hiss.
    let last = 0;
    for (let i = 0; i < length; i++) {
      last = (last + 0.02 * (Math.random() * 2 - 1)) / 1.02;
      data[i] = last * 3.5;
    }
    this.noiseCache = buffer;
    return buffer;
  }
}
