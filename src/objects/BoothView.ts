// A booth, stall or camera post with a sign in the system's colours, which
// answers the records made there with a short label. One class serves the
// checkpoint, the health tent, the hat stall, the gait camera and the shop:
// what differs is data (sign, prop, which record shows which label).
import Phaser from 'phaser';
import { SystemColors, SystemCss } from '../art/palette';
import { ArtKeys, PropFrames } from '../art/textures';
import type { CityRecord, StationDef } from '../core/types';
import { Depth } from '../scenes/keys';
import type { StationView } from './StationView';
import { WorldLabel } from './WorldLabel';

export interface BoothLook {
  /** Text key of the sign over the booth, if any. */
  sign?: string;
  /** Prop frame drawn at the station's display point. */
  prop?: string;
  /** Draw an awning (a tent or stall) behind the prop. */
  awning?: boolean;
  /**
   * Actions whose records the booth answers with their title
   * (`action.<id>.title`). Whether the label is an alarm is the catalogue's
   * word (the action's effects), not the booth's.
   */
  reactions: readonly string[];
  /** A text key in place of an action's title, where the title would only repeat the sign above it. */
  labelKeys?: Readonly<Record<string, string>>;
}

export const BOOTH_LOOKS: Partial<Record<StationDef['kind'], BoothLook>> = {
  checkpoint: { sign: 'station.checkpoint', prop: PropFrames.scanner, reactions: ['phone-searched', 'phone-flagged'] },
  // The label after the check says what was taken; the action's title would only repeat the sign above it.
  clinic: { sign: 'station.health', awning: true, reactions: ['health-check'], labelKeys: { 'health-check': 'station.healthTaken' } },
  disguise: { sign: 'station.hats', awning: true, reactions: ['disguise-worn'] },
  gait: { prop: PropFrames.camera, reactions: ['gait-match'] },
  shop: { reactions: ['payment-logged', 'service-delayed'] },
};

export class BoothView implements StationView {
  private readonly label: WorldLabel;
  private readonly signText: Phaser.GameObjects.Text | null = null;
  private readonly at: { x: number; y: number };

  constructor(
    scene: Phaser.Scene,
    readonly station: StationDef,
    private readonly look: BoothLook,
    private readonly t: (key: string, vars?: Record<string, string | number>) => string,
    /** The catalogue's answer: does a record of this action raise the alarm? */
    private readonly alarm: (action: string) => boolean,
  ) {
    const a = station.area;
    this.at = station.display ?? { x: a.x + a.w / 2, y: a.y };
    if (look.awning) {
      const g = scene.add.graphics().setDepth(Depth.props);
      // A striped awning in the system's colours: the city's "gifts" look the same as its cameras.
      for (let i = 0; i < 6; i++) {
        g.fillStyle(i % 2 === 0 ? SystemColors.red : SystemColors.cream).fillRect(this.at.x - 60 + i * 20, this.at.y - 34, 20, 30);
      }
      g.lineStyle(2, SystemColors.black).strokeRect(this.at.x - 60, this.at.y - 34, 120, 30);
    }
    if (look.prop) scene.add.image(this.at.x, this.at.y, ArtKeys.props, look.prop).setDepth(Depth.overhead).setScale(1.3);
    if (look.sign) {
      this.signText = scene.add
        .text(this.at.x, this.at.y - 38, '', {
          fontFamily: 'system-ui, sans-serif',
          fontSize: '13px',
          fontStyle: 'bold',
          color: SystemCss.yellow,
          backgroundColor: SystemCss.black,
          padding: { x: 5, y: 2 },
        })
        .setOrigin(0.5, 1)
        .setDepth(Depth.screens);
    }
    this.label = new WorldLabel(scene);
    this.setLabels();
  }

  update(_t: number, dt: number): void {
    this.label.update(dt);
  }

  onRecord(record: CityRecord): void {
    if (record.station !== this.station.id) return;
    if (!this.look.reactions.includes(record.action)) return;
    const vars = { ...record.vars };
    if (typeof vars.finding === 'string') vars.finding = this.t(`finding.${vars.finding}`);
    const tone = this.alarm(record.action) ? 'alarm' : 'info';
    const key = this.look.labelKeys?.[record.action] ?? `action.${record.action}.title`;
    this.label.show(this.t(key, vars), { x: this.at.x, y: this.at.y - 66 }, 4, tone);
  }

  setLabels(): void {
    if (this.signText && this.look.sign) this.signText.setText(this.t(this.look.sign));
  }
}
