// People seen from straight above, facing EAST (+x), for the walkers atlas.
// Canvas 2D only (no Phaser). The game rotates a sprite to its heading.
//
// Scale: 1 m ≈ 20 px, so an adult's shoulders are ~15 px wide, a head ~9 px.

import { alpha, circle, ellipse, line, rrect, shade, tint, type Ctx } from './draw';
import { CityCss, HAIR_COLORS, SKIN_TONES, SystemCss } from './palette';

export type TopHair = 'short' | 'long' | 'ponytail' | 'bun' | 'afro' | 'curly' | 'braids' | 'bald';
export type TopHeadwear = 'none' | 'cap' | 'beanie' | 'headscarf' | 'hat' | 'turban' | 'police';
export type Carry = 'none' | 'backpack' | 'shoulderBag' | 'cane' | 'phone';

export interface WalkerSpec {
  skin: string;
  hair: string;
  hairStyle: TopHair;
  headwear: TopHeadwear;
  headwearColor: string;
  top: string;
  pants: string;
  shoes: string;
  /** 1 = adult, ~0.72 = child. */
  scale: number;
  carry: Carry;
  carryColor: string;
  glasses?: boolean;
  /** Stripes on the shoulders (uniforms). */
  epaulettes?: string;
}

const skin = (i: number): string => SKIN_TONES[i] ?? SKIN_TONES[3];

/** The 16 passers-by. Index = variant number in frame names `w{variant}_{frame}`. */
export const WALKER_SPECS: readonly WalkerSpec[] = [
  { skin: skin(4), hair: HAIR_COLORS.black, hairStyle: 'short', headwear: 'none', headwearColor: '', top: '#34495e', pants: '#4a4f5c', shoes: '#2a2a2e', scale: 1, carry: 'none', carryColor: '' },
  { skin: skin(1), hair: HAIR_COLORS.blonde, hairStyle: 'ponytail', headwear: 'none', headwearColor: '', top: '#e2795b', pants: '#3d4f6e', shoes: '#f1efe9', scale: 0.95, carry: 'shoulderBag', carryColor: '#8a6445' },
  { skin: skin(8), hair: HAIR_COLORS.black, hairStyle: 'afro', headwear: 'none', headwearColor: '', top: '#d9a441', pants: '#3b3b40', shoes: '#2a2a2e', scale: 1, carry: 'backpack', carryColor: '#6b7d3a' },
  { skin: skin(5), hair: HAIR_COLORS.black, hairStyle: 'short', headwear: 'headscarf', headwearColor: '#7d4b6b', top: '#c9b79c', pants: '#5b4a3d', shoes: '#2a2a2e', scale: 0.95, carry: 'none', carryColor: '' },
  { skin: skin(2), hair: HAIR_COLORS.brown, hairStyle: 'short', headwear: 'cap', headwearColor: '#5b7fb8', top: '#8b8fa3', pants: '#33363d', shoes: '#e9e6df', scale: 1, carry: 'phone', carryColor: '#1e1d22' },
  { skin: skin(9), hair: HAIR_COLORS.black, hairStyle: 'bald', headwear: 'none', headwearColor: '', top: '#7f9f80', pants: '#3f3a35', shoes: '#2a2a2e', scale: 1.04, carry: 'shoulderBag', carryColor: '#34495e' },
  { skin: skin(0), hair: HAIR_COLORS.white, hairStyle: 'short', headwear: 'hat', headwearColor: '#b8a27e', top: '#8a6445', pants: '#55504a', shoes: '#2a2a2e', scale: 0.93, carry: 'cane', carryColor: '#5a3b24' },
  { skin: skin(6), hair: HAIR_COLORS.darkBrown, hairStyle: 'curly', headwear: 'none', headwearColor: '', top: '#f08a4b', pants: '#3d4f6e', shoes: '#5b7fb8', scale: 0.72, carry: 'backpack', carryColor: '#5b7fb8' },
  { skin: skin(3), hair: HAIR_COLORS.black, hairStyle: 'long', headwear: 'none', headwearColor: '', top: '#a8c6df', pants: '#2f3440', shoes: '#2a2a2e', scale: 0.95, carry: 'none', carryColor: '' },
  { skin: skin(7), hair: HAIR_COLORS.black, hairStyle: 'short', headwear: 'headscarf', headwearColor: '#34495e', top: '#9d86b8', pants: '#3b3b40', shoes: '#2a2a2e', scale: 0.95, carry: 'shoulderBag', carryColor: '#c9b79c' },
  { skin: skin(5), hair: HAIR_COLORS.grey, hairStyle: 'short', headwear: 'none', headwearColor: '', top: '#3f6e52', pants: '#6a655c', shoes: '#3a2a20', scale: 0.95, carry: 'none', carryColor: '', glasses: true },
  { skin: skin(1), hair: HAIR_COLORS.ginger, hairStyle: 'bun', headwear: 'none', headwearColor: '', top: '#b5523b', pants: '#2f3440', shoes: '#2a2a2e', scale: 0.95, carry: 'backpack', carryColor: '#3a3a40' },
  { skin: skin(8), hair: HAIR_COLORS.black, hairStyle: 'braids', headwear: 'none', headwearColor: '', top: '#e8e4dc', pants: '#4a4f5c', shoes: '#2a2a2e', scale: 0.97, carry: 'phone', carryColor: '#1e1d22' },
  { skin: skin(9), hair: HAIR_COLORS.black, hairStyle: 'short', headwear: 'cap', headwearColor: '#d9a441', top: '#5b7fb8', pants: '#33363d', shoes: '#e9e6df', scale: 0.7, carry: 'none', carryColor: '' },
  { skin: skin(2), hair: HAIR_COLORS.darkBrown, hairStyle: 'short', headwear: 'none', headwearColor: '', top: '#6b7d3a', pants: '#3d4f6e', shoes: '#5a3b24', scale: 1, carry: 'shoulderBag', carryColor: '#5a3b24', glasses: true },
  { skin: skin(6), hair: HAIR_COLORS.black, hairStyle: 'short', headwear: 'turban', headwearColor: '#34495e', top: '#7d4b6b', pants: '#3b3b40', shoes: '#2a2a2e', scale: 1, carry: 'none', carryColor: '' },
];

