// Street furniture and the system's devices, drawn into a box at (0, 0).
// Canvas 2D only (no Phaser). Light comes from the top left, so static
// props cast their shadow to the bottom right; things the game rotates
// (cars, cameras) get a centred shadow.
//
// The city's things use soft outlines (a darker shade of their fill); the
// system's devices use hard black outlines and poster colours.

import { alpha, circle, ellipse, line, rect, rrect, shade, tint, type Ctx } from './draw';
import { CityCss, SystemCss } from './palette';

const SHADOW = alpha(CityCss.shadow, 0.2);
const SYS = SystemCss;

/** Where the game draws on the monitor / billboard (relative to the frame's top-left). */
export const MONITOR_SCREEN = { x: 12, y: 12, w: 196, h: 92 } as const;
export const BILLBOARD_POSTER = { x: 10, y: 10, w: 200, h: 80 } as const;
/** The red header band at the top of the billboard poster (inside `BILLBOARD_POSTER`). */
export const BILLBOARD_HEADER = { x: 10, y: 10, w: 200, h: 18 } as const;
/** Centre of the dispenser's camera eye. */
export const DISPENSER_EYE = { x: 20, y: 15 } as const;

export function drawTree(ctx: Ctx, size = 48): void {
  const c = size / 2;
  const R = size * 0.4;
  ellipse(ctx, c + 3.5, c + 4, R, R * 0.95, { fill: SHADOW });
  circle(ctx, c, c, R, { fill: CityCss.treeDark, stroke: shade(CityCss.treeDark, 0.25), lineWidth: 1.2 });
  // lobes of the crown
  const lobes = 7;
  for (let i = 0; i < lobes; i++) {
    const a = (i / lobes) * Math.PI * 2 + 0.3;
    circle(ctx, c + Math.cos(a) * R * 0.55 - 1.2, c + Math.sin(a) * R * 0.55 - 1.2, R * 0.4, { fill: CityCss.tree });
  }
  circle(ctx, c - 1.5, c - 1.5, R * 0.5, { fill: CityCss.tree });
  // lit side
  for (const [dx, dy, r] of [
    [-0.38, -0.35, 0.3],
    [0.05, -0.5, 0.22],
    [-0.55, 0.05, 0.2],
    [-0.12, -0.12, 0.22],
  ] as const) {
    circle(ctx, c + dx * R, c + dy * R, r * R, { fill: CityCss.treeLight });
  }
  // a few leaf specks
  for (const [dx, dy] of [
    [0.3, 0.35],
    [0.45, -0.1],
    [-0.2, 0.5],
  ] as const) {
    circle(ctx, c + dx * R, c + dy * R, 1.3, { fill: alpha(shade(CityCss.treeDark, 0.2), 0.6) });
  }
}

export function drawBush(ctx: Ctx, size = 32): void {
  const c = size / 2;
  ellipse(ctx, c + 2.5, c + 3, size * 0.36, size * 0.32, { fill: SHADOW });
  const dark = shade(CityCss.tree, 0.05);
  for (const [dx, dy, r] of [
    [-5, -2, 7],
    [4, -4, 6.5],
    [5, 4, 6.5],
    [-3, 5, 6.5],
    [0, 0, 7],
  ] as const) {
    circle(ctx, c + dx, c + dy, r, { fill: dark, stroke: shade(dark, 0.25), lineWidth: 1 });
  }
  for (const [dx, dy, r] of [
    [-5, -2, 7],
    [4, -4, 6.5],
    [5, 4, 6.5],
    [-3, 5, 6.5],
    [0, 0, 7],
  ] as const) {
    circle(ctx, c + dx - 1.5, c + dy - 1.5, r * 0.62, { fill: CityCss.treeLight });
  }
  for (const [dx, dy] of [
    [-6, -4],
    [5, -5],
    [6, 5],
    [-2, 6],
    [1, -1],
  ] as const) {
    circle(ctx, c + dx, c + dy, 1.4, { fill: '#f7d9e3' });
    circle(ctx, c + dx, c + dy, 0.6, { fill: '#e9b949' });
  }
}

export function drawLamp(ctx: Ctx, size = 16): void {
  const c = size / 2;
  circle(ctx, c, c, c - 0.5, { fill: 'rgba(255,236,170,0.28)' });
  circle(ctx, c + 1.2, c + 1.4, 4.6, { fill: SHADOW });
  circle(ctx, c, c, 4.6, { fill: CityCss.metal, stroke: shade(CityCss.metal, 0.35), lineWidth: 1 });
  circle(ctx, c, c, 2.8, { fill: '#fff1bf' });
  circle(ctx, c - 0.8, c - 0.8, 1, { fill: '#ffffff' });
}

