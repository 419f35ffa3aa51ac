// The plaza's crowd-analysis camera (F06, F10): a camera on a pole sweeps the
// square; when the player is classified as abnormal, red brackets lock onto
// them (see AlarmMarker for the flash limits).
import Phaser from 'phaser';
import { SystemColors } from '../art/palette';
import { ArtKeys, PropFrames } from '../art/textures';
import type { CityRecord, Point, StationOf } from '../core/types';
import { Depth } from '../scenes/keys';
import { AlarmMarker } from './AlarmMarker';
import type { StationView } from './StationView';

export class PlazaView implements StationView {
  private readonly cone: Phaser.GameObjects.Graphics;
  private readonly alarm: AlarmMarker;
  private sweep = 0;

  constructor(
    scene: Phaser.Scene,
    readonly station: StationOf<'plaza'>,
    private readonly t: (key: string) => string,
    private readonly reduceMotion: boolean,
    player: () => Point,
  ) {
    const at = station.display ?? { x: station.area.x + station.area.w / 2, y: station.area.y };
    // The viewing cone is drawn once and only rotated.
    this.cone = scene.add.graphics({ x: at.x, y: at.y }).setDepth(Depth.markings);
    this.cone.fillStyle(SystemColors.yellow, 0.1).slice(0, 0, 520, -0.45, 0.45, false).fillPath();
    this.cone.lineStyle(2, SystemColors.yellow, 0.35).slice(0, 0, 520, -0.45, 0.45, false).strokePath();
    this.cone.setRotation(Math.PI / 2);
    scene.add.image(at.x, at.y, ArtKeys.props, PropFrames.camera).setDepth(Depth.overhead).setScale(1.4);
    this.alarm = new AlarmMarker(scene, reduceMotion, player);
  }

  update(_t: number, dt: number): void {
    if (!this.reduceMotion) {
      this.sweep += dt * 0.5;
      this.cone.setRotation(Math.PI / 2 + Math.sin(this.sweep) * 0.9);
    }
    this.alarm.update(dt);
  }

  onRecord(record: CityRecord): void {
    if (record.station === this.station.id && record.action === 'abnormal-movement') this.alarm.raise(this.t('plaza.alarm'));
  }

  setLabels(): void {
    // The alarm word is set each time it is raised.
  }
}
