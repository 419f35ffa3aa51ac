// Draws the district once: ground, pavements, road with zebra, railings,
// park, plaza paving, roofs and their signs. Nothing here redraws per frame.
//
// The ground is painted with the 2D canvas API into one texture, drawn as a
// single image: a Graphics object of hundreds of lines and rectangles is
// re-tessellated by Phaser's WebGL renderer every frame, which cost slow
// devices several milliseconds a frame. A canvas texture keeps its pixels on
// the CPU side, so Phaser can upload it again after a lost WebGL context
// (a texture rendered on the GPU would come back blank). Its key follows
// what it paints, so it is painted once per page however many days are played.
import Phaser from 'phaser';
import { CityColors, RoofColors, SHADOW_ALPHA, toRgba } from '../art/palette';
import { ArtKeys, PropFrames } from '../art/textures';
import { Random } from '../core/rng';
import type { BuildingDef, DistrictDef, Rect, StationDef } from '../core/types';
import { Depth } from '../scenes/keys';

const KERB = 6;
const GROUND_PREFIX = 'ground:';

/** A texture key that changes whenever anything painted on the ground does. */
function groundKey(district: DistrictDef): string {
  const painted = JSON.stringify([
    district.map,
    district.roads,
    district.buildings.filter((b) => b.kind === 'park'),
    district.stations.filter((s) => s.kind === 'plaza' || s.kind === 'crossing').map((s) => [s.kind, s.area]),
  ]);
  let hash = 0;
  for (let i = 0; i < painted.length; i++) hash = (Math.imul(hash, 31) + painted.charCodeAt(i)) | 0;
  return `${GROUND_PREFIX}${(hash >>> 0).toString(36)}`;
}

export class CityMap {
  private readonly signs: { text: Phaser.GameObjects.Text; key: string }[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly district: DistrictDef,
  ) {
    const key = groundKey(district);
    if (!scene.textures.exists(key)) {
      // A different ground (another level, or a workshop without some stations) replaces the old one.
      for (const old of scene.textures.getTextureKeys()) if (old.startsWith(GROUND_PREFIX)) scene.textures.remove(old);
      this.paintGround(key);
    }
    scene.add.image(0, 0, key).setOrigin(0, 0).setDepth(Depth.ground);
    const roofs = scene.add.graphics().setDepth(Depth.roofs);
    for (const b of district.buildings) if (b.kind !== 'park') this.drawBuilding(roofs, b);
    this.drawTrees();
  }

  /** Re-labels the signs, e.g. after a language switch. */
  setLabels(translate: (key: string) => string): void {
    for (const sign of this.signs) sign.text.setText(translate(sign.key));
  }

  private paintGround(key: string): void {
    const { width, height } = this.district.map;
    const texture = this.scene.textures.createCanvas(key, width, height);
    if (!texture) return;
    const g = new CanvasPen(texture.getContext());
    g.fillStyle(CityColors.pavement).fillRect(0, 0, width, height);
    // Paving joints: a faint grid.
    g.lineStyle(1, CityColors.pavementJoint, 0.6);
    for (let x = 0; x <= width; x += 40) g.lineBetween(x, 0, x, height);
    for (let y = 0; y <= height; y += 40) g.lineBetween(0, y, width, y);

    for (const station of this.district.stations) if (station.kind === 'plaza') this.drawPlaza(g, station.area);
    for (const road of this.district.roads) this.drawRoad(g, road);
    for (const b of this.district.buildings) if (b.kind === 'park') this.drawPark(g, b);
    // Bollards never move: stamped into the ground, not a hundred images to draw each frame.
    const bollard = this.scene.textures.getFrame(ArtKeys.props, PropFrames.bollard);
    for (const road of this.district.roads) this.drawRailings(road, (x, y) => g.stamp(bollard, x, y));
    texture.refresh();
  }

  private drawPlaza(g: CanvasPen, a: Rect): void {
    g.fillStyle(0xe6e1d3).fillRect(a.x, a.y, a.w, a.h);
    g.lineStyle(2, CityColors.pavementJoint, 0.9);
    for (let x = a.x; x <= a.x + a.w; x += 80) g.lineBetween(x, a.y, x, a.y + a.h);
    for (let y = a.y; y <= a.y + a.h; y += 80) g.lineBetween(a.x, y, a.x + a.w, y);
    g.lineStyle(4, CityColors.kerb, 1).strokeRect(a.x, a.y, a.w, a.h);
  }