export function drawBench(ctx: Ctx, w = 40, h = 20): void {
  rrect(ctx, 4, 5, w - 5, h - 5, 3, { fill: SHADOW });
  const metal = shade(CityCss.metal, 0.1);
  // frame ends
  rrect(ctx, 3, 2, 3, h - 5, 1, { fill: metal });
  rrect(ctx, w - 7, 2, 3, h - 5, 1, { fill: metal });
  // backrest (north) and seat slats
  rrect(ctx, 1, 1.5, w - 3, 4, 1.5, { fill: shade(CityCss.wood, 0.15), stroke: shade(CityCss.wood, 0.45), lineWidth: 0.8 });
  for (let i = 0; i < 3; i++) {
    rrect(ctx, 1.5, 7 + i * 3.6, w - 4, 2.8, 1, { fill: i === 1 ? CityCss.wood : tint(CityCss.wood, 0.08), stroke: shade(CityCss.wood, 0.4), lineWidth: 0.7 });
  }
}

/** Pedestrian signal from the front: red standing figure on top, green walking figure below. */
export function drawTrafficLight(ctx: Ctx, lit: 'red' | 'green', w = 20, h = 48): void {
  rrect(ctx, 1, 1, w - 2, h - 2, 4, { fill: SYS.black });
  rrect(ctx, 2.5, 2.5, w - 5, h - 5, 3, { stroke: SYS.yellow, lineWidth: 1.2 });
  const cx = w / 2;
  const lamps: { y: number; on: boolean; color: string; walking: boolean }[] = [
    { y: h * 0.29, on: lit === 'red', color: '#ff3b3b', walking: false },
    { y: h * 0.71, on: lit === 'green', color: SYS.go, walking: true },
  ];
  for (const l of lamps) {
    circle(ctx, cx, l.y, 7, { fill: l.on ? alpha(l.color, 0.3) : SYS.charcoal });
    circle(ctx, cx, l.y, 6, { fill: l.on ? shade(l.color, 0.55) : '#202024' });
    drawSignalFigure(ctx, cx, l.y, l.walking, l.on ? tint(l.color, 0.15) : '#3c3c44');
  }
}

function drawSignalFigure(ctx: Ctx, x: number, y: number, walking: boolean, color: string): void {
  circle(ctx, x, y - 3.6, 1.3, { fill: color });
  ctx.strokeStyle = color;
  ctx.lineCap = 'round';
  ctx.lineWidth = 1.7;
  ctx.beginPath();
  if (walking) {
    ctx.moveTo(x + 0.3, y - 1.8);
    ctx.lineTo(x - 0.3, y + 1.2);
    ctx.moveTo(x - 0.3, y + 1.2);
    ctx.lineTo(x - 2.4, y + 4.2);
    ctx.moveTo(x - 0.3, y + 1.2);
    ctx.lineTo(x + 2, y + 4.2);
    ctx.moveTo(x + 0.2, y - 1.2);
    ctx.lineTo(x + 2.6, y + 0.4);
    ctx.moveTo(x + 0.2, y - 1.2);
    ctx.lineTo(x - 2.4, y);
  } else {
    ctx.moveTo(x, y - 1.8);
    ctx.lineTo(x, y + 1.4);
    ctx.moveTo(x - 0.9, y + 1.2);
    ctx.lineTo(x - 0.9, y + 4.4);
    ctx.moveTo(x + 0.9, y + 1.2);
    ctx.lineTo(x + 0.9, y + 4.4);
    ctx.moveTo(x - 2.2, y - 1.4);
    ctx.lineTo(x - 2.2, y + 1.6);
    ctx.moveTo(x + 2.2, y - 1.4);
    ctx.lineTo(x + 2.2, y + 1.6);
  }
  ctx.stroke();
}

