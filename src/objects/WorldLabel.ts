// A short-lived label in the world (a refusal, a receipt, an alarm word), in
// the system's poster colours. One object, re-used; it never blinks.
import Phaser from 'phaser';
import { SystemCss } from '../art/palette';
import { Depth } from '../scenes/keys';

export class WorldLabel {
  private readonly text: Phaser.GameObjects.Text;
  private left = 0;
  private follow: (() => { x: number; y: number }) | null = null;

  constructor(scene: Phaser.Scene, size = 15) {
    this.text = scene.add
      .text(0, 0, '', {
        fontFamily: 'system-ui, sans-serif',
        fontSize: `${size}px`,
        fontStyle: 'bold',
        color: SystemCss.cream,
        backgroundColor: SystemCss.red,
        padding: { x: 6, y: 3 },
        align: 'center',
        wordWrap: { width: 260 },
      })
      .setOrigin(0.5, 1)
      .setDepth(Depth.alarms)
      .setVisible(false);
  }

  /** Shows `text` at a point (or following a moving one) for `seconds`. */
  show(text: string, at: { x: number; y: number } | (() => { x: number; y: number }), seconds: number, tone: 'alarm' | 'info' = 'alarm'): void {
    this.follow = typeof at === 'function' ? at : null;
    const p = typeof at === 'function' ? at() : at;
    // Colours go straight onto the style and the label is drawn once: each of
    // setText, setColor and setBackgroundColor would redraw and re-upload it.
    const style = this.text.style;
    style.backgroundColor = tone === 'alarm' ? SystemCss.red : SystemCss.black;
    style.color = tone === 'alarm' ? SystemCss.cream : SystemCss.yellow;
    if (this.text.text === text) this.text.updateText();
    else this.text.setText(text);
    this.text.setPosition(p.x, p.y).setVisible(true);
    this.left = seconds;
  }

  update(dt: number, offsetY = 0): void {
    if (this.left <= 0) return;
    this.left -= dt;
    if (this.follow) {
      const p = this.follow();
      this.text.setPosition(p.x, p.y + offsetY);
    }
    if (this.left <= 0) this.text.setVisible(false);
  }
}
