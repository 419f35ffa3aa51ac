// The crossing: pedestrian lights on both kerbs and the big shaming monitor
// (F14). Within about a second of crossing on red, the monitor shows the
// player's face, full name and address.
import Phaser from 'phaser';
import { SystemCss } from '../art/palette';
import { ArtKeys, faceTexture, MONITOR_SCREEN, PropFrames } from '../art/textures';
import { lightAt } from '../core/stations/crossing';
import type { Citizen, CityRecord, StationOf } from '../core/types';
import { Depth } from '../scenes/keys';
import type { StationView } from './StationView';

const MONITOR_SCALE = 1.7;
const SHAME_DELAY_MS = 900;
const SHAME_SECONDS = 9;

export interface CrossingText {
  t(key: string, vars?: Record<string, string | number>): string;
  name(citizen: Citizen): string;
  address(citizen: Citizen): string;
}

export class CrossingView implements StationView {
  private readonly lights: Phaser.GameObjects.Image[] = [];
  private readonly monitor: Phaser.GameObjects.Container;
  private readonly headline: Phaser.GameObjects.Text;
  private readonly lines: Phaser.GameObjects.Text;
  private face: Phaser.GameObjects.Image | null = null;
  private shameLeft = 0;
  private shamed: Citizen | null = null;
  /** World point at the centre of the monitor's screen, for the camera to look at. */
  readonly monitorCenter: { x: number; y: number };

  constructor(
    private readonly scene: Phaser.Scene,
    readonly station: StationOf<'crossing'>,
    private readonly text: CrossingText,
    private readonly citizen: () => Citizen | null,
  ) {
    const a = station.area;
    // One light on each kerb, facing the people waiting there.
    this.lights.push(scene.add.image(a.x + 14, a.y - 18, ArtKeys.props, PropFrames.lightRed).setDepth(Depth.overhead));
    this.lights.push(scene.add.image(a.x + a.w - 14, a.y + a.h + 18, ArtKeys.props, PropFrames.lightRed).setDepth(Depth.overhead));

    const at = station.display ?? { x: a.x, y: a.y - 200 };
    const frame = scene.add.image(0, 0, ArtKeys.props, PropFrames.monitor).setOrigin(0, 0);
    const s = MONITOR_SCREEN;
    this.headline = scene.add
      .text(s.x + s.w / 2, s.y + 4, '', { fontFamily: 'system-ui, sans-serif', fontSize: '13px', fontStyle: 'bold', color: SystemCss.yellow, align: 'center', wordWrap: { width: s.w - 8 } })
      .setOrigin(0.5, 0);
    this.lines = scene.add.text(s.x + 6, s.y + 24, '', {
      fontFamily: 'system-ui, sans-serif',
      fontSize: '10px',
      color: SystemCss.cream,
      wordWrap: { width: s.w - 12 },
    });
    this.monitor = scene.add
      .container(at.x - (220 * MONITOR_SCALE) / 2, at.y - 140 * MONITOR_SCALE, [frame, this.headline, this.lines])
      .setScale(MONITOR_SCALE)
      .setDepth(Depth.screens);
    this.monitorCenter = {
      x: this.monitor.x + (s.x + s.w / 2) * MONITOR_SCALE,
      y: this.monitor.y + (s.y + s.h / 2) * MONITOR_SCALE,
    };
    this.setLabels();
  }

  update(t: number, dt: number): void {
    const frame = lightAt(this.station.params, t) === 'red' ? PropFrames.lightRed : PropFrames.lightGreen;
    for (const light of this.lights) if (light.frame.name !== frame) light.setFrame(frame);
    if (this.shameLeft > 0) {
      this.shameLeft -= dt;
      if (this.shameLeft <= 0) this.showIdle();
    }
  }

  onRecord(record: CityRecord): void {
    if (record.action !== 'jaywalk') return;
    const citizen = this.citizen();
    if (!citizen) return;
    // The screen switches to the offender a moment later, as a camera system would.
    this.scene.time.delayedCall(SHAME_DELAY_MS, () => {
      this.showShame(citizen);
      this.onShame?.(this.monitorCenter);
    });
  }

  /** Called when the monitor starts showing the player (the scene points the camera at it). */
  onShame: ((at: { x: number; y: number }) => void) | null = null;

  setLabels(): void {
    if (this.shamed && this.shameLeft > 0) this.showShame(this.shamed, false);
    else this.showIdle();
  }

  private showIdle(): void {
    this.shamed = null;
    this.face?.setVisible(false);
    const s = MONITOR_SCREEN;
    this.headline.setText(this.text.t('monitor.idle'));
    this.lines.setPosition(s.x + 6, s.y + 34).setText(this.text.t('monitor.idleSub')).setFontSize(12);
  }

  private showShame(citizen: Citizen, restart = true): void {
    const s = MONITOR_SCREEN;
    this.shamed = citizen;
    if (restart) this.shameLeft = SHAME_SECONDS;
    if (!this.face) {
      this.face = this.scene.add.image(s.x + 6, s.y + 22, faceTexture(this.scene, citizen.faceSeed, 128)).setOrigin(0, 0).setDisplaySize(62, 62);
      this.monitor.add(this.face);
    }
    this.face.setVisible(true);
    this.headline.setText(this.text.t('monitor.shame'));
    this.lines
      .setPosition(s.x + 74, s.y + 24)
      .setFontSize(10)
      .setWordWrapWidth(s.w - 80)
      .setText(
        [this.text.t('monitor.name', { name: this.text.name(citizen) }), this.text.t('monitor.address', { address: this.text.address(citizen) })].join('\n'),
      );
  }
}
