// The people the system flags, in the street: the open flag's person with a
// highlight ring, and what a confirmed flag does to them afterwards (a
// sanction mark that stays, people stepping away, an officer with a phone
// scanner). A dismissed person simply walks on.
import Phaser from 'phaser';
import { SystemColors, SystemCss } from '../../art/palette';
import { ArtKeys, WALKER_VARIANTS, policeFrame, walkerFrame } from '../../art/textures';
import type { Rect } from '../../core/types';
import { Depth } from '../../scenes/keys';

export interface Person {
  sprite: Phaser.GameObjects.Sprite;
  ring: Phaser.GameObjects.Arc;
  x: number;
  y: number;
}

export class FlaggedPeople {
  private open: Person | null = null;
  private pulse: Phaser.Tweens.Tween | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly calm: boolean,
    private readonly track: (obj: Phaser.GameObjects.GameObject) => void,
  ) {}

  /** Places the flagged person somewhere in the camera's area, from their face seed. */
  raise(face: number, area: Rect): Person {
    this.release();
    const x = area.x + 20 + ((face >>> 3) % 1000) / 1000 * Math.max(1, area.w - 40);
    const y = area.y + 20 + ((face >>> 13) % 1000) / 1000 * Math.max(1, area.h - 40);
    const ring = this.scene.add.circle(x, y, 22).setStrokeStyle(4, SystemColors.yellow).setDepth(Depth.alarms);
    const sprite = this.scene.add.sprite(x, y, ArtKeys.walkers, walkerFrame(face % WALKER_VARIANTS, 0)).setDepth(Depth.player).setScale(1.3);
    this.track(ring);
    this.track(sprite);
    // A slow breathing ring (not a flash); still under reduced motion.
    if (!this.calm) this.pulse = this.scene.tweens.add({ targets: ring, scale: 1.35, duration: 900, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
    this.open = { sprite, ring, x, y };
    return this.open;
  }

  get current(): Person | null {
    return this.open;
  }

  /** A dismissed or dropped flag: the person walks on, out of the picture. */
  letGo(): void {
    const p = this.open;
    if (!p) return;
    this.release();
    p.ring.destroy();
    if (this.calm) {
      p.sprite.destroy();
      return;
    }
    this.scene.tweens.add({ targets: p.sprite, x: p.x + 160, alpha: 0, duration: 1800, onComplete: () => p.sprite.destroy() });
  }

  /** A sanction lands: a red ring and a label stay on the person; some sanctions add more. */
  sanction(kind: string, label: string): Person | null {
    const p = this.open;
    if (!p) return null;
    this.release();
    p.ring.setScale(1).setStrokeStyle(4, SystemColors.red);
    const text = this.scene.add
      .text(p.x, p.y - 26, label, { fontFamily: 'system-ui, sans-serif', fontSize: '12px', fontStyle: 'bold', color: SystemCss.cream, backgroundColor: SystemCss.red, padding: { x: 4, y: 2 }, wordWrap: { width: 180 }, align: 'center' })
      .setOrigin(0.5, 1)
      .setDepth(Depth.alarms);
    this.track(text);
    if (kind === 'people-step-away') this.stepAway(p);
    if (kind === 'phone-search') {
      const cop = this.scene.add.sprite(p.x + 26, p.y, ArtKeys.walkers, policeFrame(0)).setDepth(Depth.player).setScale(1.2);
      this.track(cop);
    }
    return p;
  }

  /** People around the sanctioned person move off and leave an empty circle. */
  private stepAway(p: Person): void {
    for (let i = 0; i < 6; i++) {
      const angle = (i / 6) * Math.PI * 2;
      const near = { x: p.x + Math.cos(angle) * 34, y: p.y + Math.sin(angle) * 34 };
      const far = { x: p.x + Math.cos(angle) * 90, y: p.y + Math.sin(angle) * 90 };
      const start = this.calm ? far : near;
      const walker = this.scene.add.sprite(start.x, start.y, ArtKeys.walkers, walkerFrame(i * 5 + 2, 0)).setDepth(Depth.walkers);
      this.track(walker);
      if (!this.calm) this.scene.tweens.add({ targets: walker, x: far.x, y: far.y, duration: 1600, ease: 'Sine.easeOut' });
    }
  }

  private release(): void {
    this.pulse?.stop();
    this.pulse = null;
    this.open = null;
  }
}