/** Wall-mounted toilet-paper machine with a camera eye, seen from the front. */
export function drawDispenser(ctx: Ctx, w = 40, h = 56): void {
  rrect(ctx, 3, 3, w - 4, h - 6, 5, { fill: SHADOW });
  rrect(ctx, 1.5, 1.5, w - 5, h - 7, 5, { fill: SYS.cream, stroke: SYS.black, lineWidth: 2 });
  // red crown with the eye
  ctx.save();
  ctx.beginPath();
  ctx.roundRect(1.5, 1.5, w - 5, h - 7, 5);
  ctx.clip();
  rect(ctx, 0, 0, w, 25, { fill: SYS.red });
  rect(ctx, 0, 25, w, 2, { fill: SYS.black });
  ctx.restore();
  const { x: ex, y: ey } = DISPENSER_EYE;
  const eyeX = ex - 1.5;
  // yellow scan brackets
  ctx.strokeStyle = SYS.yellow;
  ctx.lineWidth = 1.6;
  ctx.lineCap = 'square';
  const b = 10;
  const t = 3.5;
  ctx.beginPath();
  for (const [sx, sy] of [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ] as const) {
    ctx.moveTo(eyeX + sx * b, ey + sy * (b - t) - sy * 0);
    ctx.lineTo(eyeX + sx * b, ey + sy * b * 0.8);
    ctx.lineTo(eyeX + sx * (b - t), ey + sy * b * 0.8);
  }
  ctx.stroke();
  circle(ctx, eyeX, ey, 6, { fill: SYS.black });
  circle(ctx, eyeX, ey, 4, { fill: '#26324a' });
  circle(ctx, eyeX, ey, 2, { fill: '#0a0a0c' });
  circle(ctx, eyeX - 1.4, ey - 1.4, 0.9, { fill: 'rgba(255,255,255,0.8)' });
  circle(ctx, eyeX + 5.6, ey - 5, 1.1, { fill: '#ff4a4a' });
  // small status screen
  rrect(ctx, 7, 31, w - 17, 8, 1.5, { fill: SYS.black });
  rect(ctx, 9, 33.3, 8, 1.5, { fill: SYS.yellow });
  rect(ctx, 9, 36, 13, 1.2, { fill: alpha(SYS.cream, 0.6) });
  // slot and a sheet of paper
  rrect(ctx, 7, 42, w - 17, 3, 1.2, { fill: '#1a1a1e' });
  rect(ctx, 12, 43.5, w - 27, h - 45, { fill: '#ffffff', stroke: '#cfcac0', lineWidth: 0.6 });
  ctx.setLineDash([1.2, 1.2]);
  line(ctx, 12, 51, w - 15, 51, '#b9b3a8', 0.6, 'butt');
  ctx.setLineDash([]);
}

/** CCTV camera on a pole, from above, looking east; the pole is at the centre. */
export function drawCamera(ctx: Ctx, size = 24): void {
  const c = size / 2;
  ctx.save();
  ctx.translate(c, c);
  // shadow
  rrect(ctx, -1.5, -3.2, 13.5, 8.4, 2.5, { fill: SHADOW });
  // bracket from the pole to the body
  line(ctx, -3, 0, 1, 0, '#3b3d44', 2.6);
  // body: black box, yellow band, wider hood at the front
  rrect(ctx, 0, -3.6, 9.5, 7.2, 1.8, { fill: SYS.black });
  rect(ctx, 2.6, -3.6, 1.8, 7.2, { fill: SYS.yellow });
  ctx.beginPath();
  ctx.moveTo(9, -3.4);
  ctx.lineTo(11.6, -4.6);
  ctx.lineTo(11.6, 4.6);
  ctx.lineTo(9, 3.4);
  ctx.closePath();
  ctx.fillStyle = SYS.charcoal;
  ctx.fill();
  rect(ctx, 11, -3, 0.8, 6, { fill: '#26324a' });
  circle(ctx, 6.8, -1.7, 0.9, { fill: SYS.red });
  // pole top at the centre
  circle(ctx, -3.5, 0, 3.2, { fill: shade(CityCss.metal, 0.1), stroke: SYS.black, lineWidth: 1 });
  circle(ctx, -4.1, -0.6, 1.1, { fill: tint(CityCss.metal, 0.35) });
  ctx.restore();
}

function drawPost(ctx: Ctx, x: number, top: number, bottom: number): void {
  rect(ctx, x + 2, top, 6, bottom - top - 3, { fill: SHADOW });
  rect(ctx, x - 3, top, 6, bottom - top - 3, { fill: '#3b3d44' });
  rect(ctx, x - 3, top, 2, bottom - top - 3, { fill: '#565963' });
  rrect(ctx, x - 6, bottom - 5, 12, 4, 1.5, { fill: SYS.black });
}

