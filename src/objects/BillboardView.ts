// The street's public ranking (F03, stretched by S06): the most and least
// trusted residents, by name and score. With the public-listing sanction the
// player's own face and name join the bottom of the list.
import Phaser from 'phaser';
import { SystemCss } from '../art/palette';
import { ArtKeys, BILLBOARD_POSTER, faceTexture, PropFrames } from '../art/textures';
import { FAMILY_NAMES, GIVEN_NAMES, pick } from '../content/names';
import { Random } from '../core/rng';
import type { Citizen, CityRecord, StationOf } from '../core/types';
import { Depth } from '../scenes/keys';
import type { StationView } from './StationView';

const SCALE = 1.25;

export class BillboardView implements StationView {
  private readonly text: Phaser.GameObjects.Text;
  private readonly board: Phaser.GameObjects.Container;
  private face: Phaser.GameObjects.Image | null = null;
  private readonly top: string[];
  private readonly bottom: string[];
  private shown = '';

  constructor(
    private readonly scene: Phaser.Scene,
    readonly station: StationOf<'billboard'>,
    seed: number,
    private readonly t: (key: string) => string,
    private readonly listed: () => { citizen: Citizen; name: string; score: number } | null,
  ) {
    const rng = new Random(seed ^ 0xb111);
    const resident = () => `${pick(GIVEN_NAMES, rng.int(1000))} ${pick(FAMILY_NAMES, rng.int(1000))}`;
    this.top = [1187, 1164, 1142].map((score) => `${resident()}  ${score}`);
    this.bottom = [612, 688].map((score) => `${resident()}  ${score}`);
    const at = station.display ?? { x: station.area.x, y: station.area.y };
    const p = BILLBOARD_POSTER;
    const frame = this.scene.add.image(0, 0, ArtKeys.props, PropFrames.billboard).setOrigin(0, 0);
    this.text = this.scene.add.text(p.x + 4, p.y + 2, '', { fontFamily: 'system-ui, sans-serif', fontSize: '8px', fontStyle: 'bold', color: SystemCss.black, lineSpacing: 0, wordWrap: { width: p.w - 8 } });
    this.board = this.scene.add.container(at.x - (220 * SCALE) / 2, at.y - 120 * SCALE, [frame, this.text]).setScale(SCALE).setDepth(Depth.screens);
    this.render();
  }

  update(): void {
    const who = this.listed();
    const key = who ? `${who.name}${who.score}` : '';
    if (key !== this.shown) this.render();
  }

  onRecord(_record: CityRecord): void {
    // The board follows the grade, not single records.
  }

  setLabels(): void {
    this.render();
  }

  private render(): void {
    const who = this.listed();
    this.shown = who ? `${who.name}${who.score}` : '';
    const lines = [this.t('station.billboard'), ...this.top, this.t('station.billboardLow'), ...this.bottom];
    if (who) lines.push(`${this.t('station.you')}: ${who.name}  ${who.score}`);
    this.text.setText(lines.join('\n'));
    if (who && !this.face) {
      const p = BILLBOARD_POSTER;
      this.face = this.scene.add.image(p.x + p.w - 34, p.y + p.h - 34, faceTexture(this.scene, who.citizen.faceSeed, 128)).setOrigin(0, 0).setDisplaySize(30, 30);
      this.board.add(this.face);
    }
    this.face?.setVisible(who !== null);
  }
}
