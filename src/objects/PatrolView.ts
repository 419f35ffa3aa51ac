// A police officer with camera glasses (F17, F11) walking a beat around the
// square. Whoever enters the glasses' view is named on the spot; over the
// player's head their file appears (the game's stretch, S09). With the
// police-attention sanction the officer comes for the player instead.
import Phaser from 'phaser';
import { SystemColors, SystemCss } from '../art/palette';
import { ArtKeys, faceTexture, policeFrame } from '../art/textures';
import type { Citizen, CityRecord, Point, StationOf } from '../core/types';
import { Depth } from '../scenes/keys';
import type { StationView } from './StationView';

const HALF_ANGLE = 0.6;
const FILE_SECONDS = 4.5;

export class PatrolView implements StationView {
  private readonly officer: Phaser.GameObjects.Sprite;
  private readonly cone: Phaser.GameObjects.Graphics;
  private readonly file: Phaser.GameObjects.Container;
  private readonly fileText: Phaser.GameObjects.Text;
  private fileFace: Phaser.GameObjects.Image | null = null;
  private fileLeft = 0;
  private distance = 0;
  private heading = 0;
  private phase = 0;
  private sinceReport = 1;
  private readonly corners: Point[];
  private readonly perimeter: number;

  constructor(
    private readonly scene: Phaser.Scene,
    readonly station: StationOf<'patrol'>,
    private readonly t: (key: string, vars?: Record<string, string | number>) => string,
    private readonly player: () => Point,
    private readonly citizen: () => { citizen: Citizen; records: number; score: number } | null,
    private readonly chasing: () => boolean,
    private readonly report: () => void,
  ) {
    const a = station.area;
    this.corners = [
      { x: a.x, y: a.y },
      { x: a.x + a.w, y: a.y },
      { x: a.x + a.w, y: a.y + a.h },
      { x: a.x, y: a.y + a.h },
    ];
    this.perimeter = 2 * (a.w + a.h);
    const r = station.params.viewRadius;
    this.cone = scene.add.graphics().setDepth(Depth.markings);
    this.cone.fillStyle(SystemColors.red, 0.1).slice(0, 0, r, -HALF_ANGLE, HALF_ANGLE, false).fillPath();
    this.cone.lineStyle(1.5, SystemColors.red, 0.4).slice(0, 0, r, -HALF_ANGLE, HALF_ANGLE, false).strokePath();
    this.officer = scene.add.sprite(a.x, a.y, ArtKeys.walkers, policeFrame(0)).setDepth(Depth.walkers + 1);

    this.fileText = scene.add.text(58, 6, '', { fontFamily: 'system-ui, sans-serif', fontSize: '12px', fontStyle: 'bold', color: SystemCss.cream, wordWrap: { width: 150 } });
    const panel = scene.add.rectangle(0, 0, 216, 60, SystemColors.black, 0.92).setOrigin(0, 0).setStrokeStyle(2, SystemColors.red);
    this.file = scene.add.container(0, 0, [panel, this.fileText]).setDepth(Depth.alarms).setVisible(false);
  }

  get position(): Point {
    return { x: this.officer.x, y: this.officer.y };
  }

  update(_t: number, dt: number): void {
    const p = this.player();
    const speed = this.station.params.speed;
    let target: Point;
    if (this.chasing() && Math.hypot(p.x - this.officer.x, p.y - this.officer.y) < 500) {
      target = p;
    } else {
      this.distance = (this.distance + speed * dt) % this.perimeter;
      target = this.pointOnBeat(this.distance);
    }
    const dx = target.x - this.officer.x;
    const dy = target.y - this.officer.y;
    const d = Math.hypot(dx, dy);
    if (d > 30) {
      const step = Math.min(d, speed * 1.3 * dt);
      this.officer.x += (dx / d) * step;
      this.officer.y += (dy / d) * step;
      this.heading = Math.atan2(dy, dx);
      this.phase += dt * 6;
      this.officer.setRotation(this.heading).setFrame(policeFrame(Math.floor(this.phase)));
    } else if (d > 0) {
      this.heading = Math.atan2(dy, dx);
    }
    this.cone.setPosition(this.officer.x, this.officer.y).setRotation(this.heading);

    // Does the player stand inside the glasses' view?
    const px = p.x - this.officer.x;
    const py = p.y - this.officer.y;
    const distance = Math.hypot(px, py);
    const angle = Math.abs(Phaser.Math.Angle.Wrap(Math.atan2(py, px) - this.heading));
    // Report at most twice a second; the rules decide whether a sighting counts.
    this.sinceReport += dt;
    if (distance < this.station.params.viewRadius && angle < HALF_ANGLE && this.sinceReport > 0.5) {
      this.sinceReport = 0;
      this.report();
    }

    if (this.fileLeft > 0) {
      this.fileLeft -= dt;
      this.file.setPosition(p.x - 108, p.y - 100).setVisible(this.fileLeft > 0);
    }
  }

  onRecord(record: CityRecord): void {
    if (record.station !== this.station.id) return;
    const who = this.citizen();
    if (!who) return;
    if (!this.fileFace) {
      this.fileFace = this.scene.add.image(6, 6, faceTexture(this.scene, who.citizen.faceSeed, 128)).setOrigin(0, 0).setDisplaySize(48, 48);
      this.file.add(this.fileFace);
    }
    this.fileText.setText(`${this.t(`action.${record.action}.title`)}\n${this.t('station.dossier', { records: who.records, score: who.score })}`);
    this.fileLeft = FILE_SECONDS;
  }

  setLabels(): void {
    // The file's text is written each time it opens.
  }

  private pointOnBeat(s: number): Point {
    let rest = s;
    for (let i = 0; i < 4; i++) {
      const from = this.corners[i]!;
      const to = this.corners[(i + 1) % 4]!;
      const length = Math.hypot(to.x - from.x, to.y - from.y);
      if (rest <= length) return { x: from.x + ((to.x - from.x) * rest) / length, y: from.y + ((to.y - from.y) * rest) / length };
      rest -= length;
    }
    return this.corners[0]!;
  }
}