  private drawRoad(g: CanvasPen, road: Rect): void {
    const vertical = road.h >= road.w;
    g.fillStyle(CityColors.kerb).fillRect(road.x - KERB, road.y - KERB, road.w + KERB * 2, road.h + KERB * 2);
    g.fillStyle(CityColors.road).fillRect(road.x, road.y, road.w, road.h);
    const crossings = this.crossingsOn(road);

    // Centre line, dashed, interrupted at crossings.
    g.fillStyle(CityColors.roadMarkingWarm);
    if (vertical) {
      const cx = road.x + road.w / 2 - 2;
      for (let y = road.y; y < road.y + road.h; y += 48) {
        if (!crossings.some((c) => y + 28 > c.area.y - 30 && y < c.area.y + c.area.h + 30)) g.fillRect(cx, y, 4, 28);
      }
    } else {
      const cy = road.y + road.h / 2 - 2;
      for (let x = road.x; x < road.x + road.w; x += 48) {
        if (!crossings.some((c) => x + 28 > c.area.x - 30 && x < c.area.x + c.area.w + 30)) g.fillRect(x, cy, 28, 4);
      }
    }
    for (const c of crossings) this.drawZebra(g, road, c, vertical);
  }

  private crossingsOn(road: Rect): StationDef[] {
    return this.district.stations.filter((s) => s.kind === 'crossing' && overlaps(s.area, road));
  }

  private drawZebra(g: CanvasPen, road: Rect, crossing: StationDef, vertical: boolean): void {
    const a = crossing.area;
    g.fillStyle(CityColors.zebra);
    if (vertical) {
      for (let x = road.x + 6; x < road.x + road.w - 6; x += 22) g.fillRect(x, a.y + 8, 12, a.h - 16);
      g.fillStyle(CityColors.roadMarking).fillRect(road.x, a.y - 10, road.w, 4).fillRect(road.x, a.y + a.h + 6, road.w, 4);
    } else {
      for (let y = road.y + 6; y < road.y + road.h - 6; y += 22) g.fillRect(a.x + 8, y, a.w - 16, 12);
    }
  }

  /** Bollards along both kerbs, with a gap at each crossing: the only legal way over. */
  private drawRailings(road: Rect, bollard: (x: number, y: number) => void): void {
    const vertical = road.h >= road.w;
    const crossings = this.crossingsOn(road);
    const step = 28;
    const gap = (v: number) => crossings.some((c) => (vertical ? v > c.area.y - 4 && v < c.area.y + c.area.h + 4 : v > c.area.x - 4 && v < c.area.x + c.area.w + 4));
    if (vertical) {
      for (let y = road.y + step / 2; y < road.y + road.h; y += step) {
        if (gap(y)) continue;
        bollard(road.x - KERB - 2, y);
        bollard(road.x + road.w + KERB + 2, y);
      }
    } else {
      for (let x = road.x + step / 2; x < road.x + road.w; x += step) {
        if (gap(x)) continue;
        bollard(x, road.y - KERB - 2);
        bollard(x, road.y + road.h + KERB + 2);
      }
    }
  }

  private drawPark(g: CanvasPen, park: Rect): void {
    g.fillStyle(CityColors.grass).fillRoundedRect(park.x, park.y, park.w, park.h, 18);
    g.fillStyle(CityColors.grassDark, 0.5);
    for (let y = park.y + 10; y < park.y + park.h - 10; y += 36) g.fillRect(park.x + 10, y, park.w - 20, 16);
    // A gravel path through the middle, so the park reads as a place to walk.
    g.fillStyle(CityColors.gravel).fillRect(park.x, park.y + park.h * 0.62, park.w, 34);
    g.fillRect(park.x + park.w * 0.5 - 17, park.y + park.h * 0.62, 34, park.h * 0.38);
  }

