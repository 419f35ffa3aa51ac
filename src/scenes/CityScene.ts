// The city: builds the district's views, moves the player and the crowds, and
// reports what the player did to the store. It never changes the score
// itself; it shows what the store says.
import Phaser from 'phaser';
import { CityColors } from '../art/palette';
import { registerArt, releaseFace } from '../art/textures';
import { reportWindowOpen, witnesses } from '../core/stations/witness';
import { describeStation, createTracker, updateTracker, type TrackerState } from '../core/tracker';
import type { CityRecord, Level, Point, StationDef, StationOf } from '../core/types';
import { translate } from '../i18n';
import { textsShown, type GameStore, type Prompt, type Report } from '../store/gameStore';
import { activeEffects } from '../store/selectors';
import { CityMap } from '../objects/CityMap';
import { WorldLabel } from '../objects/WorldLabel';
import type { CrowdView, ScoreSource } from '../objects/CrowdView';
import { Player } from '../objects/Player';
import { ScoreLabels } from '../objects/ScoreLabels';
import type { StationView } from '../objects/StationView';
import { StreetWalkers } from '../objects/StreetWalkers';
import { TrafficView } from '../objects/TrafficView';
import { reducedMotion, storeOf } from './sceneStore';
import { viewFor, type ViewContext } from './stationViews';
import { Depth, SceneKeys } from './keys';

/** The action button's label per usable station kind. */
const PROMPTS: Partial<Record<StationDef['kind'], string>> = {
  dispenser: 'act.paper',
  shop: 'act.pay',
  clinic: 'act.healthCheck',
  lecture: 'act.attentive',
  disguise: 'act.disguise',
};

/** Longest frame the simulation accepts: slow devices keep real time, a stalled tab does not teleport anyone. */
const MAX_DT = 0.25;

export class CityScene extends Phaser.Scene {
  private store!: GameStore;
  private level!: Level;
  private map!: CityMap;
  /** Public for the kiosk's attract loop, which steers it (src/kiosk/bot.ts). */
  player!: Player;
  private crowds: CrowdView[] = [];
  private walkers!: StreetWalkers;
  private traffic: TrafficView[] = [];
  private labels!: ScoreLabels;
  /** Everyone whose score can float over their head (built once, not per frame). */
  private scoreSources: ScoreSource[] = [];
  private views: StationView[] = [];
  private tracker: TrackerState = createTracker();
  private witness: StationOf<'witness'> | null = null;
  private disguise!: Phaser.GameObjects.Graphics;

  constructor() {
    super(SceneKeys.city);
  }

