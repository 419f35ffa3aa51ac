// Small canvas-2D helpers shared by the drawings in src/art/. No Phaser here.

export type Ctx = CanvasRenderingContext2D;

/** Parse "#rrggbb" into [r, g, b]. */
function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1, 7), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function hex2(v: number): string {
  return Math.max(0, Math.min(255, Math.round(v)))
    .toString(16)
    .padStart(2, '0');
}

/** Mix two "#rrggbb" colours; t = 0 gives a, t = 1 gives b. */
export function mix(a: string, b: string, t: number): string {
  const [ar, ag, ab] = rgb(a);
  const [br, bg, bb] = rgb(b);
  return `#${hex2(ar + (br - ar) * t)}${hex2(ag + (bg - ag) * t)}${hex2(ab + (bb - ab) * t)}`;
}

/** Darken ("#000" direction) by t in [0, 1]. */
export function shade(color: string, t: number): string {
  return mix(color, '#000000', t);
}

/** Lighten ("#fff" direction) by t in [0, 1]. */
export function tint(color: string, t: number): string {
  return mix(color, '#ffffff', t);
}

/** "#rrggbb" + alpha → "rgba(...)". */
export function alpha(color: string, a: number): string {
  const [r, g, b] = rgb(color);
  return `rgba(${r},${g},${b},${a})`;
}

/** Relative luminance in [0, 1] (for choosing outlines). */
export function luminance(color: string): number {
  const [r, g, b] = rgb(color);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

export interface Paint {
  fill?: string;
  stroke?: string;
  lineWidth?: number;
}

function paint(ctx: Ctx, p: Paint): void {
  if (p.fill) {
    ctx.fillStyle = p.fill;
    ctx.fill();
  }
  if (p.stroke) {
    ctx.strokeStyle = p.stroke;
    ctx.lineWidth = p.lineWidth ?? 1;
    ctx.stroke();
  }
}

export function ellipse(
  ctx: Ctx,
  x: number,
  y: number,
  rx: number,
  ry: number,
  p: Paint,
  rotation = 0,
): void {
  ctx.beginPath();
  ctx.ellipse(x, y, Math.max(0.01, rx), Math.max(0.01, ry), rotation, 0, Math.PI * 2);
  paint(ctx, p);
}

export function circle(ctx: Ctx, x: number, y: number, r: number, p: Paint): void {
  ellipse(ctx, x, y, r, r, p);
}

export function rrect(
  ctx: Ctx,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number | number[],
  p: Paint,
): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
  paint(ctx, p);
}

export function rect(ctx: Ctx, x: number, y: number, w: number, h: number, p: Paint): void {
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  paint(ctx, p);
}

export function line(
  ctx: Ctx,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  stroke: string,
  lineWidth: number,
  cap: CanvasLineCap = 'round',
): void {
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x2, y2);
  ctx.lineCap = cap;
  ctx.strokeStyle = stroke;
  ctx.lineWidth = lineWidth;
  ctx.stroke();
}

/** Runs `fn` between save() and restore(), translated to (x, y). */
export function at(ctx: Ctx, x: number, y: number, fn: () => void): void {
  ctx.save();
  ctx.translate(x, y);
  fn();
  ctx.restore();
}