/** The player: a bright teal jacket (the only teal in the game). */
export const PLAYER_SPEC: WalkerSpec = {
  skin: skin(4),
  hair: HAIR_COLORS.darkBrown,
  hairStyle: 'short',
  headwear: 'none',
  headwearColor: '',
  top: CityCss.playerTeal,
  pants: '#33363d',
  shoes: '#f1efe9',
  scale: 1,
  carry: 'backpack',
  carryColor: '#f1efe9',
};

/** A patrol officer with camera glasses: system colours (black, signal yellow, red lens). */
export const POLICE_SPEC: WalkerSpec = {
  skin: skin(3),
  hair: HAIR_COLORS.black,
  hairStyle: 'short',
  headwear: 'police',
  headwearColor: SystemCss.black,
  top: '#23262e',
  pants: '#1b1d22',
  shoes: '#111114',
  scale: 1.04,
  carry: 'none',
  carryColor: '',
  glasses: true,
  epaulettes: SystemCss.yellow,
};

/** Leg / arm swing for the 4 walk frames: contact, passing, contact, passing. */
const SWING = [1, 0, -1, 0] as const;

/**
 * Draws one walker centred on (cx, cy), facing east, in walk frame 0–3.
 * Fits in a 32 × 32 cell for scale ≤ 1.05.
 */