/** Big public screen on posts; the game draws the face and text into `MONITOR_SCREEN`. */
export function drawMonitor(ctx: Ctx, w = 220, h = 140): void {
  const frameH = 116;
  drawPost(ctx, 48, frameH - 4, h);
  drawPost(ctx, w - 48, frameH - 4, h);
  rrect(ctx, 1, 1, w - 2, frameH - 2, 7, { fill: SYS.red, stroke: SYS.black, lineWidth: 2 });
  // yellow trim and chevrons
  rrect(ctx, 5, 5, w - 10, frameH - 10, 5, { stroke: SYS.yellow, lineWidth: 1.6 });
  const s = MONITOR_SCREEN;
  rrect(ctx, s.x - 2, s.y - 2, s.w + 4, s.h + 4, 3, { fill: SYS.black });
  rect(ctx, s.x, s.y, s.w, s.h, { fill: '#1c1d24' });
  // faint scan lines
  for (let y = s.y + 2; y < s.y + s.h; y += 4) rect(ctx, s.x, y, s.w, 1, { fill: 'rgba(255,255,255,0.025)' });
  // status lamp and a grille in the bottom border
  circle(ctx, w - 14, frameH - 6, 2, { fill: '#ff5a5a' });
  for (let i = 0; i < 5; i++) rect(ctx, 14 + i * 5, frameH - 7.5, 3, 3, { fill: SYS.redDark });
}

/** Empty poster frame on posts; poster area `BILLBOARD_POSTER`, red header `BILLBOARD_HEADER`. */
export function drawBillboard(ctx: Ctx, w = 220, h = 120): void {
  const frameH = 100;
  drawPost(ctx, 40, frameH - 4, h);
  drawPost(ctx, w - 40, frameH - 4, h);
  rrect(ctx, 1, 1, w - 2, frameH - 2, 4, { fill: SYS.black });
  // yellow-black hazard trim along the bottom
  ctx.save();
  ctx.beginPath();
  ctx.rect(4, frameH - 8, w - 8, 5);
  ctx.clip();
  rect(ctx, 0, frameH - 8, w, 5, { fill: SYS.yellow });
  ctx.fillStyle = SYS.black;
  for (let x = -10; x < w; x += 8) {
    ctx.beginPath();
    ctx.moveTo(x, frameH - 3);
    ctx.lineTo(x + 4, frameH - 3);
    ctx.lineTo(x + 9, frameH - 8);
    ctx.lineTo(x + 5, frameH - 8);
    ctx.closePath();
    ctx.fill();
  }
  ctx.restore();
  const p = BILLBOARD_POSTER;
  rect(ctx, p.x, p.y, p.w, p.h, { fill: SYS.cream });
  const hd = BILLBOARD_HEADER;
  rect(ctx, hd.x, hd.y, hd.w, hd.h, { fill: SYS.red });
  rect(ctx, hd.x, hd.y + hd.h, hd.w, 1.5, { fill: SYS.yellow });
  // lamps on the top edge
  for (const x of [w * 0.25, w * 0.5, w * 0.75]) {
    rrect(ctx, x - 6, 0, 12, 4, 1.5, { fill: '#3b3d44' });
  }
}

/** Face-scan ring (a ground marking or an overlay): yellow ring, red brackets. */
export function drawScanner(ctx: Ctx, size = 48): void {
  const c = size / 2;
  const R = size * 0.4;
  circle(ctx, c, c, R, { fill: alpha(SYS.red, 0.14) });
  // dashed yellow ring
  ctx.save();
  ctx.setLineDash([5, 3]);
  ctx.beginPath();
  ctx.arc(c, c, R, 0, Math.PI * 2);
  ctx.strokeStyle = SYS.black;
  ctx.lineWidth = 4.5;
  ctx.stroke();
  ctx.strokeStyle = SYS.yellow;
  ctx.lineWidth = 2.6;
  ctx.stroke();
  ctx.restore();
  // inner thin ring and ticks
  ctx.beginPath();
  ctx.arc(c, c, R * 0.62, 0, Math.PI * 2);
  ctx.strokeStyle = alpha(SYS.yellow, 0.8);
  ctx.lineWidth = 1;
  ctx.stroke();
  for (let i = 0; i < 4; i++) {
    const a = (i * Math.PI) / 2;
    line(ctx, c + Math.cos(a) * R * 0.45, c + Math.sin(a) * R * 0.45, c + Math.cos(a) * R * 0.8, c + Math.sin(a) * R * 0.8, SYS.yellow, 1.4);
  }
  // corner brackets
  const b = size / 2 - 1.5;
  const l = size * 0.2;
  ctx.strokeStyle = SYS.red;
  ctx.lineWidth = 2.4;
  ctx.lineCap = 'square';
  ctx.beginPath();
  for (const [sx, sy] of [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ] as const) {
    ctx.moveTo(c + sx * b, c + sy * (b - l));
    ctx.lineTo(c + sx * b, c + sy * b);
    ctx.lineTo(c + sx * (b - l), c + sy * b);
  }
  ctx.stroke();
  circle(ctx, c, c, 2, { fill: SYS.red });
}

