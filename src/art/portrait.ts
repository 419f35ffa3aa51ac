// Front-facing head-and-shoulders portraits, the kind a face-recognition
// screen shows. Canvas 2D only (no Phaser): used by the game (shaming monitor,
// police glasses) via `faceTexture`, and by the DOM (dossier photo).
//
// Deterministic: the same seed always draws the same person.

import { Random } from '../core/rng';
import { alpha, circle, ellipse, line, mix, rrect, shade, tint, type Ctx } from './draw';
import { CLOTHING_COLORS, HAIR_COLORS, SKIN_TONES } from './palette';

export type HairStyle =
  | 'short'
  | 'buzz'
  | 'side'
  | 'long'
  | 'bob'
  | 'curly'
  | 'afro'
  | 'bun'
  | 'braids'
  | 'bald'
  | 'receding';

export type Headwear = 'none' | 'cap' | 'beanie' | 'headscarf' | 'turban';
export type Beard = 'none' | 'stubble' | 'moustache' | 'short' | 'full';
export type Neckline = 'crew' | 'v' | 'collar' | 'hood';
export type Age = 'child' | 'adult' | 'elder';

/** Everything that makes one face; derived from a seed by `portraitSpec`. */
export interface PortraitSpec {
  age: Age;
  skin: string;
  hair: string;
  hairStyle: HairStyle;
  headwear: Headwear;
  headwearColor: string;
  beard: Beard;
  glasses: 'none' | 'round' | 'square';
  glassesColor: string;
  eyes: string;
  clothing: string;
  neckline: Neckline;
  background: string;
  /** Face width factor (0.92–1.08) and height factor, for variety. */
  faceW: number;
  faceH: number;
}

const BACKGROUNDS = ['#dde3ea', '#e4e0d8', '#dce6df', '#e6dfe4', '#e2e2e2'] as const;
const DEEP_BACKGROUNDS = ['#c3ccd8', '#cbc4b8', '#c2cfc6', '#cdc3cc'] as const;
const EYE_COLORS = ['#3b2518', '#3b2518', '#4a2f1e', '#5a3b22', '#6b5a3a', '#4f6b8a', '#5d7150'] as const;
const FRAME_COLORS = ['#1e1d22', '#5a3b24', '#3d4f6e', '#8a8d93', '#7a2e3a'] as const;
const SCARF_COLORS = [
  '#34495e',
  '#7d4b6b',
  '#c9b79c',
  '#3f6e52',
  '#9d86b8',
  '#5b7fb8',
  '#8a6445',
  '#e2795b',
  '#2b2b30',
  '#a8c6df',
] as const;
const CAP_COLORS = ['#34495e', '#3f6e52', '#8b8fa3', '#e8e4dc', '#5b7fb8', '#2b2b30', '#d9a441'] as const;

/** The face a seed stands for (pure; handy for tests and for matching walkers to faces). */
export function portraitSpec(seed: number): PortraitSpec {
  const r = new Random((seed ^ 0x5f3759df) >>> 0);
  const ageRoll = r.next();
  const age: Age = ageRoll < 0.1 ? 'child' : ageRoll < 0.82 ? 'adult' : 'elder';
  const skinIndex = r.int(SKIN_TONES.length);
  const skin = SKIN_TONES[skinIndex] ?? SKIN_TONES[3];
  // Masc/femme presentation only steers the odds of beards and long hair.
  const masc = r.next() < 0.5;

  let hair: string;
  if (age === 'elder') {
    hair = r.pick([HAIR_COLORS.grey, HAIR_COLORS.white, HAIR_COLORS.grey, HAIR_COLORS.darkBrown]);
  } else if (skinIndex >= 6) {
    hair = r.pick([HAIR_COLORS.black, HAIR_COLORS.black, HAIR_COLORS.darkBrown, HAIR_COLORS.brown]);
  } else {
    hair = r.pick([
      HAIR_COLORS.black,
      HAIR_COLORS.black,
      HAIR_COLORS.darkBrown,
      HAIR_COLORS.darkBrown,
      HAIR_COLORS.brown,
      HAIR_COLORS.auburn,
      HAIR_COLORS.ginger,
      HAIR_COLORS.blonde,
      HAIR_COLORS.lightBlonde,
    ]);
  }

  let hairStyle: HairStyle;
  if (age === 'elder') {
    hairStyle = masc ? r.pick<HairStyle>(['receding', 'bald', 'short', 'side']) : r.pick<HairStyle>(['bob', 'short', 'bun', 'curly']);
  } else if (masc) {
    hairStyle = r.pick<HairStyle>(['short', 'buzz', 'side', 'curly', 'afro', 'short', 'bald', 'braids', 'long']);
  } else {
    hairStyle = r.pick<HairStyle>(['long', 'bob', 'curly', 'afro', 'bun', 'braids', 'long', 'short', 'side']);
  }

  let headwear: Headwear = 'none';
  const hw = r.next();
  if (age !== 'child' && !masc && hw < 0.2) headwear = 'headscarf';
  else if (age !== 'child' && masc && hw < 0.07) headwear = 'turban';
  else if (hw > 0.86) headwear = age === 'elder' ? 'beanie' : r.pick<Headwear>(['cap', 'beanie', 'cap']);
  const headwearColor = headwear === 'cap' || headwear === 'beanie' ? r.pick(CAP_COLORS) : r.pick(SCARF_COLORS);

  let beard: Beard = 'none';
  if (masc && age !== 'child') {
    beard = r.pick<Beard>(['none', 'none', 'stubble', 'moustache', 'short', 'full']);
    if (headwear === 'turban' && beard === 'none') beard = 'full';
  }

  const gRoll = r.next();
  const glasses = gRoll < (age === 'elder' ? 0.6 : 0.25) ? (r.next() < 0.5 ? 'round' : 'square') : 'none';

  return {
    age,
    skin,
    hair,
    hairStyle,
    headwear,
    headwearColor,
    beard,
    glasses,
    glassesColor: r.pick(FRAME_COLORS),
    eyes: r.pick(EYE_COLORS),
    clothing: r.pick(CLOTHING_COLORS),
    neckline: r.pick<Neckline>(['crew', 'v', 'collar', 'hood']),
    // white and grey hair need a slightly deeper background to stand out
    background: hair === HAIR_COLORS.white || hair === HAIR_COLORS.grey || hair === HAIR_COLORS.lightBlonde ? r.pick(DEEP_BACKGROUNDS) : r.pick(BACKGROUNDS),
    faceW: r.range(0.93, 1.07),
    faceH: r.range(0.95, 1.05),
  };
}