export function drawWalker(ctx: Ctx, cx: number, cy: number, spec: WalkerSpec, frame: number): void {
  const swing = SWING[((frame % 4) + 4) % 4] ?? 0;
  const k = spec.scale;
  ctx.save();
  ctx.translate(cx, cy);
  ctx.scale(k, k);
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';

  const outline = 'rgba(30,30,38,0.55)';
  const halfW = 7.2; // half shoulder width (along y)
  const halfD = 3.7; // half torso depth (along x)

  // contact shadow (centred, so it stays right whatever the heading)
  ellipse(ctx, 0.4, 0, 7.6, 9.2, { fill: alpha(CityCss.shadow, 0.1) });

  // legs: on a contact frame the forward foot shows ahead of the body, the other behind
  for (const side of [-1, 1]) {
    const s = swing * side; // +1: this foot forward
    if (s === 0) continue;
    const fy = side * 2.4;
    const fx = s * 4.4;
    line(ctx, 0, fy, fx * 0.8, fy, spec.pants, 2.8);
    ellipse(ctx, fx + (s > 0 ? 0.4 : -0.2), fy, 1.7, 1.25, { fill: spec.shoes, stroke: outline, lineWidth: 0.5 });
  }

  // cane: a tip ahead of the right hand
  if (spec.carry === 'cane') {
    line(ctx, 2, halfW + 0.6, 6.6, halfW + 1.8, spec.carryColor, 1.3);
    circle(ctx, 6.8, halfW + 1.9, 0.9, { fill: shade(spec.carryColor, 0.3) });
  }

  // arms swing opposite to the legs; the hand shows beyond the sleeve
  for (const side of [-1, 1]) {
    const s = -swing * side;
    const ay = side * (halfW - 1.1);
    const ax = s * 2.4;
    const cane = spec.carry === 'cane' && side === 1;
    const hx = cane ? 2.2 : ax + s * 3.1;
    if (s !== 0 || cane) circle(ctx, hx, ay, 1.35, { fill: spec.skin, stroke: outline, lineWidth: 0.5 });
    ellipse(ctx, ax, ay, 3.1, 1.9, { fill: shade(spec.top, 0.12), stroke: outline, lineWidth: 0.6 });
    if (spec.carry === 'phone' && side === 1) {
      const px = Math.max(hx, 2.6);
      rrect(ctx, px - 0.2, ay - 1.7, 2.4, 3.4, 0.6, { fill: spec.carryColor });
      rrect(ctx, px + 0.2, ay - 1.3, 1.6, 2.6, 0.4, { fill: '#9fd3ff' });
    }
  }

  // torso / shoulders, turning a little with each step
  ctx.save();
  ctx.rotate(swing * 0.07);
  ctx.beginPath();
  ctx.roundRect(-halfD, -halfW, halfD * 2, halfW * 2, halfD);
  ctx.fillStyle = spec.top;
  ctx.fill();
  ctx.strokeStyle = outline;
  ctx.lineWidth = 0.9;
  ctx.stroke();
  // a lighter ridge along the shoulders
  rrect(ctx, -1.2, -halfW + 1.4, 2.2, halfW * 2 - 2.8, 1.1, { fill: alpha(tint(spec.top, 0.5), 0.35) });
  if (spec.epaulettes) {
    rrect(ctx, -1.6, -halfW + 0.6, 3.2, 2.2, 0.6, { fill: spec.epaulettes });
    rrect(ctx, -1.6, halfW - 2.8, 3.2, 2.2, 0.6, { fill: spec.epaulettes });
  }
  if (spec.carry === 'shoulderBag') {
    // strap across the chest, bag at the left hip
    line(ctx, -halfD + 0.6, halfW - 1.5, halfD - 0.8, -halfW + 1.2, shade(spec.carryColor, 0.15), 1.3);
    rrect(ctx, -halfD - 2.2, -halfW - 1.6, 4.4, 3.4, 1, { fill: spec.carryColor, stroke: outline, lineWidth: 0.6 });
  }
  ctx.restore();

  // backpack on the back (west), straps over the shoulders
  if (spec.carry === 'backpack') {
    line(ctx, -halfD + 1, -3.6, halfD - 0.8, -3.8, shade(spec.carryColor, 0.2), 1);
    line(ctx, -halfD + 1, 3.6, halfD - 0.8, 3.8, shade(spec.carryColor, 0.2), 1);
    rrect(ctx, -halfD - 2.8, -4.6, 5.2, 9.2, 2.2, { fill: spec.carryColor, stroke: outline, lineWidth: 0.7 });
    rrect(ctx, -halfD - 2.4, -2.6, 2, 5.2, 0.8, { fill: alpha(shade(spec.carryColor, 0.25), 0.7) });
  }

  drawTopHead(ctx, spec, outline);
  ctx.restore();
}

