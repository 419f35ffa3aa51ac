// Red brackets that lock onto a person the system flags. They blink at most
// twice a second (museum guidance), and stay steady with reduced motion.
import Phaser from 'phaser';
import { SystemColors } from '../art/palette';
import type { Point } from '../core/types';
import { Depth } from '../scenes/keys';
import { WorldLabel } from './WorldLabel';

/** On 250 ms, off 250 ms: two flashes per second. */
const BLINK_SECONDS = 0.5;

export class AlarmMarker {
  private readonly bracket: Phaser.GameObjects.Graphics;
  private readonly label: WorldLabel;
  private left = 0;

  constructor(
    scene: Phaser.Scene,
    private readonly reduceMotion: boolean,
    private readonly target: () => Point,
  ) {
    this.bracket = scene.add.graphics().setDepth(Depth.alarms).setVisible(false);
    this.bracket.lineStyle(3, SystemColors.red, 1);
    const r = 22;
    const k = 9;
    for (const [sx, sy] of [[-1, -1], [1, -1], [1, 1], [-1, 1]] as const) {
      this.bracket.lineBetween(sx * r, sy * r, sx * r, sy * (r - k));
      this.bracket.lineBetween(sx * r, sy * r, sx * (r - k), sy * r);
    }
    this.label = new WorldLabel(scene, 14);
  }

  raise(word: string, seconds = 3.5): void {
    this.left = seconds;
    const target = this.target;
    this.label.show(word, () => ({ x: target().x, y: target().y + 52 }), seconds);
  }

  update(dt: number): void {
    this.label.update(dt);
    if (this.left <= 0) return;
    this.left -= dt;
    const p = this.target();
    const on = this.reduceMotion || this.left % BLINK_SECONDS > BLINK_SECONDS / 2;
    this.bracket.setPosition(p.x, p.y).setVisible(this.left > 0 && on);
  }
}