/**
 * Draws a portrait filling (0, 0, size, size) of `ctx`, from a seed.
 * The context's transform is saved and restored.
 */
export function drawPortrait(ctx: CanvasRenderingContext2D, size: number, seed: number): void {
  drawPortraitSpec(ctx, size, portraitSpec(seed));
}

/** Same as `drawPortrait`, for an explicit spec. */
export function drawPortraitSpec(ctx: CanvasRenderingContext2D, size: number, spec: PortraitSpec): void {
  ctx.save();
  ctx.scale(size / 100, size / 100);
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  new PortraitPainter(ctx, spec).paint();
  ctx.restore();
}

/** Geometry of one face, in a 100 × 100 box. */
interface Head {
  x: number;
  y: number;
  rx: number;
  ry: number;
  /** Eye line. */
  eyeY: number;
  eyeDx: number;
  mouthY: number;
}

class PortraitPainter {
  private readonly head: Head;
  private readonly skinShade: string;
  private readonly line: string;

  constructor(
    private readonly ctx: Ctx,
    private readonly s: PortraitSpec,
  ) {
    const child = s.age === 'child';
    const rx = (child ? 18.5 : 17.5) * s.faceW;
    const ry = (child ? 20 : 22.5) * s.faceH;
    const y = child ? 50 : 45;
    this.head = {
      x: 50,
      y,
      rx,
      ry,
      eyeY: y + ry * (child ? 0.12 : 0.04),
      eyeDx: rx * 0.43,
      mouthY: y + ry * 0.6,
    };
    this.skinShade = shade(s.skin, 0.16);
    this.line = shade(s.skin, 0.55);
  }

  paint(): void {
    const { ctx, s } = this;
    ctx.fillStyle = s.background;
    ctx.fillRect(0, 0, 100, 100);
    this.hairBack();
    this.shoulders();
    if (s.headwear === 'headscarf') this.scarfBack();
    else this.neck();
    if (s.headwear !== 'headscarf' && s.headwear !== 'turban') this.ears();
    this.face();
    this.features();
    this.beard();
    if (s.headwear === 'headscarf') this.scarfFront();
    else if (s.headwear === 'turban') this.turban();
    else {
      this.hairFront();
      if (s.headwear === 'cap') this.cap();
      if (s.headwear === 'beanie') this.beanie();
    }
    this.glasses();
  }

  // ------------------------------------------------------------- body

  private shoulders(): void {
    const { ctx, s } = this;
    const child = s.age === 'child';
    const half = child ? 31 : 40;
    const top = child ? 84 : 80;
    const c = s.clothing;
    ctx.beginPath();
    ctx.moveTo(50 - half - 4, 101);
    ctx.bezierCurveTo(50 - half - 3, top + 4, 50 - half + 6, top - 1, 50 - 12, top - 2);
    ctx.lineTo(50 + 12, top - 2);
    ctx.bezierCurveTo(50 + half - 6, top - 1, 50 + half + 3, top + 4, 50 + half + 4, 101);
    ctx.closePath();
    ctx.fillStyle = c;
    ctx.fill();
    // a soft fold under each shoulder
    ctx.strokeStyle = alpha(shade(c, 0.5), 0.25);
    ctx.lineWidth = 1.2;
    ctx.beginPath();
    ctx.moveTo(50 - half + 8, 101);
    ctx.quadraticCurveTo(50 - half + 10, 94, 50 - half + 7, 89);
    ctx.moveTo(50 + half - 8, 101);
    ctx.quadraticCurveTo(50 + half - 10, 94, 50 + half - 7, 89);
    ctx.stroke();

    if (s.neckline === 'hood' && s.headwear !== 'headscarf') {
      // hood lying around the neck
      ctx.beginPath();
      ctx.ellipse(50, top + 1, 20, 7, 0, 0, Math.PI * 2);
      ctx.fillStyle = shade(c, 0.14);
      ctx.fill();
      line(ctx, 45, top + 6, 44, top + 16, tint(c, 0.6), 1);
      line(ctx, 55, top + 6, 56, top + 16, tint(c, 0.6), 1);
    }
  }

