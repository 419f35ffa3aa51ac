// Everyone's score floats over their head (F03, stretched by S08). Text is
// costly to redraw, so a small pool of labels follows the people nearest the
// player and a label's text changes only when its number does. The people
// nearby are gathered into a reused buffer, so a frame allocates nothing
// however dense the crowd.
import Phaser from 'phaser';
import type { Point } from '../core/types';
import { Depth } from '../scenes/keys';
import type { ScoreSource } from './CrowdView';

const POOL = 12;
/** Labels closer than this to one already shown are skipped, so numbers never pile up. */
const MIN_GAP = 26;
const RANGE = 240;

interface Candidate {
  x: number;
  y: number;
  score: number;
  /** Squared distance to the player. */
  d2: number;
}

const byDistance = (a: Candidate, b: Candidate) => a.d2 - b.d2;

const STYLE: Phaser.Types.GameObjects.Text.TextStyle = {
  fontFamily: 'system-ui, sans-serif',
  fontSize: '13px',
  fontStyle: 'bold',
  color: '#1f2328',
  backgroundColor: '#fbf8f1',
  padding: { x: 3, y: 1 },
};

export class ScoreLabels {
  private readonly pool: Phaser.GameObjects.Text[] = [];
  /** Reused candidate objects; `near` views the first `count` of them. */
  private readonly buffer: Candidate[] = [];
  private readonly near: Candidate[] = [];
  private count = 0;
  private from: Point = { x: 0, y: 0 };
  private readonly add = (x: number, y: number, score: number): void => {
    let c = this.buffer[this.count];
    if (!c) {
      c = { x: 0, y: 0, score: 0, d2: 0 };
      this.buffer.push(c);
    }
    c.x = x;
    c.y = y;
    c.score = score;
    c.d2 = (x - this.from.x) ** 2 + (y - this.from.y) ** 2;
    this.count++;
  };
  private readonly shown: Point[] = [];
  readonly playerLabel: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene) {
    for (let i = 0; i < POOL; i++) {
      this.pool.push(scene.add.text(0, 0, '', STYLE).setOrigin(0.5, 1).setDepth(Depth.labels).setVisible(false));
    }
    this.playerLabel = scene.add
      .text(0, 0, '', { ...STYLE, fontSize: '15px', color: '#ffffff', backgroundColor: '#0e8c84' })
      .setOrigin(0.5, 1)
      .setDepth(Depth.labels + 1);
  }

  update(player: Point, playerScore: number, sources: readonly ScoreSource[]): void {
    this.count = 0;
    this.from = player;
    for (const source of sources) source.collectNear(player, RANGE, this.add);
    const c = this.near;
    c.length = this.count;
    for (let i = 0; i < this.count; i++) c[i] = this.buffer[i] as Candidate;
    c.sort(byDistance);
    const shown = this.shown;
    shown.length = 0;
    shown.push(player);
    let next = 0;
    for (let i = 0; i < this.pool.length; i++) {
      const label = this.pool[i];
      let who = c[next++];
      while (who && shown.some((s) => Math.abs(s.x - who!.x) < MIN_GAP * 1.6 && Math.abs(s.y - who!.y) < MIN_GAP)) who = c[next++];
      if (who) shown.push(who);
      if (!label) continue;
      if (!who) {
        label.setVisible(false);
        continue;
      }
      const text = String(who.score);
      if (label.text !== text) {
        // Changing text or colour re-renders the label's texture: only when it changes.
        label.setText(text);
        label.setColor(who.score < 900 ? '#8f0b21' : '#1f2328');
      }
      label.setPosition(who.x, who.y - 14).setVisible(true);
    }
    const own = String(playerScore);
    if (this.playerLabel.text !== own) this.playerLabel.setText(own);
    this.playerLabel.setPosition(player.x, player.y - 16);
  }
}
