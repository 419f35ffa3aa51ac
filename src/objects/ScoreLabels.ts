// Everyone's score floats over their head (F03, stretched by S08). Text is
// costly to redraw (a canvas drawn and uploaded as a texture), so a small
// pool of labels follows the people nearest the player, and a label stays
// with the same person for as long as they stay among the nearest: its text
// is redrawn only when it moves to someone new whose number differs. The
// people nearby are gathered into a reused buffer, so a frame allocates
// nothing however dense the crowd.
import Phaser from 'phaser';
import type { Point } from '../core/types';
import { Depth } from '../scenes/keys';
import type { ScoreSource } from './CrowdView';

const POOL = 12;
/** Labels closer than this to one already shown are skipped, so numbers never pile up. */
const MIN_GAP = 26;
const RANGE = 240;
/** Person ids are a source's own index plus its source number times this. */
const SOURCE_STRIDE = 1 << 16;
const NOBODY = -1;

interface Candidate {
  x: number;
  y: number;
  score: number;
  /** Squared distance to the player. */
  d2: number;
  /** The same person has the same id from frame to frame. */
  id: number;
}

const byDistance = (a: Candidate, b: Candidate) => a.d2 - b.d2;

/** Whether labels over these two would overlap. */
const overlaps = (a: Point, b: Point) => Math.abs(a.x - b.x) < MIN_GAP * 1.6 && Math.abs(a.y - b.y) < MIN_GAP;

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
  /** Whose score each pooled label shows (a person id, or NOBODY). */
  private readonly owner = new Int32Array(POOL).fill(NOBODY);
  /** Reused candidate objects; `near` views the first `count` of them. */
  private readonly buffer: Candidate[] = [];
  private readonly near: Candidate[] = [];
  /** The people chosen this frame, nearest first. */
  private readonly chosen: Candidate[] = [];
  private count = 0;
  private sourceBase = 0;
  private from: Point = { x: 0, y: 0 };
  private readonly add = (x: number, y: number, score: number, id: number): void => {
    let c = this.buffer[this.count];
    if (!c) {
      c = { x: 0, y: 0, score: 0, d2: 0, id: 0 };
      this.buffer.push(c);
    }
    c.x = x;
    c.y = y;
    c.score = score;
    c.d2 = (x - this.from.x) ** 2 + (y - this.from.y) ** 2;
    c.id = this.sourceBase + id;
    this.count++;
  };
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
    this.gather(player, sources);
    this.choose(player);
    this.assign();
    const own = String(playerScore);
    if (this.playerLabel.text !== own) this.playerLabel.setText(own);
    this.playerLabel.setPosition(player.x, player.y - 16);
  }

  /** Everyone within range of the player, nearest first, into `near`. */
  private gather(player: Point, sources: readonly ScoreSource[]): void {
    this.count = 0;
    this.from = player;
    for (let s = 0; s < sources.length; s++) {
      this.sourceBase = s * SOURCE_STRIDE;
      sources[s]?.collectNear(player, RANGE, this.add);
    }
    const c = this.near;
    c.length = this.count;
    for (let i = 0; i < this.count; i++) c[i] = this.buffer[i] as Candidate;
    c.sort(byDistance);
  }

  /**
   * Up to POOL people: first those who already have a label and are still in
   * range (labels stay put rather than jump to whoever is nearest this
   * frame), then the nearest newcomers; anyone whose label would cover
   * another's, or the player's, is skipped.
   */
  private choose(player: Point): void {
    this.chosen.length = 0;
    for (const who of this.near) if (this.owner.includes(who.id)) this.tryChoose(player, who);
    for (const who of this.near) if (!this.owner.includes(who.id)) this.tryChoose(player, who);
  }

  private tryChoose(player: Point, who: Candidate): void {
    const chosen = this.chosen;
    if (chosen.length >= POOL || overlaps(player, who)) return;
    for (const other of chosen) if (overlaps(other, who)) return;
    chosen.push(who);
  }

  /** Labels keep their person while that person stays chosen; the others go to the newcomers. */
  private assign(): void {
    const { pool, owner, chosen } = this;
    for (let l = 0; l < POOL; l++) if (owner[l] !== NOBODY && !this.isChosen(owner[l] as number)) owner[l] = NOBODY;
    for (const who of chosen) {
      let l = owner.indexOf(who.id);
      if (l < 0) {
        l = owner.indexOf(NOBODY);
        owner[l] = who.id;
      }
      const label = pool[l];
      if (!label) continue;
      const text = String(who.score);
      if (label.text !== text) {
        // Set the colour on the style without redrawing, so the label is drawn once, by setText.
        label.style.color = who.score < 900 ? '#8f0b21' : '#1f2328';
        label.setText(text);
      }
      label.setPosition(who.x, who.y - 14).setVisible(true);
    }
    for (let l = 0; l < POOL; l++) if (owner[l] === NOBODY) pool[l]?.setVisible(false);
  }

  private isChosen(id: number): boolean {
    for (const c of this.chosen) if (c.id === id) return true;
    return false;
  }
}