  private neck(): void {
    const { ctx, s, head } = this;
    const child = s.age === 'child';
    const w = child ? 9 : 10.5;
    const top = head.y + head.ry * 0.55;
    const bottom = child ? 86 : 83;
    rrect(ctx, 50 - w, top, w * 2, bottom - top, [0, 0, w, w], { fill: s.skin });
    // shadow under the chin
    ctx.save();
    ctx.beginPath();
    ctx.rect(50 - w, top, w * 2, bottom - top);
    ctx.clip();
    ellipse(ctx, 50, head.y + head.ry * 0.82, head.rx * 0.8, head.ry * 0.28, { fill: this.skinShade });
    ctx.restore();

    const c = s.clothing;
    const dark = shade(c, 0.22);
    if (s.neckline === 'v') {
      ctx.beginPath();
      ctx.moveTo(50 - w - 1, bottom - 4);
      ctx.lineTo(50, bottom + 7);
      ctx.lineTo(50 + w + 1, bottom - 4);
      ctx.lineTo(50 + w + 1, bottom - 2);
      ctx.lineTo(50 - w - 1, bottom - 2);
      ctx.closePath();
      ctx.fillStyle = s.skin;
      ctx.fill();
      ctx.beginPath();
      ctx.moveTo(50 - w - 2, bottom - 4);
      ctx.lineTo(50, bottom + 8);
      ctx.lineTo(50 + w + 2, bottom - 4);
      ctx.strokeStyle = dark;
      ctx.lineWidth = 1.6;
      ctx.stroke();
    } else if (s.neckline === 'collar') {
      const light = mix(c, '#ffffff', 0.75);
      ctx.fillStyle = light;
      ctx.beginPath();
      ctx.moveTo(50 - w - 2, bottom - 5);
      ctx.lineTo(50 - 1, bottom + 4);
      ctx.lineTo(50 - w - 5, bottom + 5);
      ctx.closePath();
      ctx.moveTo(50 + w + 2, bottom - 5);
      ctx.lineTo(50 + 1, bottom + 4);
      ctx.lineTo(50 + w + 5, bottom + 5);
      ctx.closePath();
      ctx.fill();
      ctx.strokeStyle = alpha(shade(c, 0.4), 0.5);
      ctx.lineWidth = 0.8;
      ctx.stroke();
    } else if (s.neckline === 'crew') {
      ctx.beginPath();
      ctx.ellipse(50, bottom - 1, w + 1.5, 3.5, 0, 0, Math.PI);
      ctx.strokeStyle = dark;
      ctx.lineWidth = 2;
      ctx.stroke();
    }
  }

  private ears(): void {
    const { ctx, s, head } = this;
    for (const side of [-1, 1]) {
      const x = head.x + side * head.rx * 0.97;
      ellipse(ctx, x, head.eyeY + 3, 3.6, 5.8, { fill: s.skin });
      ellipse(ctx, x + side * 0.6, head.eyeY + 3, 1.6, 3.4, { fill: this.skinShade });
    }
  }

  private face(): void {
    const { ctx, s, head } = this;
    // a slightly squarer jaw than a plain ellipse
    ctx.beginPath();
    const { x, y, rx, ry } = head;
    ctx.moveTo(x, y - ry);
    ctx.bezierCurveTo(x + rx * 0.56, y - ry, x + rx, y - ry * 0.58, x + rx, y);
    ctx.bezierCurveTo(x + rx, y + ry * 0.5, x + rx * 0.62, y + ry, x, y + ry);
    ctx.bezierCurveTo(x - rx * 0.62, y + ry, x - rx, y + ry * 0.5, x - rx, y);
    ctx.bezierCurveTo(x - rx, y - ry * 0.58, x - rx * 0.56, y - ry, x, y - ry);
    ctx.closePath();
    ctx.fillStyle = s.skin;
    ctx.fill();
  }

