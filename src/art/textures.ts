// Registers all generated art as Phaser canvas textures with named frames.
// Every image in the game is drawn here, in code (see assets/README.md).
//
// Phaser 4: a CanvasTexture must be `.refresh()`ed after drawing so the GPU
// copy is updated.

import type Phaser from 'phaser';
import { drawPlayerRing, drawWalker, PLAYER_SPEC, POLICE_SPEC, WALKER_SPECS } from './people';
import { drawPortrait } from './portrait';
import {
  drawBench,
  drawBillboard,
  drawBin,
  drawBollard,
  drawBush,
  drawCamera,
  drawCar,
  drawDispenser,
  drawGate,
  drawLamp,
  drawManhole,
  drawMonitor,
  drawPlanter,
  drawScanner,
  drawTrafficLight,
  drawTree,
} from './props';

export { BILLBOARD_HEADER, BILLBOARD_POSTER, DISPENSER_EYE, MONITOR_SCREEN } from './props';

/** Texture keys. Faces are `face-<seed>` (see `faceTexture`). */
export const ArtKeys = {
  walkers: 'walkers',
  player: 'player',
  props: 'props',
} as const;

export const WALKER_VARIANTS = 16;
export const WALK_FRAMES = 4;
/** Size of one walker / player / police frame (square). */
export const WALKER_SIZE = 32;

/** Frame name of a passer-by in the `walkers` atlas: `w{variant}_{frame}`. */
export function walkerFrame(variant: number, frame: number): string {
  const v = ((Math.floor(variant) % WALKER_VARIANTS) + WALKER_VARIANTS) % WALKER_VARIANTS;
  const f = ((Math.floor(frame) % WALK_FRAMES) + WALK_FRAMES) % WALK_FRAMES;
  return `w${v}_${f}`;
}

/** Frame name of a police officer (camera glasses) in the `walkers` atlas: `cop_{frame}`. */
export function policeFrame(frame: number): string {
  const f = ((Math.floor(frame) % WALK_FRAMES) + WALK_FRAMES) % WALK_FRAMES;
  return `cop_${f}`;
}

/** Frame name in the `player` texture: `p_{frame}`. */
export function playerFrame(frame: number): string {
  const f = ((Math.floor(frame) % WALK_FRAMES) + WALK_FRAMES) % WALK_FRAMES;
  return `p_${f}`;
}

/** Frame names in the `props` atlas. */
export const PropFrames = {
  tree: 'tree',
  bush: 'bush',
  lamp: 'lamp',
  bench: 'bench',
  lightRed: 'light-red',
  lightGreen: 'light-green',
  dispenser: 'dispenser',
  camera: 'camera',
  monitor: 'monitor',
  billboard: 'billboard',
  scanner: 'scanner',
  car0: 'car0',
  car1: 'car1',
  car2: 'car2',
  car3: 'car3',
  bollard: 'bollard',
  bin: 'bin',
  manhole: 'manhole',
  planter: 'planter',
  gateOpen: 'gate-open',
  gateClosed: 'gate-closed',
} as const;

export type PropFrame = (typeof PropFrames)[keyof typeof PropFrames];

/** The car frames, for picking a random one. */
export const CAR_FRAMES = [PropFrames.car0, PropFrames.car1, PropFrames.car2, PropFrames.car3] as const;

const CAR_COLORS = ['#5b7fb8', '#eceae4', '#6f9d6b', '#d9a441'] as const;

interface PropDef {
  name: PropFrame;
  w: number;
  h: number;
  draw: (ctx: CanvasRenderingContext2D) => void;
}

const PROPS: readonly PropDef[] = [
  { name: PropFrames.tree, w: 48, h: 48, draw: (c) => drawTree(c, 48) },
  { name: PropFrames.bush, w: 32, h: 32, draw: (c) => drawBush(c, 32) },
  { name: PropFrames.lamp, w: 16, h: 16, draw: (c) => drawLamp(c, 16) },
  { name: PropFrames.bench, w: 40, h: 20, draw: (c) => drawBench(c, 40, 20) },
  { name: PropFrames.lightRed, w: 20, h: 48, draw: (c) => drawTrafficLight(c, 'red', 20, 48) },
  { name: PropFrames.lightGreen, w: 20, h: 48, draw: (c) => drawTrafficLight(c, 'green', 20, 48) },
  { name: PropFrames.dispenser, w: 40, h: 56, draw: (c) => drawDispenser(c, 40, 56) },
  { name: PropFrames.camera, w: 24, h: 24, draw: (c) => drawCamera(c, 24) },
  { name: PropFrames.monitor, w: 220, h: 140, draw: (c) => drawMonitor(c, 220, 140) },
  { name: PropFrames.billboard, w: 220, h: 120, draw: (c) => drawBillboard(c, 220, 120) },
  { name: PropFrames.scanner, w: 48, h: 48, draw: (c) => drawScanner(c, 48) },
  ...CAR_FRAMES.map((name, i) => ({
    name,
    w: 60,
    h: 30,
    draw: (c: CanvasRenderingContext2D) => drawCar(c, CAR_COLORS[i] ?? CAR_COLORS[0], 60, 30),
  })),
  { name: PropFrames.bollard, w: 12, h: 12, draw: (c) => drawBollard(c, 12) },
  { name: PropFrames.bin, w: 14, h: 14, draw: (c) => drawBin(c, 14) },
  { name: PropFrames.manhole, w: 20, h: 20, draw: (c) => drawManhole(c, 20) },
  { name: PropFrames.planter, w: 40, h: 20, draw: (c) => drawPlanter(c, 40, 20) },
  { name: PropFrames.gateOpen, w: 64, h: 32, draw: (c) => drawGate(c, true, 64, 32) },
  { name: PropFrames.gateClosed, w: 64, h: 32, draw: (c) => drawGate(c, false, 64, 32) },
];

