// The face gate to the platforms (F08): it shows OPEN or CLOSED for the
// player's current grade at all times, so the sanction is visible before
// anyone walks up to it.
import Phaser from 'phaser';
import { SystemCss } from '../art/palette';
import { ArtKeys, PropFrames } from '../art/textures';
import type { CityRecord, StationOf } from '../core/types';
import { Depth } from '../scenes/keys';
import type { StationView } from './StationView';
import { WorldLabel } from './WorldLabel';

export class GateView implements StationView {
  private readonly gates: Phaser.GameObjects.Image[] = [];
  private readonly state: Phaser.GameObjects.Text;
  private readonly label: WorldLabel;
  private closed = false;

  constructor(
    scene: Phaser.Scene,
    readonly station: StationOf<'gate'>,
    private readonly t: (key: string) => string,
    private readonly isClosed: () => boolean,
  ) {
    const a = station.area;
    // Gates across the entrance, turned to face people walking east.
    for (let y = a.y + 20; y < a.y + a.h; y += 40) {
      this.gates.push(scene.add.image(a.x + a.w / 2, y, ArtKeys.props, PropFrames.gateOpen).setRotation(Math.PI / 2).setDepth(Depth.overhead));
    }
    this.state = scene.add
      .text(a.x + a.w / 2, a.y - 8, '', { fontFamily: 'system-ui, sans-serif', fontSize: '14px', fontStyle: 'bold', color: SystemCss.cream, padding: { x: 5, y: 2 } })
      .setOrigin(0.5, 1)
      .setDepth(Depth.screens);
    this.label = new WorldLabel(scene);
    this.render();
  }

  update(_t: number, dt: number): void {
    if (this.isClosed() !== this.closed) this.render();
    this.label.update(dt);
  }

  onRecord(record: CityRecord): void {
    if (record.station !== this.station.id) return;
    const a = this.station.area;
    this.label.show(this.t(`action.${record.action}.title`), { x: a.x - 40, y: a.y + a.h / 2 }, 4, record.action === 'gate-closed' ? 'alarm' : 'info');
  }

  setLabels(): void {
    this.render();
  }

  private render(): void {
    this.closed = this.isClosed();
    for (const g of this.gates) g.setFrame(this.closed ? PropFrames.gateClosed : PropFrames.gateOpen);
    this.state.setText(this.t(this.closed ? 'station.gateClosed' : 'station.gateOpen')).setBackgroundColor(this.closed ? SystemCss.red : '#1d6b3a');
  }
}