  private features(): void {
    const { ctx, s, head } = this;
    const { x, eyeY, eyeDx, mouthY } = head;
    const browColor =
      s.hair === HAIR_COLORS.white || s.hair === HAIR_COLORS.grey ? shade(s.hair, 0.25) : shade(s.hair, 0.1);
    const browY = eyeY - (s.age === 'child' ? 5.5 : 6.5);

    for (const side of [-1, 1]) {
      const ex = x + side * eyeDx;
      // white, iris, pupil, highlight, upper lid
      ellipse(ctx, ex, eyeY, 4, 2.5, { fill: '#fbf8f3' });
      ctx.save();
      ctx.beginPath();
      ctx.ellipse(ex, eyeY, 4, 2.5, 0, 0, Math.PI * 2);
      ctx.clip();
      circle(ctx, ex, eyeY + 0.2, 2.3, { fill: s.eyes });
      circle(ctx, ex, eyeY + 0.2, 1.1, { fill: '#121014' });
      ctx.restore();
      circle(ctx, ex + 0.8, eyeY - 0.6, 0.55, { fill: 'rgba(255,255,255,0.9)' });
      ctx.beginPath();
      ctx.ellipse(ex, eyeY + 0.3, 4.3, 2.9, 0, Math.PI * 1.05, Math.PI * 1.95);
      ctx.strokeStyle = this.line;
      ctx.lineWidth = 1.1;
      ctx.stroke();
      // brow: nearly straight (neutral), thicker in the middle
      ctx.beginPath();
      ctx.moveTo(ex - side * 4.6, browY + 0.4);
      ctx.quadraticCurveTo(ex, browY - 1.4, ex + side * 4.4, browY + 0.6);
      ctx.strokeStyle = browColor;
      ctx.lineWidth = s.age === 'child' ? 1.3 : 1.8;
      ctx.stroke();
    }

    // nose: one soft shade line and the base
    const noseTop = eyeY + 2;
    const noseBottom = mouthY - 6.5;
    ctx.beginPath();
    ctx.moveTo(x - 0.8, noseTop);
    ctx.quadraticCurveTo(x - 2.6, noseBottom - 3, x - 2.2, noseBottom);
    ctx.strokeStyle = alpha(this.line, 0.35);
    ctx.lineWidth = 1;
    ctx.stroke();
    ctx.beginPath();
    ctx.moveTo(x - 3.4, noseBottom - 0.2);
    ctx.quadraticCurveTo(x, noseBottom + 2, x + 3.4, noseBottom - 0.2);
    ctx.strokeStyle = alpha(this.line, 0.55);
    ctx.lineWidth = 1.1;
    ctx.stroke();

    // mouth: neutral, closed
    const lip = mix(shade(s.skin, 0.22), '#b0445a', 0.28);
    ctx.beginPath();
    ctx.moveTo(x - 5.5, mouthY);
    ctx.quadraticCurveTo(x, mouthY + 0.6, x + 5.5, mouthY);
    ctx.quadraticCurveTo(x, mouthY + 3.4, x - 5.5, mouthY);
    ctx.fillStyle = lip;
    ctx.fill();
    line(ctx, x - 5.8, mouthY, x + 5.8, mouthY, shade(lip, 0.35), 1);

    if (s.age === 'elder') {
      ctx.strokeStyle = alpha(this.line, 0.3);
      ctx.lineWidth = 0.8;
      ctx.beginPath();
      // forehead lines
      ctx.moveTo(x - 6, browY - 5);
      ctx.quadraticCurveTo(x, browY - 6, x + 6, browY - 5);
      ctx.moveTo(x - 5, browY - 8);
      ctx.quadraticCurveTo(x, browY - 9, x + 5, browY - 8);
      // smile lines
      ctx.moveTo(x - 5.5, noseBottom - 1);
      ctx.quadraticCurveTo(x - 8.2, mouthY - 2, x - 7.2, mouthY + 2);
      ctx.moveTo(x + 5.5, noseBottom - 1);
      ctx.quadraticCurveTo(x + 8.2, mouthY - 2, x + 7.2, mouthY + 2);
      ctx.stroke();
    }
  }

  private beard(): void {
    const { ctx, s, head } = this;
    const { x, y, rx, ry, mouthY } = head;
    const c = s.hair;
    if (s.beard === 'none') return;
    if (s.beard === 'stubble') {
      ctx.save();
      this.jawClip(0.2);
      ctx.fillStyle = alpha(c, 0.22);
      ctx.fillRect(0, 0, 100, 100);
      ctx.restore();
      // keep the lips clean
      return;
    }
    if (s.beard === 'short' || s.beard === 'full') {
      ctx.save();
      this.jawClip(s.beard === 'full' ? 0.16 : 0.3);
      ctx.fillStyle = c;
      ctx.fillRect(0, 0, 100, 100);
      ctx.restore();
      if (s.beard === 'full') {
        // a little volume below the chin
        ellipse(ctx, x, y + ry * 0.98, rx * 0.55, ry * 0.18, { fill: c });
      }
      // open the mouth area again
      const lip = mix(shade(s.skin, 0.22), '#b0445a', 0.28);
      ellipse(ctx, x, mouthY + 1.2, 6.2, 2.6, { fill: s.skin });
      ctx.beginPath();
      ctx.moveTo(x - 5.5, mouthY);
      ctx.quadraticCurveTo(x, mouthY + 0.6, x + 5.5, mouthY);
      ctx.quadraticCurveTo(x, mouthY + 3.4, x - 5.5, mouthY);
      ctx.fillStyle = lip;
      ctx.fill();
      line(ctx, x - 5.8, mouthY, x + 5.8, mouthY, shade(lip, 0.35), 1);
    }
    // moustache (all but stubble)
    ctx.beginPath();
    ctx.moveTo(x - 7, mouthY - 0.5);
    ctx.quadraticCurveTo(x - 5, mouthY - 4.8, x, mouthY - 3.2);
    ctx.quadraticCurveTo(x + 5, mouthY - 4.8, x + 7, mouthY - 0.5);
    ctx.quadraticCurveTo(x, mouthY - 2.2, x - 7, mouthY - 0.5);
    ctx.fillStyle = c;
    ctx.fill();
  }

