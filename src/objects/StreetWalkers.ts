// People on the pavements outside the plaza. They stroll between random
// points in straight lines; when the player's grade makes people avoid them
// (sanction `npcs-avoid`), they step away.
import Phaser from 'phaser';
import { ArtKeys, WALKER_VARIANTS, walkerFrame } from '../art/textures';
import { containsPoint, isWalkable } from '../core/geometry';
import { passerByScore, stepsAway } from '../core/passersBy';
import { Random } from '../core/rng';
import type { DistrictDef, Point } from '../core/types';
import { Depth } from '../scenes/keys';
import type { ScoreSource } from './CrowdView';

const RADIUS = 8;

interface Walker {
  sprite: Phaser.GameObjects.Image;
  x: number;
  y: number;
  target: Point;
  speed: number;
  variant: number;
  phase: number;
  score: number;
  pause: number;
}

export class StreetWalkers implements ScoreSource {
  private readonly walkers: Walker[] = [];
  private readonly rng: Random;

  constructor(
    scene: Phaser.Scene,
    private readonly district: DistrictDef,
    seed: number,
    count = district.streetWalkers,
  ) {
    this.rng = new Random(seed ^ 0x77a1);
    for (let i = 0; i < count; i++) {
      const start = this.randomSpot();
      if (!start) break;
      const variant = this.rng.int(WALKER_VARIANTS);
      this.walkers.push({
        sprite: scene.add.image(start.x, start.y, ArtKeys.walkers, walkerFrame(variant, 0)).setDepth(Depth.walkers),
        x: start.x,
        y: start.y,
        target: this.reachableTarget(start) ?? start,
        speed: 45 + this.rng.next() * 30,
        variant,
        phase: this.rng.next() * 4,
        score: passerByScore(district.passersBy, this.rng.next()),
        pause: 0,
      });
    }
  }

  update(dt: number, player: Point, avoidPlayer: boolean): void {
    const people = this.district.passersBy;
    for (const w of this.walkers) {
      let dx = w.target.x - w.x;
      let dy = w.target.y - w.y;
      const toPlayer = Math.hypot(w.x - player.x, w.y - player.y);
      const away = stepsAway(people, toPlayer, avoidPlayer);
      if (away) {
        // Step away from the low scorer, quickly.
        dx = (w.x - player.x) / toPlayer;
        dy = (w.y - player.y) / toPlayer;
        w.pause = 0;
      } else if (w.pause > 0) {
        w.pause -= dt;
        continue;
      }
      const distance = Math.hypot(dx, dy);
      if (distance < 4) {
        w.pause = this.rng.next() * 2;
        w.target = this.reachableTarget({ x: w.x, y: w.y }) ?? w.target;
        continue;
      }
      const speed = away ? w.speed * people.stepAwaySpeedFactor : w.speed;
      const nx = w.x + (dx / distance) * speed * dt;
      const ny = w.y + (dy / distance) * speed * dt;
      if (isWalkable(this.district, { x: nx, y: ny }, RADIUS) && !this.inPlaza({ x: nx, y: ny })) {
        w.x = nx;
        w.y = ny;
        w.phase += dt * 8;
        w.sprite.setPosition(nx, ny).setRotation(Math.atan2(dy, dx)).setFrame(walkerFrame(w.variant, Math.floor(w.phase)));
      } else {
        w.target = this.reachableTarget({ x: w.x, y: w.y }) ?? w.target;
      }
    }
  }

  collectNear(p: Point, radius: number, add: (x: number, y: number, score: number, id: number) => void): void {
    for (let i = 0; i < this.walkers.length; i++) {
      const w = this.walkers[i];
      if (w && Math.abs(w.x - p.x) < radius && Math.abs(w.y - p.y) < radius) add(w.x, w.y, w.score, i);
    }
  }

  destroy(): void {
    for (const w of this.walkers) w.sprite.destroy();
    this.walkers.length = 0;
  }

  private inPlaza(p: Point): boolean {
    return this.district.stations.some((s) => s.kind === 'plaza' && containsPoint(s.area, p));
  }

  private randomSpot(): Point | null {
    const { width, height } = this.district.map;
    for (let i = 0; i < 50; i++) {
      const p = { x: this.rng.next() * width, y: this.rng.next() * height };
      if (isWalkable(this.district, p, RADIUS) && !this.inPlaza(p)) return p;
    }
    return null;
  }

  /** A point within a few hundred pixels that can be reached in a straight line. */
  private reachableTarget(from: Point): Point | null {
    for (let attempt = 0; attempt < 12; attempt++) {
      const angle = this.rng.next() * Math.PI * 2;
      const length = 80 + this.rng.next() * 320;
      const to = { x: from.x + Math.cos(angle) * length, y: from.y + Math.sin(angle) * length };
      let clear = true;
      for (let s = 20; s <= length && clear; s += 20) {
        const p = { x: from.x + Math.cos(angle) * s, y: from.y + Math.sin(angle) * s };
        clear = isWalkable(this.district, p, RADIUS) && !this.inPlaza(p);
      }
      if (clear) return to;
    }
    return null;
  }
}