/** The head from above at (0.8, 0), facing east. */
function drawTopHead(ctx: Ctx, spec: WalkerSpec, outline: string): void {
  const hx = 0.6;
  const r = 3.8;
  const h = spec.hair;
  const hw = spec.headwear;

  // long hair / ponytail / braids / scarf drape fall over the back (west)
  if (hw === 'none' || hw === 'cap') {
    if (spec.hairStyle === 'long') ellipse(ctx, hx - 3, 0, 3.2, 3.7, { fill: shade(h, 0.08) });
    if (spec.hairStyle === 'ponytail') ellipse(ctx, hx - 5, 0, 2.6, 1.6, { fill: shade(h, 0.08), stroke: alpha(shade(h, 0.5), 0.6), lineWidth: 0.6 });
    if (spec.hairStyle === 'braids') {
      for (const y of [-2.4, -0.8, 0.8, 2.4]) line(ctx, hx - 2, y, hx - 6, y * 1.25, shade(h, 0.05), 1.25);
    }
  }
  if (hw === 'headscarf') {
    ctx.beginPath();
    ctx.moveTo(hx + 1, -r - 0.8);
    ctx.quadraticCurveTo(hx - 6.5, -r - 1.5, hx - 7.2, 0);
    ctx.quadraticCurveTo(hx - 6.5, r + 1.5, hx + 1, r + 0.8);
    ctx.closePath();
    ctx.fillStyle = shade(spec.headwearColor, 0.1);
    ctx.fill();
  }

  // skull: skin, then the face at the front
  circle(ctx, hx, 0, r, { fill: spec.skin, stroke: outline, lineWidth: 0.8 });
  // nose: the one hint of the face from above
  ellipse(ctx, hx + r - 0.1, 0, 1.1, 0.9, { fill: shade(spec.skin, 0.08) });

  const clipHead = (rr: number, fn: () => void): void => {
    ctx.save();
    ctx.beginPath();
    ctx.arc(hx, 0, rr, 0, Math.PI * 2);
    ctx.clip();
    fn();
    ctx.restore();
  };

  switch (hw) {
    case 'none':
      if (spec.hairStyle === 'bald') {
        ellipse(ctx, hx - 1, -1.2, 1.6, 1.1, { fill: alpha('#ffffff', 0.22) });
      } else if (spec.hairStyle === 'afro') {
        circle(ctx, hx - 0.5, 0, r + 1.5, { fill: h, stroke: outline, lineWidth: 0.8 });
        clipHead(r + 1.5, () => circle(ctx, hx + r + 3.2, 0, 3.4, { fill: spec.skin }));
        ellipse(ctx, hx + r + 0.6, 0, 1.1, 0.9, { fill: shade(spec.skin, 0.08) });
      } else if (spec.hairStyle === 'curly') {
        for (let i = 0; i < 8; i++) {
          const a = Math.PI * 0.45 + (i / 7) * Math.PI * 1.1;
          circle(ctx, hx + Math.cos(a) * 2.9, Math.sin(a) * 2.9, 2.1, { fill: h });
        }
        circle(ctx, hx - 0.8, 0, 2.6, { fill: h });
      } else {
        // hair covers the crown; the forehead shows at the front
        clipHead(r, () => circle(ctx, hx - 1.8, 0, r + 0.3, { fill: h }));
        if (spec.hairStyle === 'bun') circle(ctx, hx - 2.2, 0, 1.9, { fill: shade(h, 0.12), stroke: alpha(shade(h, 0.5), 0.6), lineWidth: 0.5 });
        if (spec.hairStyle === 'ponytail') circle(ctx, hx - 3.1, 0, 1.2, { fill: shade(h, 0.2) });
        // part / crown swirl
        line(ctx, hx - 3, 0.6, hx + 1.6, 0.9, alpha(shade(h, 0.45), 0.5), 0.5);
      }
      break;
    case 'cap':
      clipHead(r, () => circle(ctx, hx - 1.3, 0, r + 0.2, { fill: h }));
      circle(ctx, hx - 0.3, 0, r - 0.2, { fill: spec.headwearColor, stroke: outline, lineWidth: 0.7 });
      // brim pointing forward
      ctx.beginPath();
      ctx.ellipse(hx + r - 0.6, 0, 2.8, 3.6, 0, -Math.PI / 2, Math.PI / 2);
      ctx.fillStyle = shade(spec.headwearColor, 0.15);
      ctx.fill();
      ctx.strokeStyle = outline;
      ctx.lineWidth = 0.6;
      ctx.stroke();
      circle(ctx, hx - 0.3, 0, 0.7, { fill: shade(spec.headwearColor, 0.3) });
      break;
    case 'police':
      // peaked cap: black crown, yellow band, visor forward
      ctx.beginPath();
      ctx.ellipse(hx + r - 0.2, 0, 2.6, 3.8, 0, -Math.PI / 2, Math.PI / 2);
      ctx.fillStyle = '#0c0c0e';
      ctx.fill();
      circle(ctx, hx - 0.2, 0, r + 0.5, { fill: spec.headwearColor, stroke: SystemCss.yellow, lineWidth: 0.9 });
      circle(ctx, hx - 0.2, 0, r - 1.4, { fill: '#2c2b31' });
      circle(ctx, hx + 1.6, 0, 0.9, { fill: SystemCss.yellow });
      break;
    case 'beanie':
      circle(ctx, hx - 0.3, 0, r + 0.3, { fill: spec.headwearColor, stroke: outline, lineWidth: 0.7 });
      circle(ctx, hx - 0.3, 0, 1.4, { fill: tint(spec.headwearColor, 0.3) });
      break;
    case 'hat':
      circle(ctx, hx - 0.2, 0, r + 2.3, { fill: spec.headwearColor, stroke: outline, lineWidth: 0.7 });
      circle(ctx, hx - 0.2, 0, r - 0.8, { fill: shade(spec.headwearColor, 0.12) });
      ctx.beginPath();
      ctx.arc(hx - 0.2, 0, r - 0.8, 0, Math.PI * 2);
      ctx.strokeStyle = shade(spec.headwearColor, 0.4);
      ctx.lineWidth = 0.9;
      ctx.stroke();
      break;
    case 'headscarf':
      clipHead(r + 0.4, () => {
        circle(ctx, hx - 1.1, 0, r + 0.6, { fill: spec.headwearColor });
      });
      ctx.beginPath();
      ctx.arc(hx, 0, r + 0.4, 0, Math.PI * 2);
      ctx.strokeStyle = outline;
      ctx.lineWidth = 0.7;
      ctx.stroke();
      line(ctx, hx - 3, -1, hx + 1.5, -2.2, alpha(shade(spec.headwearColor, 0.45), 0.6), 0.6);
      break;
    case 'turban':
      circle(ctx, hx - 0.4, 0, r + 0.6, { fill: spec.headwearColor, stroke: outline, lineWidth: 0.7 });
      ctx.strokeStyle = alpha(tint(spec.headwearColor, 0.45), 0.7);
      ctx.lineWidth = 0.7;
      ctx.beginPath();
      ctx.arc(hx - 0.4, 0, 2.9, -0.9, 2.4);
      ctx.moveTo(hx - 0.4 + 1.6, 0);
      ctx.arc(hx - 0.4, 0, 1.6, 0, 3.6);
      ctx.stroke();
      break;
  }

  if (spec.glasses) {
    // temples and the front of the frame, just visible at the face
    ctx.beginPath();
    ctx.arc(hx, 0, r + 0.2, -0.95, 0.95);
    ctx.strokeStyle = hw === 'police' ? SystemCss.black : '#26252b';
    ctx.lineWidth = 0.9;
    ctx.stroke();
    if (hw === 'police') {
      // the camera in the glasses: a red lens
      circle(ctx, hx + r + 0.2, -1.9, 0.9, { fill: SystemCss.red });
    }
  }
}

/** The player's marker ring (drawn under the player), centred on (cx, cy). */
export function drawPlayerRing(ctx: Ctx, cx: number, cy: number): void {
  ctx.save();
  ctx.translate(cx, cy);
  ctx.beginPath();
  ctx.arc(0, 0, 13.6, 0, Math.PI * 2);
  ctx.fillStyle = alpha(CityCss.playerTeal, 0.16);
  ctx.fill();
  ctx.lineWidth = 2;
  ctx.strokeStyle = CityCss.playerRing;
  ctx.stroke();
  // heading chevron at the front of the ring
  ctx.beginPath();
  ctx.moveTo(15.6, 0);
  ctx.lineTo(11.4, -3.2);
  ctx.lineTo(11.4, 3.2);
  ctx.closePath();
  ctx.fillStyle = CityCss.playerRing;
  ctx.fill();
  ctx.restore();
}