  /** Clip to the lower face (from the cheeks down), `top` in head radii below the centre. */
  private jawClip(top: number): void {
    const { ctx, head } = this;
    const { x, y, rx, ry } = head;
    ctx.beginPath();
    ctx.moveTo(x - rx - 1, y + ry * top - 2);
    ctx.lineTo(x - rx * 0.55, y + ry * (top + 0.18));
    ctx.quadraticCurveTo(x, y + ry * (top + 0.02), x + rx * 0.55, y + ry * (top + 0.18));
    ctx.lineTo(x + rx + 1, y + ry * top - 2);
    ctx.lineTo(x + rx + 1, y + ry * 1.3);
    ctx.lineTo(x - rx - 1, y + ry * 1.3);
    ctx.closePath();
    ctx.clip();
    // and to the face outline
    ctx.beginPath();
    ctx.moveTo(x, y - ry);
    ctx.bezierCurveTo(x + rx * 0.56, y - ry, x + rx, y - ry * 0.58, x + rx, y);
    ctx.bezierCurveTo(x + rx, y + ry * 0.5, x + rx * 0.62, y + ry, x, y + ry);
    ctx.bezierCurveTo(x - rx * 0.62, y + ry, x - rx, y + ry * 0.5, x - rx, y);
    ctx.bezierCurveTo(x - rx, y - ry * 0.58, x - rx * 0.56, y - ry, x, y - ry);
    ctx.closePath();
    ctx.clip();
  }

  // ------------------------------------------------------------- hair

  private hairBack(): void {
    const { ctx, s, head } = this;
    if (s.headwear === 'headscarf' || s.headwear === 'turban') return;
    const { x, y, rx, ry } = head;
    const c = s.hair;
    switch (s.hairStyle) {
      case 'long': {
        // falls behind the shoulders, a little wider at cheek level, soft ends
        const bottom = s.age === 'child' ? 84 : 90;
        ctx.beginPath();
        ctx.moveTo(x - rx - 3, y - 6);
        ctx.bezierCurveTo(x - rx - 8, y + ry * 0.6, x - rx - 9, bottom - 12, x - rx - 6, bottom - 2);
        ctx.quadraticCurveTo(x - rx * 0.6, bottom + 2, x - rx * 0.2, bottom - 8);
        ctx.lineTo(x + rx * 0.2, bottom - 8);
        ctx.quadraticCurveTo(x + rx * 0.6, bottom + 2, x + rx + 6, bottom - 2);
        ctx.bezierCurveTo(x + rx + 9, bottom - 12, x + rx + 8, y + ry * 0.6, x + rx + 3, y - 6);
        ctx.closePath();
        ctx.fillStyle = shade(c, 0.12);
        ctx.fill();
        ctx.strokeStyle = alpha(shade(c, 0.45), 0.35);
        ctx.lineWidth = 0.9;
        ctx.beginPath();
        ctx.moveTo(x - rx - 4, y + 4);
        ctx.quadraticCurveTo(x - rx - 6, y + ry, x - rx - 4, bottom - 6);
        ctx.moveTo(x + rx + 4, y + 4);
        ctx.quadraticCurveTo(x + rx + 6, y + ry, x + rx + 4, bottom - 6);
        ctx.stroke();
        break;
      }
      case 'braids': {
        // several thin plaits on each side, each a chain of small beads
        const len = s.age === 'child' ? 34 : 44;
        for (let i = 0; i < 8; i++) {
          const side = i < 4 ? -1 : 1;
          const k = i % 4;
          const bx = x + side * (rx + 3.2 - k * 2.6);
          const col = shade(c, 0.05 + (k % 2) * 0.12);
          for (let j = 0; j < len / 3.4; j++) {
            const by = y - 8 + j * 3.4 - k * 1.2;
            ellipse(ctx, bx + (j % 2 ? 0.3 : -0.3) * side, by, 1.45, 2.1, { fill: col });
          }
        }
        break;
      }
      case 'bob': {
        rrect(ctx, x - rx - 5, y - 6, (rx + 5) * 2, ry + 16, [0, 0, 8, 8], { fill: shade(c, 0.1) });
        break;
      }
      case 'afro': {
        ctx.fillStyle = c;
        const cy = y - ry * 0.25;
        ctx.beginPath();
        ctx.ellipse(x, cy, rx + 11, ry + 6, 0, 0, Math.PI * 2);
        ctx.fill();
        // a soft, bumpy edge
        for (let i = 0; i < 18; i++) {
          const a = (i / 18) * Math.PI * 2;
          circle(ctx, x + Math.cos(a) * (rx + 10), cy + Math.sin(a) * (ry + 5), 3.4, { fill: c });
        }
        break;
      }
      case 'curly': {
        const cy = y - ry * 0.35;
        for (let i = 0; i < 14; i++) {
          const a = Math.PI * (0.85 + (i / 13) * 1.3);
          circle(ctx, x + Math.cos(a) * (rx + 3), cy + Math.sin(a) * (ry * 0.8), 5.2, { fill: c });
        }
        for (const side of [-1, 1]) {
          circle(ctx, x + side * (rx + 2.5), y - 2, 4.5, { fill: c });
          circle(ctx, x + side * (rx + 1.5), y + 4, 3.6, { fill: c });
        }
        break;
      }
      case 'bun': {
        if (s.headwear !== 'none') break;
        circle(ctx, x, y - ry - 5, 8, { fill: c });
        circle(ctx, x - 2.2, y - ry - 7, 2.5, { fill: alpha(tint(c, 0.3), 0.5) });
        break;
      }
      default:
        break;
    }
  }

