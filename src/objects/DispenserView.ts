// The toilet-paper dispenser with a face scanner (F12): a scan ring sweeps
// the face, then a strip of exactly the allowed length comes out, or a
// refusal lights up.
import Phaser from 'phaser';
import { SystemColors, SystemCss, toCss } from '../art/palette';
import { ArtKeys, PropFrames } from '../art/textures';
import type { CityRecord, StationOf } from '../core/types';
import { Depth } from '../scenes/keys';
import type { StationView } from './StationView';

/** 60 cm of paper drawn 1:1 with the world scale (20 px per metre) would be tiny; shown 3× for legibility. */
const PAPER_PX_PER_CM = 0.6;

export class DispenserView implements StationView {
  private readonly scanner: Phaser.GameObjects.Image;
  private readonly paper: Phaser.GameObjects.Rectangle;
  private readonly sign: Phaser.GameObjects.Text;
  private signLeft = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    readonly station: StationOf<'dispenser'>,
    private readonly t: (key: string, vars?: Record<string, string | number>) => string,
    private readonly reduceMotion: boolean,
  ) {
    const at = station.display ?? { x: station.area.x + station.area.w / 2, y: station.area.y };
    scene.add.image(at.x, at.y, ArtKeys.props, PropFrames.dispenser).setDepth(Depth.screens);
    this.scanner = scene.add.image(at.x, at.y + 50, ArtKeys.props, PropFrames.scanner).setDepth(Depth.alarms).setVisible(false);
    this.paper = scene.add.rectangle(at.x, at.y + 26, 12, 0, 0xffffff).setOrigin(0.5, 0).setStrokeStyle(1, 0xb4aea2).setDepth(Depth.screens - 1);
    this.sign = scene.add
      .text(at.x, at.y - 40, '', { fontFamily: 'system-ui, sans-serif', fontSize: '15px', fontStyle: 'bold', color: SystemCss.cream, backgroundColor: SystemCss.red, padding: { x: 6, y: 3 } })
      .setOrigin(0.5, 1)
      .setDepth(Depth.alarms)
      .setVisible(false);
  }

  update(_t: number, dt: number): void {
    if (this.signLeft > 0) {
      this.signLeft -= dt;
      if (this.signLeft <= 0) this.sign.setVisible(false);
    }
  }

  onRecord(record: CityRecord): void {
    if (record.station !== this.station.id) return;
    this.scan();
    if (record.action === 'paper-granted') {
      const length = Number(record.vars.cm ?? 0) * PAPER_PX_PER_CM;
      this.paper.height = 0;
      if (this.reduceMotion) this.paper.height = length;
      else this.scene.tweens.add({ targets: this.paper, height: length, duration: 1200, ease: 'Linear', delay: 500 });
      this.showSign(`${this.t('action.paper-granted.title', record.vars)}`, SystemColors.black);
    } else {
      this.showSign('✗', SystemColors.red);
    }
  }

  setLabels(): void {
    // The sign shows short-lived texts only; nothing to redraw.
  }

  private scan(): void {
    this.scanner.setVisible(true).setScale(1).setAlpha(1);
    if (this.reduceMotion) {
      this.scene.time.delayedCall(700, () => this.scanner.setVisible(false));
      return;
    }
    // One slow sweep: well under the flash limit.
    this.scene.tweens.add({ targets: this.scanner, scale: 1.4, alpha: 0, duration: 700, onComplete: () => this.scanner.setVisible(false) });
  }

  private showSign(text: string, color: number): void {
    this.sign.setText(text).setBackgroundColor(toCss(color)).setVisible(true);
    this.signLeft = 3;
  }
}
