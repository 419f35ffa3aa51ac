// The city: builds the district's views, moves the player and the crowds, and
// reports what the player did to the store. It never changes the score
// itself; it shows what the store says.
import Phaser from 'phaser';
import { CityColors } from '../art/palette';
import { registerArt } from '../art/textures';
import { citizenAddress, citizenName } from '../content/citizen';
import { describeStation, createTracker, updateTracker, type TrackerState } from '../core/tracker';
import type { CityRecord, Level, StationOf } from '../core/types';
import { translate } from '../i18n';
import type { GameStore } from '../store/gameStore';
import { activeEffects } from '../store/selectors';
import { CityMap } from '../objects/CityMap';
import { CrossingView } from '../objects/CrossingView';
import { CrowdView } from '../objects/CrowdView';
import { DispenserView } from '../objects/DispenserView';
import { PlazaView } from '../objects/PlazaView';
import { Player } from '../objects/Player';
import { ScoreLabels } from '../objects/ScoreLabels';
import type { StationView } from '../objects/StationView';
import { StreetWalkers } from '../objects/StreetWalkers';
import { TrafficView } from '../objects/TrafficView';
import { reducedMotion, storeOf } from './sceneStore';
import { SceneKeys } from './keys';

/** Longest frame the simulation accepts: slow devices keep real time, a stalled tab does not teleport anyone. */
const MAX_DT = 0.25;

export class CityScene extends Phaser.Scene {
  private store!: GameStore;
  private level!: Level;
  private map!: CityMap;
  private player!: Player;
  private crowds: CrowdView[] = [];
  private walkers!: StreetWalkers;
  private traffic: TrafficView[] = [];
  private labels!: ScoreLabels;
  private views: StationView[] = [];
  private tracker: TrackerState = createTracker();

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
    const tx = (key: string, vars?: Record<string, string | number>) => translate(this.store.getState().lang, key, vars);
    const calm = reducedMotion();

    registerArt(this);
    this.cameras.main.setBackgroundColor(CityColors.ground);
    this.map = new CityMap(this, district);
    this.map.setLabels(tx);

    this.crowds = [];
    this.views = [];
    this.tracker = createTracker();
    this.traffic = TrafficView.forDistrict(this, district, seed);
    for (const station of district.stations) {
      switch (station.kind) {
        case 'crossing': {
          const view = new CrossingView(this, station, { t: tx, name: citizenName, address: (c) => citizenAddress(c, this.store.getState().lang) }, () => this.store.getState().day?.citizen ?? null);
          view.onShame = (at) => this.lookAt(at, calm);
          this.views.push(view);
          break;
        }
        case 'dispenser':
          this.views.push(new DispenserView(this, station, tx, calm));
          break;
        case 'plaza':
          this.crowds.push(new CrowdView(this, station as StationOf<'plaza'>, seed));
          this.views.push(new PlazaView(this, station, tx, calm, () => this.player.position));
          break;
        case 'goal':
          break;
      }
    }
    this.walkers = new StreetWalkers(this, district, seed);
    this.player = new Player(this, district, district.spawn);
    this.labels = new ScoreLabels(this);

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
        (s) => s.lang,
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

    state.setPrompt(tracked.usable ? { station: tracked.usable.id, label: 'act.paper' } : null);
    state.setSurroundings(this.describe(tracked.nearest, t));

    for (const crowd of this.crowds) crowd.update(dt, position, this.player.velocity);
    this.walkers.update(dt, position, activeEffects(state).has('npcs-avoid'));
    for (const car of this.traffic) car.update(t, dt, position);
    for (const view of this.views) view.update(t, dt);
    this.labels.update(position, this.store.getState().day?.score ?? 0, [...this.crowds, this.walkers]);
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
    if (camera.worldView.contains(at.x, at.y - 60) && camera.worldView.contains(at.x, at.y + 60)) return;
    camera.stopFollow();
    camera.pan(at.x, at.y, calm ? 0 : 450, 'Sine.easeInOut');
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