  /**
   * Hair on the head: an ellipse a little larger than the skull, clipped
   * above a hairline (temples at `temple`, forehead at `forehead`, both in
   * head radii from the centre, negative = up).
   */
  private hairCap(opts: {
    temple: number;
    forehead: number;
    side: number;
    volume: number;
    part?: number;
    color?: string;
  }): void {
    const { ctx, s, head } = this;
    const { x, y, rx, ry } = head;
    const t = y + ry * opts.temple;
    const f = y + ry * opts.forehead;
    const part = opts.part ?? 0;
    ctx.save();
    ctx.beginPath();
    ctx.moveTo(x - rx - 20, y - ry - 30);
    ctx.lineTo(x + rx + 20, y - ry - 30);
    ctx.lineTo(x + rx + 20, y + ry * opts.side);
    ctx.lineTo(x + rx - 2.5, y + ry * opts.side);
    ctx.lineTo(x + rx - 2.5, t);
    ctx.bezierCurveTo(x + rx * 0.45 + part, f - (t - f) * 0.45, x - rx * 0.45 + part, f - (t - f) * 0.45, x - rx + 2.5, t);
    ctx.lineTo(x - rx + 2.5, y + ry * opts.side);
    ctx.lineTo(x - rx - 20, y + ry * opts.side);
    ctx.closePath();
    ctx.clip();
    const v = opts.volume;
    ellipse(ctx, x, y - v * 0.6, rx + v, ry + v * 0.4, { fill: opts.color ?? s.hair });
    ctx.restore();
  }

  private hairFront(): void {
    const { ctx, s, head } = this;
    const { x, y, rx, ry } = head;
    const c = s.hair;
    switch (s.hairStyle) {
      case 'short':
        this.hairCap({ temple: -0.25, forehead: -0.62, side: -0.05, volume: 2.6 });
        break;
      case 'buzz':
        this.hairCap({ temple: -0.3, forehead: -0.66, side: -0.12, volume: 1, color: mix(c, s.skin, 0.25) });
        break;
      case 'side':
        this.hairCap({ temple: -0.22, forehead: -0.6, side: -0.05, volume: 3.6, part: 6 });
        // the part
        line(ctx, x + rx * 0.38, y - ry * 1.05, x + rx * 0.3, y - ry * 0.7, alpha(shade(c, 0.45), 0.7), 1);
        break;
      case 'long':
        this.hairCap({ temple: 0.3, forehead: -0.6, side: 0.5, volume: 3 });
        line(ctx, x, y - ry - 2.5, x, y - ry * 0.66, alpha(shade(c, 0.45), 0.6), 1);
        break;
      case 'braids':
        this.hairCap({ temple: -0.15, forehead: -0.64, side: 0.1, volume: 2.4 });
        ctx.strokeStyle = alpha(tint(c, 0.25), 0.55);
        ctx.lineWidth = 0.8;
        for (let i = -2; i <= 2; i++) {
          ctx.beginPath();
          ctx.moveTo(x + i * 5.5, y - ry * 0.66);
          ctx.quadraticCurveTo(x + i * 6.5, y - ry - 1, x + i * 4, y - ry - 2.4);
          ctx.stroke();
        }
        break;
      case 'bob':
        this.hairCap({ temple: 0.15, forehead: -0.45, side: 0.45, volume: 3.2 });
        break;
      case 'curly':
        this.hairCap({ temple: -0.2, forehead: -0.58, side: 0.05, volume: 4 });
        for (let i = 0; i < 7; i++) {
          circle(ctx, x - rx * 0.75 + i * rx * 0.25, y - ry * 0.62 + Math.abs(i - 3) * 1.6, 3.1, { fill: c });
        }
        break;
      case 'afro':
        this.hairCap({ temple: -0.2, forehead: -0.6, side: 0.0, volume: 5 });
        break;
      case 'bun':
        this.hairCap({ temple: -0.2, forehead: -0.62, side: -0.05, volume: 2 });
        ctx.strokeStyle = alpha(tint(c, 0.25), 0.5);
        ctx.lineWidth = 0.8;
        ctx.beginPath();
        ctx.moveTo(x - rx * 0.5, y - ry * 0.7);
        ctx.quadraticCurveTo(x - rx * 0.3, y - ry * 1.0, x, y - ry - 1.5);
        ctx.moveTo(x + rx * 0.5, y - ry * 0.7);
        ctx.quadraticCurveTo(x + rx * 0.3, y - ry * 1.0, x, y - ry - 1.5);
        ctx.stroke();
        break;
      case 'receding':
        // sides only, a thin top
        this.hairCap({ temple: -0.15, forehead: -0.85, side: 0.0, volume: 1.5, color: alpha(c, 0.55) });
        this.sidesOnly();
        break;
      case 'bald':
        this.sidesOnly();
        // a little shine on the scalp
        ellipse(ctx, x - rx * 0.25, y - ry * 0.72, rx * 0.28, ry * 0.1, { fill: alpha('#ffffff', 0.18) }, -0.3);
        break;
    }
  }

