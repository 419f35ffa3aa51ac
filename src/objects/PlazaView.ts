// The plaza's crowd-analysis camera (F06, F10): a camera on a pole sweeps the
// square; when the player is classified as abnormal, red brackets lock onto
// them and blink at 2 per second at most (none with reduced motion).
import Phaser from 'phaser';
import { SystemColors, SystemCss } from '../art/palette';
import { ArtKeys, PropFrames } from '../art/textures';
import type { CityRecord, Point, StationOf } from '../core/types';
import { Depth } from '../scenes/keys';
import type { StationView } from './StationView';

const ALARM_SECONDS = 3.5;
/** Blink period: on 250 ms, off 250 ms = 2 flashes per second. */
const BLINK_SECONDS = 0.5;

export class PlazaView implements StationView {
  private readonly cone: Phaser.GameObjects.Graphics;
  private readonly bracket: Phaser.GameObjects.Graphics;
  private readonly alarmLabel: Phaser.GameObjects.Text;
  private alarmLeft = 0;
  private sweep = 0;

  constructor(
    scene: Phaser.Scene,
    readonly station: StationOf<'plaza'>,
    private readonly t: (key: string) => string,
    private readonly reduceMotion: boolean,
    private readonly player: () => Point,
  ) {
    const at = station.display ?? { x: station.area.x + station.area.w / 2, y: station.area.y };
    // The viewing cone is drawn once and only rotated.
    this.cone = scene.add.graphics({ x: at.x, y: at.y }).setDepth(Depth.markings);
    this.cone.fillStyle(SystemColors.yellow, 0.1).slice(0, 0, 520, -0.45, 0.45, false).fillPath();
    this.cone.lineStyle(2, SystemColors.yellow, 0.35).slice(0, 0, 520, -0.45, 0.45, false).strokePath();
    this.cone.setRotation(Math.PI / 2);
    scene.add.image(at.x, at.y, ArtKeys.props, PropFrames.camera).setDepth(Depth.overhead).setScale(1.4);

    this.bracket = scene.add.graphics().setDepth(Depth.alarms).setVisible(false);
    this.bracket.lineStyle(3, SystemColors.red, 1);
    const r = 22;
    const k = 9;
    for (const [sx, sy] of [[-1, -1], [1, -1], [1, 1], [-1, 1]] as const) {
      this.bracket.lineBetween(sx * r, sy * r, sx * r, sy * (r - k));
      this.bracket.lineBetween(sx * r, sy * r, sx * (r - k), sy * r);
    }
    this.alarmLabel = scene.add
      .text(0, 0, '', { fontFamily: 'system-ui, sans-serif', fontSize: '14px', fontStyle: 'bold', color: SystemCss.cream, backgroundColor: SystemCss.red, padding: { x: 5, y: 2 } })
      .setOrigin(0.5, 0)
      .setDepth(Depth.alarms)
      .setVisible(false);
  }

  update(_t: number, dt: number): void {
    if (!this.reduceMotion) {
      this.sweep += dt * 0.5;
      this.cone.setRotation(Math.PI / 2 + Math.sin(this.sweep) * 0.9);
    }
    if (this.alarmLeft > 0) {
      this.alarmLeft -= dt;
      const p = this.player();
      const on = this.reduceMotion || (this.alarmLeft % BLINK_SECONDS) > BLINK_SECONDS / 2;
      this.bracket.setPosition(p.x, p.y).setVisible(this.alarmLeft > 0 && on);
      this.alarmLabel.setPosition(p.x, p.y + 26).setVisible(this.alarmLeft > 0);
    }
  }

  onRecord(record: CityRecord): void {
    if (record.station !== this.station.id || record.action !== 'abnormal-movement') return;
    this.alarmLeft = ALARM_SECONDS;
    this.alarmLabel.setText(this.t('plaza.alarm'));
  }

  setLabels(): void {
    this.alarmLabel.setText(this.t('plaza.alarm'));
  }
}