  private drawBuilding(roofs: Phaser.GameObjects.Graphics, b: BuildingDef): void {
    const color = RoofColors[b.kind as keyof typeof RoofColors] ?? CityColors.roofBlock;
    roofs.fillStyle(CityColors.shadow, SHADOW_ALPHA).fillRect(b.x + 8, b.y + 10, b.w, b.h);
    roofs.fillStyle(color).fillRect(b.x, b.y, b.w, b.h);
    roofs.lineStyle(4, CityColors.roofEdge, 1).strokeRect(b.x + 2, b.y + 2, b.w - 4, b.h - 4);
    // Vents and skylights so roofs are not flat slabs.
    const rng = new Random(Math.floor(b.x * 7 + b.y * 13));
    roofs.fillStyle(CityColors.roofDetail, 1);
    const vents = Math.max(1, Math.floor((b.w * b.h) / 30000));
    for (let i = 0; i < vents; i++) {
      roofs.fillRect(b.x + 16 + rng.next() * (b.w - 52), b.y + 16 + rng.next() * (b.h - 44), 20 + rng.next() * 16, 12);
    }
    if (b.sign) {
      const text = this.scene.add
        .text(b.x + b.w / 2, b.y + Math.min(b.h / 2, 48), b.sign, {
          fontFamily: 'system-ui, sans-serif',
          fontSize: '22px',
          fontStyle: 'bold',
          color: '#1f2328',
          backgroundColor: '#fbf8f1',
          padding: { x: 10, y: 4 },
        })
        .setOrigin(0.5)
        .setDepth(Depth.roofs + 1);
      this.signs.push({ text, key: `sign.${b.sign}` });
    }
  }

  private drawTrees(): void {
    const rng = new Random(99);
    for (const park of this.district.buildings.filter((b) => b.kind === 'park')) {
      const count = Math.floor((park.w * park.h) / 14000);
      for (let i = 0; i < count; i++) {
        const x = park.x + 30 + rng.next() * (park.w - 60);
        const y = park.y + 30 + rng.next() * (park.h - 60);
        // Keep the paths and buildings in the park clear.
        const onPath = Math.abs(y - (park.y + park.h * 0.62 + 17)) < 40 || (Math.abs(x - (park.x + park.w / 2)) < 40 && y > park.y + park.h * 0.6);
        const onBuilding = this.district.buildings.some((b) => b.kind !== 'park' && x > b.x - 30 && x < b.x + b.w + 30 && y > b.y - 30 && y < b.y + b.h + 60);
        const onStation = this.district.stations.some((s) => x > s.area.x - 30 && x < s.area.x + s.area.w + 30 && y > s.area.y - 30 && y < s.area.y + s.area.h + 30);
        if (!onPath && !onBuilding && !onStation) this.prop(x, y, PropFrames.tree, Depth.overhead).setAngle(rng.next() * 360);
      }
    }
  }

  private prop(x: number, y: number, frame: string, depth: number): Phaser.GameObjects.Image {
    return this.scene.add.image(x, y, ArtKeys.props, frame).setDepth(depth);
  }
}

/**
 * The few Graphics calls the ground needs, on a 2D canvas instead, so the
 * drawing code reads the same as the roofs' (colours as 0xRRGGBB numbers).
 */
class CanvasPen {
  constructor(private readonly ctx: CanvasRenderingContext2D) {}

  fillStyle(color: number, alpha = 1): this {
    this.ctx.fillStyle = toRgba(color, alpha);
    return this;
  }

  lineStyle(width: number, color: number, alpha = 1): this {
    this.ctx.lineWidth = width;
    this.ctx.strokeStyle = toRgba(color, alpha);
    return this;
  }

  fillRect(x: number, y: number, w: number, h: number): this {
    this.ctx.fillRect(x, y, w, h);
    return this;
  }

  fillRoundedRect(x: number, y: number, w: number, h: number, radius: number): this {
    this.ctx.beginPath();
    this.ctx.roundRect(x, y, w, h, radius);
    this.ctx.fill();
    return this;
  }

  strokeRect(x: number, y: number, w: number, h: number): this {
    this.ctx.strokeRect(x, y, w, h);
    return this;
  }

  /** Draws a frame of a canvas-made atlas centred on (x, y). */
  stamp(frame: Phaser.Textures.Frame | null, x: number, y: number): this {
    const image = frame?.source.image;
    if (!frame || !(image instanceof HTMLCanvasElement || image instanceof HTMLImageElement)) return this;
    const { cutX, cutY, cutWidth: w, cutHeight: h } = frame;
    this.ctx.drawImage(image, cutX, cutY, w, h, x - w / 2, y - h / 2, w, h);
    return this;
  }

  lineBetween(x1: number, y1: number, x2: number, y2: number): this {
    this.ctx.beginPath();
    this.ctx.moveTo(x1, y1);
    this.ctx.lineTo(x2, y2);
    this.ctx.stroke();
    return this;
  }
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && a.x + a.w > b.x && a.y < b.y + b.h && a.y + a.h > b.y;
}