  private sidesOnly(): void {
    const { ctx, s, head } = this;
    const { x, y, rx, ry } = head;
    ctx.save();
    ctx.beginPath();
    ctx.rect(x - rx - 5, y - ry * 0.35, 7, ry * 0.55);
    ctx.rect(x + rx - 2, y - ry * 0.35, 7, ry * 0.55);
    ctx.clip();
    ellipse(ctx, x, y - 1, rx + 1.6, ry + 0.6, { fill: s.hair });
    ctx.restore();
  }

  // ------------------------------------------------------------- headwear

  private cap(): void {
    const { ctx, s, head } = this;
    const { x, y, rx, ry } = head;
    const c = s.headwearColor;
    const band = y - ry * 0.5;
    // crown
    ctx.beginPath();
    ctx.moveTo(x - rx - 2, band);
    ctx.bezierCurveTo(x - rx - 2, y - ry - 9, x + rx + 2, y - ry - 9, x + rx + 2, band);
    ctx.closePath();
    ctx.fillStyle = c;
    ctx.fill();
    line(ctx, x, y - ry - 4.5, x, band, alpha(shade(c, 0.4), 0.5), 0.8);
    circle(ctx, x, y - ry - 4.6, 1.4, { fill: shade(c, 0.2) });
    // brim, seen from the front: a flat band with its shadow
    ellipse(ctx, x, band + 3.8, rx * 0.85, 2.2, { fill: alpha('#000000', 0.18) });
    ctx.beginPath();
    ctx.moveTo(x - rx - 1, band - 0.5);
    ctx.quadraticCurveTo(x, band - 2.5, x + rx + 1, band - 0.5);
    ctx.quadraticCurveTo(x + rx * 0.7, band + 4.6, x, band + 4.4);
    ctx.quadraticCurveTo(x - rx * 0.7, band + 4.6, x - rx - 1, band - 0.5);
    ctx.fillStyle = shade(c, 0.15);
    ctx.fill();
  }

  private beanie(): void {
    const { ctx, s, head } = this;
    const { x, y, rx, ry } = head;
    const c = s.headwearColor;
    const bottom = y - ry * 0.48;
    ctx.beginPath();
    ctx.moveTo(x - rx - 2.5, bottom);
    ctx.bezierCurveTo(x - rx - 3, y - ry - 10, x + rx + 3, y - ry - 10, x + rx + 2.5, bottom);
    ctx.closePath();
    ctx.fillStyle = c;
    ctx.fill();
    ctx.strokeStyle = alpha(shade(c, 0.35), 0.45);
    ctx.lineWidth = 0.8;
    for (let i = -3; i <= 3; i++) {
      ctx.beginPath();
      ctx.moveTo(x + i * 4.6, bottom - 6);
      ctx.lineTo(x + i * 3.8, y - ry - 3 + Math.abs(i) * 1.4);
      ctx.stroke();
    }
    rrect(ctx, x - rx - 3, bottom - 6.5, (rx + 3) * 2, 7.5, 3, { fill: shade(c, 0.12) });
  }

  private scarfBack(): void {
    const { ctx, s, head } = this;
    const { x, y, rx, ry } = head;
    const c = s.headwearColor;
    // the scarf wraps the head and falls over the shoulders
    ctx.beginPath();
    ctx.moveTo(x, y - ry - 6);
    ctx.bezierCurveTo(x + rx + 10, y - ry - 6, x + rx + 9, y + ry * 0.4, x + rx + 8, y + ry * 0.9);
    ctx.bezierCurveTo(x + rx + 16, 86, x + rx + 20, 92, x + rx + 22, 101);
    ctx.lineTo(x - rx - 22, 101);
    ctx.bezierCurveTo(x - rx - 20, 92, x - rx - 16, 86, x - rx - 8, y + ry * 0.9);
    ctx.bezierCurveTo(x - rx - 9, y + ry * 0.4, x - rx - 10, y - ry - 6, x, y - ry - 6);
    ctx.closePath();
    ctx.fillStyle = c;
    ctx.fill();
    // soft folds
    ctx.strokeStyle = alpha(shade(c, 0.45), 0.35);
    ctx.lineWidth = 1.1;
    ctx.beginPath();
    ctx.moveTo(x - rx - 4, y + ry * 0.95);
    ctx.quadraticCurveTo(x - 6, y + ry + 12, x + rx + 6, y + ry + 6);
    ctx.moveTo(x - rx - 10, 92);
    ctx.quadraticCurveTo(x, y + ry + 20, x + rx + 12, 94);
    ctx.stroke();
  }

