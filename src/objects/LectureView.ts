// The lecture square (F15, F16): benches, a lectern, and a big "attention
// level" screen for the teacher. The meter sinks while the player does not
// look attentive; a bored reading is reported in red.
import Phaser from 'phaser';
import { CityColors, SystemColors, SystemCss } from '../art/palette';
import type { CityRecord, StationOf } from '../core/types';
import { Depth } from '../scenes/keys';
import type { StationView } from './StationView';
import { WorldLabel } from './WorldLabel';

const METER_W = 180;

export class LectureView implements StationView {
  private readonly meter: Phaser.GameObjects.Rectangle;
  private readonly title: Phaser.GameObjects.Text;
  private readonly label: WorldLabel;
  private level = 1;

  constructor(
    scene: Phaser.Scene,
    readonly station: StationOf<'lecture'>,
    private readonly t: (key: string) => string,
  ) {
    const a = station.area;
    const g = scene.add.graphics().setDepth(Depth.markings);
    g.fillStyle(0xd9cdb6).fillRect(a.x, a.y, a.w, a.h);
    g.fillStyle(CityColors.wood);
    for (let y = a.y + 40; y < a.y + a.h - 10; y += 28) {
      for (let x = a.x + 20; x < a.x + a.w - 40; x += 70) g.fillRect(x, y, 50, 8);
    }
    const at = station.display ?? { x: a.x + a.w / 2, y: a.y };
    scene.add.rectangle(at.x, at.y + 4, METER_W + 20, 34, SystemColors.black).setOrigin(0.5, 0).setStrokeStyle(2, SystemColors.red).setDepth(Depth.screens);
    this.title = scene.add
      .text(at.x, at.y + 6, '', { fontFamily: 'system-ui, sans-serif', fontSize: '11px', fontStyle: 'bold', color: SystemCss.yellow })
      .setOrigin(0.5, 0)
      .setDepth(Depth.screens);
    this.meter = scene.add.rectangle(at.x - METER_W / 2, at.y + 24, METER_W, 8, SystemColors.go).setOrigin(0, 0).setDepth(Depth.screens);
    this.label = new WorldLabel(scene);
    this.setLabels();
  }

  update(_t: number, dt: number): void {
    // The meter drains over the reading interval; an attentive look refills it.
    this.level = Math.max(0, this.level - dt / this.station.params.boredSeconds);
    this.meter.width = METER_W * this.level;
    this.meter.fillColor = this.level > 0.35 ? SystemColors.go : SystemColors.red;
    this.label.update(dt);
  }

  onRecord(record: CityRecord): void {
    if (record.station !== this.station.id) return;
    if (record.action === 'emotion-attentive' || record.action === 'attendance-logged') this.level = 1;
    if (record.action === 'emotion-bored') {
      const a = this.station.area;
      this.label.show(this.t('action.emotion-bored.title'), { x: a.x + a.w / 2, y: a.y + a.h + 4 }, 4);
    }
  }

  setLabels(): void {
    this.title.setText(this.t('station.lecture'));
  }
}