  create(): void {
    this.store = storeOf(this);
    const { level, day } = this.store.getState();
    if (!level || !day) throw new Error('the city scene started without a level and a day');
    this.level = level;
    const { district } = level;
    const seed = day.seed;
    const faceSeed = day.citizen.faceSeed;
    const tx = (key: string, vars?: Record<string, string | number>) => translate(this.store.getState().lang, key, vars);
    const calm = reducedMotion();

    registerArt(this);
    this.cameras.main.setBackgroundColor(CityColors.ground);
    this.map = new CityMap(this, district);
    this.map.setLabels(tx);

    this.crowds = [];
    this.views = [];
    this.tracker = createTracker();
    const report = (event: Report) => this.store.getState().report(event);
    const context: ViewContext = {
      scene: this,
      store: this.store,
      level,
      seed,
      calm,
      t: tx,
      player: () => this.player.position,
      lookAt: (at) => this.lookAt(at, calm),
      addCrowd: (crowd) => this.crowds.push(crowd),
    };
    for (const station of district.stations) {
      const view = viewFor(station, context);
      if (view) this.views.push(view);
    }
    this.witness = district.stations.find((s): s is StationOf<'witness'> => s.kind === 'witness') ?? null;
    this.traffic = TrafficView.forDistrict(this, district, seed);
    const witness = this.witness;
    if (witness) {
      const label = new WorldLabel(this, 13);
      for (const road of this.traffic) {
        road.stage = {
          params: witness.params,
          label,
          text: () => tx('station.ticket'),
          // Only a player who saw it is logged as a witness (and may report the driver).
          onOffence: () => {
            if (witnesses(witness, this.player.position)) report({ type: 'seen', station: witness.id });
          },
        };
      }
    }
    this.disguise = this.add.graphics().setDepth(Depth.player + 1).setVisible(false);
    this.disguise.fillStyle(0x2c2b31).fillCircle(0, 0, 7).fillStyle(0x4b4a52).fillEllipse(0, 0, 20, 8);
    this.walkers = new StreetWalkers(this, district, seed);
    this.player = new Player(this, district, district.spawn);
    this.labels = new ScoreLabels(this);
    this.scoreSources = [...this.crowds, this.walkers];

    const camera = this.cameras.main;
    camera.setBounds(0, 0, district.map.width, district.map.height);
    camera.startFollow(this.player.sprite, true, 0.15, 0.15);
    this.fitZoom();
    this.scale.on(Phaser.Scale.Events.RESIZE, this.fitZoom, this);

    // Bind to the store; every subscription is released when the scene shuts down.
    const unsubscribers = [
      this.store.subscribe(
        (s) => s.notices,
        (notices) => {
          for (const n of notices.items) if (n.type === 'RecordMade') this.onRecord(n.record);
        },
      ),
      this.store.subscribe(
        textsShown,
        () => {
          this.map.setLabels(tx);
          for (const v of this.views) v.setLabels();
        },
      ),
    ];
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unsubscribers.forEach((u) => u());
      this.scale.off(Phaser.Scale.Events.RESIZE, this.fitZoom, this);
      this.player.destroy();
      for (const c of this.crowds) c.destroy();
      this.walkers.destroy();
      // The day's face (monitor, file, billboard) is drawn into a texture of
      // the game's; a kiosk meets a new citizen every day, so let it go. The
      // scene always shuts down before the next day starts (game.ts), so no
      // face outlives its day.
      releaseFace(this, faceSeed, 128);
    });
    this.game.events.emit('city-ready');
  }

  override update(_time: number, deltaMs: number): void {
    const state = this.store.getState();
    if (state.phase !== 'playing' || !state.day) {
      this.player.stop();
      return;
    }
    const dt = Math.min(deltaMs / 1000, MAX_DT);
    state.tick(dt);
    const day = this.store.getState().day;
    if (!day || day.ended) return;
    const t = day.clock;

    this.player.update(dt);
    const position = this.player.position;
    const { district } = this.level;
    const tracked = updateTracker(this.tracker, district, position, this.player.velocity, dt, t);
    this.tracker = tracked.state;
    for (const report of tracked.reports) this.store.getState().report(report);

    state.setPrompt(this.promptFor(tracked.usable, position, t, day.disguised));
    state.setSurroundings(this.describe(tracked.nearest, t));

    const avoided = activeEffects(state).has('npcs-avoid');
    for (const crowd of this.crowds) crowd.update(dt, position, this.player.velocity, avoided);
    this.walkers.update(dt, position, avoided);
    this.disguise.setVisible(day.disguised).setPosition(position.x, position.y);
    for (const car of this.traffic) car.update(t, dt, position);
    for (const view of this.views) view.update(t, dt);
    this.labels.update(position, this.store.getState().day?.score ?? 0, this.scoreSources);
  }

  /** What the action button offers here, if anything. */
  private promptFor(usable: StationDef | null, position: Point, t: number, disguised: boolean): Prompt | null {
    if (usable && PROMPTS[usable.kind] && !(usable.kind === 'disguise' && disguised)) {
      return { station: usable.id, label: PROMPTS[usable.kind] ?? '' };
    }
    // The same window the rules judge a report by, so the button never offers one the city would ignore.
    const w = this.witness;
    if (w && witnesses(w, position) && reportWindowOpen(w.params, this.store.getState().day?.memory[w.id], t)) {
      return { station: w.id, label: 'act.report' };
    }
    return null;
  }

  private onRecord(record: CityRecord): void {
    for (const view of this.views) view.onRecord(record);
    if (record.delta < 0 && !reducedMotion()) this.cameras.main.shake(180, 0.004);
  }

  /**
   * Points the camera at something the player must see (their face on the
   * monitor), then returns to them. Skipped when it is already in view.
   */
  private lookAt(at: { x: number; y: number }, calm: boolean): void {
    const camera = this.cameras.main;
    // Skipped only when the whole screen is in view and clear of the HUD
    // (the top bar and the errands panel on the left cover the view's edges;
    // at 1366×768 they hid the face and name).
    const v = camera.worldView;
    const clear = at.x - 200 >= v.x + v.width * 0.3 && at.x + 200 <= v.right && at.y - 130 >= v.y + v.height * 0.12 && at.y + 130 <= v.bottom;
    if (clear) return;
    camera.stopFollow();
    // Aim a little up and left of the monitor, so it lands right of the errands
    // panel and below the top bar, as far as the screen has room to spare.
    const dx = Math.max(0, Math.min(v.width * 0.15, v.width / 2 - 208));
    const dy = Math.max(0, Math.min(v.height * 0.1, v.height / 2 - 138));
    camera.pan(at.x - dx, at.y - dy, calm ? 0 : 450, 'Sine.easeInOut');
    this.time.delayedCall(2800, () => {
      camera.pan(this.player.sprite.x, this.player.sprite.y, calm ? 0 : 450, 'Sine.easeInOut', false, (_c, progress) => {
        if (progress === 1) camera.startFollow(this.player.sprite, true, 0.15, 0.15);
      });
    });
  }

  private describe(nearest: ReturnType<typeof updateTracker>['nearest'], t: number): string {
    if (!nearest) return '';
    const lang = this.store.getState().lang;
    const place = translate(lang, 'hud.nearby', { place: translate(lang, `place.${nearest.place}`) });
    const detail = describeStation(nearest, t);
    return detail ? `${place} ${translate(lang, detail.key, detail.vars)}` : place;
  }

  /** Shows more of the city on big screens and keeps people legible on phones. */
  private fitZoom(): void {
    const { width, height } = this.scale.gameSize;
    const zoom = Phaser.Math.Clamp(Math.sqrt(width * height) / 820, 0.6, 1.5);
    this.cameras.main.setZoom(zoom);
  }
}