  private scarfFront(): void {
    const { ctx, s, head } = this;
    const { x, y, rx, ry } = head;
    const c = s.headwearColor;
    // frame the face: fill the scarf colour outside a slightly smaller face oval
    ctx.save();
    ctx.beginPath();
    ctx.rect(x - rx - 12, y - ry - 8, (rx + 12) * 2, ry * 2 + 10);
    ctx.ellipse(x, y + ry * 0.06, rx * 0.9, ry * 0.96, 0, 0, Math.PI * 2, true);
    ctx.clip();
    ctx.beginPath();
    ctx.moveTo(x, y - ry - 6);
    ctx.bezierCurveTo(x + rx + 10, y - ry - 6, x + rx + 9, y + ry * 0.4, x + rx + 8, y + ry * 0.9);
    ctx.lineTo(x + rx * 0.5, y + ry + 3);
    ctx.lineTo(x - rx * 0.5, y + ry + 3);
    ctx.lineTo(x - rx - 8, y + ry * 0.9);
    ctx.bezierCurveTo(x - rx - 9, y + ry * 0.4, x - rx - 10, y - ry - 6, x, y - ry - 6);
    ctx.closePath();
    ctx.fillStyle = c;
    ctx.fill();
    ctx.restore();
    // a thin under-cap band at the forehead
    ctx.beginPath();
    ctx.ellipse(x, y + ry * 0.06, rx * 0.9, ry * 0.96, 0, Math.PI * 1.12, Math.PI * 1.88);
    ctx.strokeStyle = shade(c, 0.25);
    ctx.lineWidth = 1.6;
    ctx.stroke();
  }

  private turban(): void {
    const { ctx, s, head } = this;
    const { x, y, rx, ry } = head;
    const c = s.headwearColor;
    const bottom = y - ry * 0.3;
    // a neat wrapped dome, meeting in a point above the forehead
    ctx.beginPath();
    ctx.moveTo(x - rx - 2, bottom + 3);
    ctx.bezierCurveTo(x - rx - 7, y - ry - 8, x - rx * 0.4, y - ry - 15, x, y - ry - 14);
    ctx.bezierCurveTo(x + rx * 0.4, y - ry - 15, x + rx + 7, y - ry - 8, x + rx + 2, bottom + 3);
    ctx.quadraticCurveTo(x + rx * 0.4, bottom - 1, x, bottom - 4.5);
    ctx.quadraticCurveTo(x - rx * 0.4, bottom - 1, x - rx - 2, bottom + 3);
    ctx.closePath();
    ctx.fillStyle = c;
    ctx.fill();
    ctx.strokeStyle = alpha(shade(c, 0.4), 0.55);
    ctx.lineWidth = 1.1;
    ctx.beginPath();
    for (let i = 0; i < 3; i++) {
      const yy = bottom - 3 - i * 5.5;
      ctx.moveTo(x - rx - 2.5 + i * 1.5, yy + 4);
      ctx.quadraticCurveTo(x - rx * 0.45, yy - 2, x + 0.5, yy - 4.5);
      ctx.moveTo(x + rx + 2.5 - i * 1.5, yy + 4);
      ctx.quadraticCurveTo(x + rx * 0.45, yy - 2, x - 0.5, yy - 4.5);
    }
    ctx.stroke();
  }

  private glasses(): void {
    const { ctx, s, head } = this;
    if (s.glasses === 'none') return;
    const { x, eyeY, eyeDx } = head;
    const c = s.glassesColor;
    ctx.lineWidth = 1.3;
    ctx.strokeStyle = c;
    for (const side of [-1, 1]) {
      const ex = x + side * eyeDx;
      ctx.beginPath();
      if (s.glasses === 'round') ctx.ellipse(ex, eyeY + 0.3, 5.6, 5, 0, 0, Math.PI * 2);
      else ctx.roundRect(ex - 6.2, eyeY - 3.8, 12.4, 8.4, 2);
      ctx.fillStyle = 'rgba(200,225,240,0.18)';
      ctx.fill();
      ctx.stroke();
      // temple arm toward the ear
      line(ctx, ex + side * 6, eyeY - 0.8, x + side * head.rx * 0.98, eyeY + 0.2, c, 1.1);
    }
    ctx.beginPath();
    ctx.moveTo(x - eyeDx + 5.4, eyeY - 0.4);
    ctx.quadraticCurveTo(x, eyeY - 2.6, x + eyeDx - 5.4, eyeY - 0.4);
    ctx.strokeStyle = c;
    ctx.lineWidth = 1.2;
    ctx.stroke();
  }
}

/**
 * A new <canvas> showing the portrait for `seed`, `cssSize` CSS pixels square,
 * drawn sharp for the screen's pixel ratio (for the DOM, e.g. the dossier photo).
 */
export function createPortraitCanvas(seed: number, cssSize: number, pixelRatio = globalThis.devicePixelRatio || 1): HTMLCanvasElement {
  const px = Math.max(1, Math.round(cssSize * Math.min(3, Math.max(1, pixelRatio))));
  const canvas = document.createElement('canvas');
  canvas.width = px;
  canvas.height = px;
  canvas.style.width = `${cssSize}px`;
  canvas.style.height = `${cssSize}px`;
  const ctx = canvas.getContext('2d');
  if (ctx) drawPortrait(ctx, px, seed);
  return canvas;
}