/** Size of each prop frame, e.g. for hit areas and layout. */
export const PROP_SIZES: Readonly<Record<PropFrame, { w: number; h: number }>> = Object.fromEntries(
  PROPS.map((p) => [p.name, { w: p.w, h: p.h }]),
) as Record<PropFrame, { w: number; h: number }>;

/** Transparent gap around every frame, so linear filtering never bleeds between frames. */
const PAD = 2;
const PROPS_ATLAS_WIDTH = 512;

interface Placed<T> {
  item: T;
  x: number;
  y: number;
}

/** Simple shelf packing, tallest first. Deterministic. */
function pack<T extends { w: number; h: number }>(items: readonly T[], width: number): { placed: Placed<T>[]; height: number } {
  const sorted = [...items].sort((a, b) => b.h - a.h || b.w - a.w);
  const placed: Placed<T>[] = [];
  let x = PAD;
  let y = PAD;
  let shelf = 0;
  for (const item of sorted) {
    if (x + item.w + PAD > width) {
      x = PAD;
      y += shelf + PAD * 2;
      shelf = 0;
    }
    placed.push({ item, x, y });
    x += item.w + PAD * 2;
    shelf = Math.max(shelf, item.h);
  }
  return { placed, height: y + shelf + PAD };
}

function makeCanvas(
  scene: Phaser.Scene,
  key: string,
  w: number,
  h: number,
): { tex: Phaser.Textures.CanvasTexture; ctx: CanvasRenderingContext2D } | null {
  if (scene.textures.exists(key)) return null;
  const tex = scene.textures.createCanvas(key, w, h);
  if (!tex) return null;
  const ctx = tex.getContext();
  ctx.clearRect(0, 0, w, h);
  ctx.imageSmoothingEnabled = true;
  return { tex, ctx };
}

function drawAt(ctx: CanvasRenderingContext2D, x: number, y: number, fn: () => void): void {
  ctx.save();
  ctx.translate(x, y);
  fn();
  ctx.restore();
}

function registerWalkers(scene: Phaser.Scene): void {
  const cell = WALKER_SIZE + PAD * 2;
  const rows = WALKER_VARIANTS + 1; // + police
  const made = makeCanvas(scene, ArtKeys.walkers, cell * WALK_FRAMES, cell * rows);
  if (!made) return;
  const { tex, ctx } = made;
  const half = WALKER_SIZE / 2;
  for (let row = 0; row < rows; row++) {
    const spec = row < WALKER_VARIANTS ? WALKER_SPECS[row] : POLICE_SPEC;
    if (!spec) continue;
    for (let f = 0; f < WALK_FRAMES; f++) {
      const x = f * cell + PAD;
      const y = row * cell + PAD;
      drawWalker(ctx, x + half, y + half, spec, f);
      tex.add(row < WALKER_VARIANTS ? walkerFrame(row, f) : policeFrame(f), 0, x, y, WALKER_SIZE, WALKER_SIZE);
    }
  }
  tex.refresh();
}

function registerPlayer(scene: Phaser.Scene): void {
  const cell = WALKER_SIZE + PAD * 2;
  const made = makeCanvas(scene, ArtKeys.player, cell * WALK_FRAMES, cell);
  if (!made) return;
  const { tex, ctx } = made;
  const half = WALKER_SIZE / 2;
  for (let f = 0; f < WALK_FRAMES; f++) {
    const x = f * cell + PAD;
    const y = PAD;
    drawPlayerRing(ctx, x + half, y + half);
    drawWalker(ctx, x + half, y + half, PLAYER_SPEC, f);
    tex.add(playerFrame(f), 0, x, y, WALKER_SIZE, WALKER_SIZE);
  }
  tex.refresh();
}

function registerProps(scene: Phaser.Scene): void {
  const { placed, height } = pack(PROPS, PROPS_ATLAS_WIDTH);
  const made = makeCanvas(scene, ArtKeys.props, PROPS_ATLAS_WIDTH, height);
  if (!made) return;
  const { tex, ctx } = made;
  for (const { item, x, y } of placed) {
    drawAt(ctx, x, y, () => {
      ctx.beginPath();
      ctx.rect(0, 0, item.w, item.h);
      ctx.clip();
      item.draw(ctx);
    });
    tex.add(item.name, 0, x, y, item.w, item.h);
  }
  tex.refresh();
}

/**
 * Creates every atlas (walkers, player, props) once. Safe to call from
 * every scene's `create()`: existing textures are kept.
 */
export function registerArt(scene: Phaser.Scene): void {
  registerWalkers(scene);
  registerPlayer(scene);
  registerProps(scene);
}

/** Texture key of a face: `face-<seed>` at the default size 128, else `face-<seed>-<size>`. */
export function faceKey(seed: number, size = 128): string {
  return size === 128 ? `face-${seed}` : `face-${seed}-${size}`;
}

/**
 * Creates (once) a portrait texture for `seed` and returns its key.
 * The portrait fills the texture (size × size); use `setDisplaySize` to fit.
 */
export function faceTexture(scene: Phaser.Scene, seed: number, size = 128): string {
  const key = faceKey(seed, size);
  const made = makeCanvas(scene, key, size, size);
  if (made) {
    drawPortrait(made.ctx, size, seed);
    made.tex.refresh();
  }
  return key;
}

/** Removes a face texture made by `faceTexture` (e.g. when a crowd is reset). */
export function releaseFace(scene: Phaser.Scene, seed: number, size = 128): void {
  const key = faceKey(seed, size);
  if (scene.textures.exists(key)) scene.textures.remove(key);
}
