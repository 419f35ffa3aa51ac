// The player: keyboard (the key map: arrows / WASD by default) or pointer (tap, click or drag to walk).
// It only moves and reports where it is; the rules decide what that costs.
import Phaser from 'phaser';
import { ArtKeys, playerFrame } from '../art/textures';
import { slide } from '../core/geometry';
import { stepLength } from '../core/player';
import type { DistrictDef, Point } from '../core/types';
import { HeldKeys } from '../input/keyboard';
import { Depth } from '../scenes/keys';

const RADIUS = 9;
const ARRIVE = 6;

export class Player {
  readonly sprite: Phaser.GameObjects.Sprite;
  readonly velocity: Point = { x: 0, y: 0 };
  private target: Point | null = null;
  private pointerHeld = false;
  private animTime = 0;
  /** Walk keys from the player's key map (settings), not fixed keys. */
  private readonly keys = new HeldKeys();

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly district: DistrictDef,
    start: Point,
  ) {
    this.sprite = scene.add.sprite(start.x, start.y, ArtKeys.player, playerFrame(0)).setDepth(Depth.player);
    scene.input.on('pointerdown', this.onPointer, this);
    scene.input.on('pointermove', this.onPointerMove, this);
    scene.input.on('pointerup', this.onPointerUp, this);
  }

  get position(): Point {
    return { x: this.sprite.x, y: this.sprite.y };
  }

  /** True while walking towards a tapped (or autopilot) target. */
  get walking(): boolean {
    return this.target !== null;
  }

  /** Walks towards a point as if it had been tapped once (the kiosk's attract loop steers this way); null stops. */
  walkTowards(target: Point | null): void {
    this.target = target ? { x: target.x, y: target.y } : null;
    this.pointerHeld = false;
  }

  stop(): void {
    this.velocity.x = 0;
    this.velocity.y = 0;
    this.target = null;
    this.pointerHeld = false;
  }

  update(dt: number): void {
    // Never step past a target: on a slow device one frame can be longer than the way left.
    let reach = 1;
    const k = this.keys;
    let dx = (k.isDown('right') ? 1 : 0) - (k.isDown('left') ? 1 : 0);
    let dy = (k.isDown('down') ? 1 : 0) - (k.isDown('up') ? 1 : 0);
    if (dx !== 0 || dy !== 0) {
      this.target = null; // keys take over from a tap
    } else if (this.target) {
      const tx = this.target.x - this.sprite.x;
      const ty = this.target.y - this.sprite.y;
      const distance = Math.hypot(tx, ty);
      if (distance < ARRIVE) {
        if (!this.pointerHeld) this.target = null;
      } else {
        dx = tx / distance;
        dy = ty / distance;
        if (dt > 0) reach = Math.min(1, distance / stepLength(this.district.player, dt));
      }
    }
    const length = Math.hypot(dx, dy);
    if (length > 0) {
      dx /= length;
      dy /= length;
    }
    const before = this.position;
    // The level sets the pace (district.player.speed); the tracker judges standing and walking against it.
    const step = stepLength(this.district.player, dt) * reach;
    const after = slide(this.district, before, dx * step, dy * step, RADIUS);
    this.sprite.setPosition(after.x, after.y);
    this.velocity.x = dt > 0 ? (after.x - before.x) / dt : 0;
    this.velocity.y = dt > 0 ? (after.y - before.y) / dt : 0;
    const moving = Math.hypot(this.velocity.x, this.velocity.y) > 5;
    if (moving) {
      this.sprite.setRotation(Math.atan2(this.velocity.y, this.velocity.x));
      this.animTime += dt;
      this.sprite.setFrame(playerFrame(Math.floor(this.animTime * 8)));
    } else if (this.target && length > 0) {
      this.target = null; // walked into a wall: give up rather than push forever
    }
  }

  destroy(): void {
    this.keys.destroy();
    this.scene.input.off('pointerdown', this.onPointer, this);
    this.scene.input.off('pointermove', this.onPointerMove, this);
    this.scene.input.off('pointerup', this.onPointerUp, this);
  }

  private onPointer(pointer: Phaser.Input.Pointer): void {
    this.pointerHeld = true;
    this.target = { x: pointer.worldX, y: pointer.worldY };
  }

  private onPointerMove(pointer: Phaser.Input.Pointer): void {
    if (this.pointerHeld && pointer.isDown) this.target = { x: pointer.worldX, y: pointer.worldY };
  }

  private onPointerUp(): void {
    this.pointerHeld = false;
  }
}