/** Car seen from above, facing east. */
export function drawCar(ctx: Ctx, body: string, w = 60, h = 30): void {
  // centred shadow: cars get rotated
  rrect(ctx, 1, 1.5, w - 2, h - 2, 9, { fill: alpha(CityCss.shadow, 0.18) });
  // wheels peeking out
  for (const x of [13, w - 17]) {
    rrect(ctx, x, 2.2, 9, 3, 1, { fill: '#1f2024' });
    rrect(ctx, x, h - 5.2, 9, 3, 1, { fill: '#1f2024' });
  }
  const edge = shade(body, 0.35);
  rrect(ctx, 3, 3.5, w - 6, h - 7, [7, 10, 10, 7], { fill: body, stroke: edge, lineWidth: 1.2 });
  // mirrors
  rrect(ctx, 36, 1.6, 3.2, 3, 1, { fill: shade(body, 0.15) });
  rrect(ctx, 36, h - 4.6, 3.2, 3, 1, { fill: shade(body, 0.15) });
  const glass = '#3e4a5c';
  // windscreen (east) and rear window (west)
  ctx.beginPath();
  ctx.moveTo(34, 7);
  ctx.lineTo(42, 8.5);
  ctx.quadraticCurveTo(43.5, h / 2, 42, h - 8.5);
  ctx.lineTo(34, h - 7);
  ctx.closePath();
  ctx.fillStyle = glass;
  ctx.fill();
  ctx.beginPath();
  ctx.moveTo(16, 7.5);
  ctx.lineTo(11.5, 9);
  ctx.quadraticCurveTo(10.5, h / 2, 11.5, h - 9);
  ctx.lineTo(16, h - 7.5);
  ctx.closePath();
  ctx.fill();
  // roof
  rrect(ctx, 16.5, 7, 17, h - 14, 3, { fill: tint(body, 0.12), stroke: alpha(edge, 0.5), lineWidth: 0.8 });
  // glare on the windscreen
  line(ctx, 37, 9.5, 39.5, 12.5, 'rgba(255,255,255,0.35)', 1.2);
  // bonnet line
  line(ctx, 46, 7.5, 54, 8, alpha(edge, 0.5), 0.8);
  line(ctx, 46, h - 7.5, 54, h - 8, alpha(edge, 0.5), 0.8);
  // lights
  rrect(ctx, w - 5.5, 5.5, 2.5, 4.5, 1, { fill: '#fff6cf' });
  rrect(ctx, w - 5.5, h - 10, 2.5, 4.5, 1, { fill: '#fff6cf' });
  rrect(ctx, 3, 5.5, 2, 4, 1, { fill: '#d9484f' });
  rrect(ctx, 3, h - 9.5, 2, 4, 1, { fill: '#d9484f' });
}

export function drawBollard(ctx: Ctx, size = 12): void {
  const c = size / 2;
  circle(ctx, c + 1, c + 1.2, 4.2, { fill: SHADOW });
  circle(ctx, c, c, 4.2, { fill: shade(CityCss.metal, 0.15), stroke: shade(CityCss.metal, 0.5), lineWidth: 0.8 });
  ctx.beginPath();
  ctx.arc(c, c, 3, 0, Math.PI * 2);
  ctx.strokeStyle = '#f1efe9';
  ctx.lineWidth = 1.1;
  ctx.stroke();
  circle(ctx, c - 0.6, c - 0.6, 1.4, { fill: tint(CityCss.metal, 0.3) });
}

export function drawBin(ctx: Ctx, size = 14): void {
  const c = size / 2;
  circle(ctx, c + 1, c + 1.2, 5.2, { fill: SHADOW });
  circle(ctx, c, c, 5.2, { fill: '#5d7a64', stroke: shade('#5d7a64', 0.4), lineWidth: 0.9 });
  circle(ctx, c, c, 3.4, { fill: '#2e3530' });
  circle(ctx, c - 0.8, c + 0.4, 1, { fill: '#e8e4dc' });
}

