// Draws the plaza crowd: one image per walker from one shared atlas, so the
// whole crowd renders in a single batch. The walking itself is the pure
// social-force model in src/core/crowd.ts, stepped at a fixed rate, in a
// worker where the browser allows (crowd/stepper.ts).
//
// Per frame this only moves and turns images: an image (not a sprite) has no
// per-frame update of its own, a frame is switched only when the walking
// cycle moves on, and alpha only at the plaza's ends. Nothing is allocated.
import Phaser from 'phaser';
import { ArtKeys, WALK_FRAMES, WALKER_VARIANTS, walkerFrame } from '../art/textures';
import type { Crowd } from '../core/crowd';
import { crowdBerthM, passerByScore } from '../core/passersBy';
import { CrowdStepper } from './crowd/stepper';
import { Random } from '../core/rng';
import type { PassersByParams, Point, StationOf } from '../core/types';
import { Depth, PX_PER_M } from '../scenes/keys';

/** The crowd walks in time-lapse with the day, so it keeps pace with the player. */
const TIME_SCALE = 2;
const STEP = 1 / 30;
/**
 * At 30 fps and more the crowd keeps full pace (two steps a frame at most).
 * A device slower than that sees the crowd slow down instead of each frame
 * doing more catch-up steps, which would make the next frame slower still.
 */
const MAX_STEPS = 2;

/** Frame names by variant × WALK_FRAMES + step, built once instead of a string per walker per frame. */
const FRAME_NAMES = Array.from({ length: WALKER_VARIANTS * WALK_FRAMES }, (_, k) => walkerFrame(Math.floor(k / WALK_FRAMES), k % WALK_FRAMES));

/** Someone whose score can float over their head (see ScoreLabels). */
export interface ScoreSource {
  /**
   * Calls add(x, y, score, id) for everyone within `radius` of p; `id` stays
   * the same for the same person from frame to frame.
   */
  collectNear(p: Point, radius: number, add: (x: number, y: number, score: number, id: number) => void): void;
}

export class CrowdView implements ScoreSource {
  private readonly stepper: CrowdStepper;
  readonly scores: Int16Array;
  private readonly sprites: Phaser.GameObjects.Image[] = [];
  /** Frame index shown per walker, and its alpha, so unchanged ones are not set again. */
  private readonly shownFrame: Int16Array;
  private readonly shownAlpha: Float32Array;
  private readonly variants: Uint8Array;
  private readonly phase: Float32Array;
  private accumulator = 0;
  private readonly origin: Point;

  constructor(
    scene: Phaser.Scene,
    readonly station: StationOf<'plaza'>,
    private readonly passersBy: PassersByParams,
    seed: number,
    count = station.params.agents,
  ) {
    const { area, params } = station;
    this.origin = { x: area.x, y: area.y };
    this.stepper = new CrowdStepper(
      {
        width: area.w / PX_PER_M,
        height: area.h / PX_PER_M,
        count,
        flow: params.flow,
        counterFlowShare: params.counterFlowShare,
        seed,
      },
      MAX_STEPS,
    );
    const rng = new Random(seed ^ 0x5eed);
    this.scores = new Int16Array(count);
    this.variants = new Uint8Array(count);
    this.phase = new Float32Array(count);
    this.shownFrame = new Int16Array(count).fill(-1);
    this.shownAlpha = new Float32Array(count).fill(1);
    for (let i = 0; i < count; i++) {
      // Public scores of passers-by (F03): most are fine, a few are not.
      this.scores[i] = passerByScore(passersBy, rng.next());
      this.variants[i] = rng.int(WALKER_VARIANTS);
      this.phase[i] = rng.next() * 4;
      const sprite = scene.add.image(0, 0, ArtKeys.walkers, walkerFrame(this.variants[i] ?? 0, 0)).setDepth(Depth.walkers);
      this.sprites.push(sprite);
    }
    this.draw(0);
  }

  /** The crowd as last stepped: what is drawn and what the labels read. */
  get crowd(): Crowd {
    return this.stepper.crowd;
  }

  /**
   * Advances the crowd; the player is an obstacle it flows around. When the
   * player's grade makes people avoid them, the crowd keeps a wider berth.
   */
  update(dt: number, player: Point, playerVelocity: Point, avoided = false): void {
    const radius = crowdBerthM(this.passersBy, avoided);
    this.accumulator = Math.min(this.accumulator + dt * TIME_SCALE, STEP * MAX_STEPS);
    const steps = Math.floor(this.accumulator / STEP);
    this.accumulator -= steps * STEP;
    if (steps > 0) {
      const { x, y } = this.origin;
      this.stepper.step(steps, STEP, [(player.x - x) / PX_PER_M, (player.y - y) / PX_PER_M, playerVelocity.x / PX_PER_M, playerVelocity.y / PX_PER_M, radius]);
    }
    this.draw(dt);
  }

  /** Walkers near a point, for the score labels. */
  collectNear(p: Point, radius: number, add: (x: number, y: number, score: number, id: number) => void): void {
    const c = this.crowd;
    const r2 = radius * radius;
    for (let i = 0; i < c.count; i++) {
      const x = this.origin.x + (c.x[i] ?? 0) * PX_PER_M;
      const y = this.origin.y + (c.y[i] ?? 0) * PX_PER_M;
      const dx = x - p.x;
      const dy = y - p.y;
      if (dx * dx + dy * dy < r2) add(x, y, this.scores[i] ?? 0, i);
    }
  }

  private draw(dt: number): void {
    const c = this.crowd;
    const { area, params } = this.station;
    const alongX = params.flow.x !== 0;
    const length = alongX ? area.w : area.h;
    for (let i = 0; i < c.count; i++) {
      const sprite = this.sprites[i];
      if (!sprite) continue;
      const x = (c.x[i] ?? 0) * PX_PER_M;
      const y = (c.y[i] ?? 0) * PX_PER_M;
      sprite.setPosition(this.origin.x + x, this.origin.y + y);
      const vx = c.vx[i] ?? 0;
      const vy = c.vy[i] ?? 0;
      sprite.setRotation(Math.atan2(vy, vx));
      const phase = ((this.phase[i] ?? 0) + dt * Math.hypot(vx, vy) * 4) % WALK_FRAMES;
      this.phase[i] = phase;
      const frame = (this.variants[i] ?? 0) * WALK_FRAMES + (Math.floor(phase) % WALK_FRAMES);
      if (frame !== this.shownFrame[i]) {
        this.shownFrame[i] = frame;
        // Every walker frame has the same size and origin: skip recomputing them.
        sprite.setFrame(FRAME_NAMES[frame] ?? '', false, false);
      }
      // Fade in and out at the plaza's ends, where walkers wrap around.
      const along = alongX ? x : y;
      const alpha = Math.max(0, Math.min(1, along / 40, (length - along) / 40));
      if (alpha !== this.shownAlpha[i]) {
        this.shownAlpha[i] = alpha;
        sprite.setAlpha(alpha);
      }
    }
  }

  destroy(): void {
    this.stepper.destroy();
    for (const s of this.sprites) s.destroy();
    this.sprites.length = 0;
  }
}
