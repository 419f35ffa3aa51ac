// The shaming screen at the crossing (F14), as seen from the desk: the faces
// of the people whose flags were confirmed line up on it, newest first.
import Phaser from 'phaser';
import { SystemColors, SystemCss } from '../../art/palette';
import { faceTexture } from '../../art/textures';
import { Depth } from '../../scenes/keys';

const SLOTS = 4;
const FACE = 46;

export class ShamingBoard {
  private readonly faces: Phaser.GameObjects.Image[] = [];
  private readonly title: Phaser.GameObjects.Text;
  private readonly seeds: number[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly at: { x: number; y: number },
    track: (obj: Phaser.GameObjects.GameObject) => void,
  ) {
    const w = SLOTS * (FACE + 6) + 10;
    const board = scene.add.graphics().setDepth(Depth.screens);
    board.fillStyle(SystemColors.black).fillRect(at.x - w / 2, at.y - 40, w, FACE + 40);
    board.lineStyle(3, SystemColors.red).strokeRect(at.x - w / 2, at.y - 40, w, FACE + 40);
    this.title = scene.add
      .text(at.x, at.y - 36, '', { fontFamily: 'system-ui, sans-serif', fontSize: '13px', fontStyle: 'bold', color: SystemCss.yellow })
      .setOrigin(0.5, 0)
      .setDepth(Depth.screens + 1);
    track(board);
    track(this.title);
    for (let i = 0; i < SLOTS; i++) {
      const img = scene.add.image(at.x - w / 2 + 8 + FACE / 2 + i * (FACE + 6), at.y - 12 + FACE / 2, '__DEFAULT').setDepth(Depth.screens + 1).setVisible(false);
      img.setDisplaySize(FACE, FACE);
      track(img);
      this.faces.push(img);
    }
  }

  setTitle(text: string): void {
    this.title.setText(text);
  }

  /** Puts a face on the board (the newest at the left). */
  add(seed: number): void {
    this.seeds.unshift(seed);
    this.seeds.length = Math.min(this.seeds.length, SLOTS);
    this.seeds.forEach((s, i) => {
      const img = this.faces[i];
      if (!img) return;
      img.setTexture(faceTexture(this.scene, s, 64)).setDisplaySize(FACE, FACE).setVisible(true);
    });
  }

  get position(): { x: number; y: number } {
    return this.at;
  }
}
