// A police officer with camera glasses (F17, F11) walking a beat around the
// square. Whoever enters the glasses' view is named on the spot; over the
// player's head their file appears (the game's stretch, S09). With the
// police-attention sanction the officer comes for the player instead.
import Phaser from 'phaser';
import { SystemColors, SystemCss } from '../art/palette';
import { ArtKeys, faceTexture, policeFrame } from '../art/textures';
import { startOfficer, stepOfficer, type Officer } from '../core/stations/patrol';
import type { Citizen, CityRecord, Point, StationOf } from '../core/types';
import { Depth } from '../scenes/keys';
import type { StationView } from './StationView';

const FILE_SECONDS = 4.5;

/**
 * Draws the officer and the glasses' cone where the core's patrol rules
 * (core/stations/patrol.ts) put them, and passes each sighting on to the
 * rules, which decide whether it becomes a record.
 */
export class PatrolView implements StationView {
  private readonly sprite: Phaser.GameObjects.Sprite;
  private readonly cone: Phaser.GameObjects.Graphics;
  private readonly file: Phaser.GameObjects.Container;
  private readonly fileText: Phaser.GameObjects.Text;
  private fileFace: Phaser.GameObjects.Image | null = null;
  private fileLeft = 0;
  private phase = 0;
  private officer: Officer;

  constructor(
    private readonly scene: Phaser.Scene,
    readonly station: StationOf<'patrol'>,
    private readonly t: (key: string, vars?: Record<string, string | number>) => string,
    private readonly player: () => Point,
    private readonly citizen: () => { citizen: Citizen; records: number; score: number } | null,
    private readonly policeAttention: () => boolean,
    private readonly report: () => void,
  ) {
    this.officer = startOfficer(station);
    const { viewRadius: r, viewHalfAngle: half } = station.params;
    this.cone = scene.add.graphics().setDepth(Depth.markings);
    this.cone.fillStyle(SystemColors.red, 0.1).slice(0, 0, r, -half, half, false).fillPath();
    this.cone.lineStyle(1.5, SystemColors.red, 0.4).slice(0, 0, r, -half, half, false).strokePath();
    this.sprite = scene.add.sprite(this.officer.x, this.officer.y, ArtKeys.walkers, policeFrame(0)).setDepth(Depth.walkers + 1);

    this.fileText = scene.add.text(58, 6, '', { fontFamily: 'system-ui, sans-serif', fontSize: '12px', fontStyle: 'bold', color: SystemCss.cream, wordWrap: { width: 150 } });
    const panel = scene.add.rectangle(0, 0, 216, 60, SystemColors.black, 0.92).setOrigin(0, 0).setStrokeStyle(2, SystemColors.red);
    this.file = scene.add.container(0, 0, [panel, this.fileText]).setDepth(Depth.alarms).setVisible(false);
  }

  get position(): Point {
    return { x: this.officer.x, y: this.officer.y };
  }

  update(t: number, dt: number): void {
    const p = this.player();
    const { officer, seen } = stepOfficer(this.station, this.officer, { player: p, policeAttention: this.policeAttention(), t, dt });
    this.officer = officer;
    if (officer.walking) {
      this.phase += dt * 6;
      this.sprite.setFrame(policeFrame(Math.floor(this.phase)));
    }
    this.sprite.setPosition(officer.x, officer.y).setRotation(officer.heading);
    this.cone.setPosition(officer.x, officer.y).setRotation(officer.heading);
    if (seen) this.report();

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
}