export function drawManhole(ctx: Ctx, size = 20): void {
  const c = size / 2;
  circle(ctx, c, c, c - 1, { fill: '#6b6f78', stroke: '#4a4d55', lineWidth: 1.2 });
  ctx.strokeStyle = 'rgba(40,42,48,0.5)';
  ctx.lineWidth = 0.8;
  for (let i = -2; i <= 2; i++) {
    ctx.beginPath();
    ctx.moveTo(c + i * 3, c - Math.sqrt(Math.max(0, (c - 3) ** 2 - (i * 3) ** 2)));
    ctx.lineTo(c + i * 3, c + Math.sqrt(Math.max(0, (c - 3) ** 2 - (i * 3) ** 2)));
    ctx.stroke();
  }
}

/** A low planter box with flowers, from above. */
export function drawPlanter(ctx: Ctx, w = 40, h = 20): void {
  rrect(ctx, 3, 3.5, w - 3, h - 3, 3, { fill: SHADOW });
  rrect(ctx, 1, 1, w - 3, h - 3, 3, { fill: '#a9a397', stroke: '#7f796e', lineWidth: 1 });
  rrect(ctx, 3.5, 3.5, w - 8, h - 8, 2, { fill: '#6b5443' });
  for (let i = 0; i < 5; i++) {
    const x = 7 + i * ((w - 14) / 4);
    circle(ctx, x, h / 2 - 1, 3.6, { fill: i % 2 ? CityCss.tree : CityCss.treeLight });
    circle(ctx, x + 0.5, h / 2 - 1.5, 1.2, { fill: i % 2 ? '#f7d9e3' : '#f3c34f' });
  }
}

/**
 * A face gate (station barrier) from above; people pass west → east through
 * the lane in the middle. Closed: red flaps across the lane; open: the flaps
 * fold into the cabinets and a green arrow shows the way.
 */
export function drawGate(ctx: Ctx, open: boolean, w = 64, h = 32): void {
  const cab = 8;
  const laneTop = cab;
  const laneBottom = h - cab;
  const mid = h / 2;
  // lane floor tint
  rect(ctx, 4, laneTop, w - 8, laneBottom - laneTop, { fill: alpha(open ? SYS.go : SYS.red, 0.12) });
  if (open) {
    ctx.beginPath();
    ctx.moveTo(w / 2 + 8, mid);
    ctx.lineTo(w / 2 - 1, mid - 5);
    ctx.lineTo(w / 2 - 1, mid - 2);
    ctx.lineTo(w / 2 - 9, mid - 2);
    ctx.lineTo(w / 2 - 9, mid + 2);
    ctx.lineTo(w / 2 - 1, mid + 2);
    ctx.lineTo(w / 2 - 1, mid + 5);
    ctx.closePath();
    ctx.fillStyle = alpha(SYS.go, 0.85);
    ctx.fill();
  } else {
    for (const [y0, dir] of [
      [laneTop, 1],
      [laneBottom, -1],
    ] as const) {
      const len = mid - laneTop - 0.6;
      const y = dir > 0 ? y0 : y0 - len;
      rrect(ctx, w / 2 - 2.5, y, 5, len, 1.5, { fill: SYS.red, stroke: SYS.black, lineWidth: 1 });
      rect(ctx, w / 2 - 0.6, y + 1.2, 1.2, len - 2.4, { fill: SYS.cream });
    }
  }
  // two cabinets (north and south of the lane)
  for (const y of [0, h - cab]) {
    rrect(ctx, 2.5, y + 1.5, w - 3, cab - 1, 2.5, { fill: SHADOW });
    rrect(ctx, 1, y + 0.5, w - 3, cab - 1.5, 2.5, { fill: '#d6d3cc', stroke: SYS.black, lineWidth: 1.2 });
    rect(ctx, 13, y + cab / 2 - 1.4, w - 19, 2, { fill: SYS.black });
    // face reader with its lamp at the west end, where people arrive
    rrect(ctx, 4, y + 1.6, 6, cab - 3.7, 1, { fill: SYS.black });
    circle(ctx, 7, y + cab / 2 - 0.3, 1.3, { fill: open ? SYS.go : '#ff3b3b' });
  }
}
