// Cars on the road. They stop at the zebra while pedestrians have green, and
// for anyone on the road in front of them: nobody is run over in this game;
// the city has other ways to punish.
import Phaser from 'phaser';
import { ArtKeys, CAR_FRAMES } from '../art/textures';
import { containsPoint } from '../core/geometry';
import { Random } from '../core/rng';
import { offencesStagedBy } from '../core/stations/witness';
import { carsMustStop } from '../core/traffic';
import type { DistrictDef, Point, Rect, StationOf, WitnessParams } from '../core/types';
import { Depth } from '../scenes/keys';
import type { WorldLabel } from './WorldLabel';

const SPEED = 180;
const GAP = 70;

interface Car {
  sprite: Phaser.GameObjects.Image;
  lane: number; // +1 drives down (south), -1 up (north)
  y: number;
  x: number;
  /** This car will run the next red light (a staged offence, F13). */
  reckless: boolean;
}

/** Stages a traffic offence when the rules say one is due, and says when one happened. */
export interface OffenceStage {
  /** The witness station's numbers: when offences are due (core/stations/witness.ts). */
  params: WitnessParams;
  label: WorldLabel;
  text: () => string;
  onOffence: () => void;
}

export class TrafficView {
  private readonly cars: Car[] = [];
  /** Offences staged so far on this road. */
  private staged = 0;
  stage: OffenceStage | null = null;

  constructor(
    scene: Phaser.Scene,
    private readonly road: Rect,
    private readonly crossings: StationOf<'crossing'>[],
    seed: number,
    perLane = 3,
  ) {
    const rng = new Random(seed ^ 0xca75);
    for (const lane of [1, -1]) {
      const x = road.x + road.w / 2 + (lane === 1 ? -road.w / 4 : road.w / 4);
      for (let i = 0; i < perLane; i++) {
        const y = road.y + ((i + rng.next() * 0.5) / perLane) * road.h;
        const sprite = scene.add.image(x, y, ArtKeys.props, CAR_FRAMES[rng.int(CAR_FRAMES.length)]).setDepth(Depth.walkers + 1);
        sprite.setRotation(lane === 1 ? Math.PI / 2 : -Math.PI / 2);
        this.cars.push({ sprite, lane, y, x, reckless: false });
      }
    }
  }

  /** Only vertical roads carry traffic in this first district. */
  static forDistrict(scene: Phaser.Scene, district: DistrictDef, seed: number): TrafficView[] {
    return district.roads
      .filter((r) => r.h > r.w)
      .map((road) => {
        const crossings = district.stations.filter((s): s is StationOf<'crossing'> => s.kind === 'crossing' && containsPoint(road, { x: road.x + road.w / 2, y: s.area.y + s.area.h / 2 }));
        return new TrafficView(scene, road, crossings, seed);
      });
  }

  update(t: number, dt: number, player: Point): void {
    this.stageOffence(t);
    this.stage?.label.update(dt);
    for (const car of this.cars) {
      const nextY = car.y + car.lane * SPEED * dt;
      if (this.mustStop(car, nextY, t, player)) continue;
      car.y = nextY;
      // Wrap around: leave at one end, come back at the other.
      if (car.y > this.road.y + this.road.h + 60) car.y = this.road.y - 60;
      if (car.y < this.road.y - 60) car.y = this.road.y + this.road.h + 60;
      car.sprite.setY(car.y);
    }
  }

  /** Each time the rules make an offence due, one car is marked to ignore the next red light. */
  private stageOffence(t: number): void {
    if (!this.stage) return;
    const due = offencesStagedBy(this.stage.params, t);
    if (due <= this.staged) return;
    this.staged = due;
    const car = this.cars.find((c) => !c.reckless);
    if (car) car.reckless = true;
  }

  private mustStop(car: Car, nextY: number, t: number, player: Point): boolean {
    const front = nextY + car.lane * 32;
    for (const c of this.crossings) {
      const stopLine = car.lane === 1 ? c.area.y - 14 : c.area.y + c.area.h + 14;
      const beforeLine = car.lane === 1 ? car.y + 32 <= stopLine : car.y - 32 >= stopLine;
      const wouldCross = car.lane === 1 ? front > stopLine : front < stopLine;
      if (beforeLine && wouldCross && carsMustStop(c.params, t)) {
        if (!car.reckless) return true;
        // Runs the red: the camera has it, the ticket is on its way to the driver's phone.
        car.reckless = false;
        if (this.stage) {
          const stage = this.stage;
          stage.label.show(stage.text(), () => ({ x: car.sprite.x, y: car.sprite.y - 30 }), 4, 'alarm');
          stage.onOffence();
        }
      }
    }
    // Never drive into the player or the car ahead.
    if (Math.abs(player.x - car.x) < 30 && (front - player.y) * car.lane > -40 && (front - player.y) * car.lane < 20) return true;
    return this.cars.some((o) => o !== car && o.lane === car.lane && (o.y - car.y) * car.lane > 0 && (o.y - car.y) * car.lane < GAP);
  }
}
