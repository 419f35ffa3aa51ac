// The control desk's camera feeds: the same district with its crowd and
// passers-by, watched through four cameras. The big feed shows the open
// flag's place with the flagged person ringed; three small feeds watch the
// crossing (with its shaming screen), the square and the station gate.
// Confirmed flags land here as sanctions. Thin: the rules are in
// src/core/desk and the deskStore; the DOM panel does the deciding.
import Phaser from 'phaser';
import { CityColors, SystemCss } from '../art/palette';
import { registerArt } from '../art/textures';
import { flagDef, type DeskLevel, type ShiftNotice } from '../core/desk';
import type { Level, Rect, StationOf } from '../core/types';
import { translate } from '../i18n';
import { CityMap } from '../objects/CityMap';
import { CrowdView } from '../objects/CrowdView';
import { FlaggedPeople } from '../objects/desk/FlaggedPeople';
import { feedRects, type FeedRect } from '../objects/desk/feedLayout';
import { ShamingBoard } from '../objects/desk/ShamingBoard';
import { GateView } from '../objects/GateView';
import { StreetWalkers } from '../objects/StreetWalkers';
import type { DeskStore } from '../store/deskStore';
import { textsShown } from '../store/gameStore';
import { reducedMotion, storeOf } from './sceneStore';
import { SceneKeys } from './keys';

export const DESK_SCENE = SceneKeys.desk;
const DESK_STORE_KEY = 'deskStore';
/** The desk's crowd is thinner than the citizen's: four cameras draw it. */
const DESK_CROWD = 160;
/** World pixels the big feed shows across. */
const MAIN_SPAN = 520;
const SMALL_SPAN = 560;
const MIN_ZOOM = 0.35;
const FAR_AWAY = { x: -10_000, y: -10_000 };
const STILL = { x: 0, y: 0 };
/** Seconds the big feed stays on a sanction before it turns back. */
const SANCTION_LOOK_S = 2.5;

export function provideDeskStore(game: Phaser.Game, store: DeskStore): void {
  game.registry.set(DESK_STORE_KEY, store);
}

interface Feed {
  camera: Phaser.Cameras.Scene2D.Camera;
  label: Phaser.GameObjects.Text;
  labelKey: string;
  span: number;
}

export class DeskScene extends Phaser.Scene {
  private desk!: DeskLevel;
  private level!: Level;
  private crowds: CrowdView[] = [];
  private walkers!: StreetWalkers;
  private gates: GateView[] = [];
  private gateClosedFor = 0;
  private people!: FlaggedPeople;
  private board: ShamingBoard | null = null;
  private feeds: Feed[] = [];
  private overlay!: Phaser.Cameras.Scene2D.Camera;
  private overlayObjects: Phaser.GameObjects.GameObject[] = [];
  private lookBack = 0;
  private focus = { x: 0, y: 0 };

  constructor() {
    super(DESK_SCENE);
  }

  create(): void {
    const store = storeOf(this);
    const deskStore = this.registry.get(DESK_STORE_KEY) as DeskStore;
    const { level } = store.getState();
    const { desk, shift } = deskStore.getState();
    if (!level || !desk || !shift) throw new Error('the desk scene started without a level and a shift');
    this.level = level;
    this.desk = desk;
    const { district } = level;
    const tx = (key: string, vars?: Record<string, string | number>) => translate(store.getState().lang, key, vars);
    const calm = reducedMotion();
    this.overlayObjects = [];
    this.feeds = [];
    this.crowds = [];
    this.gates = [];
    this.gateClosedFor = 0;

    registerArt(this);
    this.cameras.main.setBackgroundColor(CityColors.ground);
    const map = new CityMap(this, district);
    map.setLabels(tx);
    for (const station of district.stations) {
      if (station.kind === 'plaza') this.crowds.push(new CrowdView(this, station, district.passersBy, shift.seed, Math.min(DESK_CROWD, station.params.agents)));
      if (station.kind === 'gate') this.gates.push(new GateView(this, station, tx, () => this.gateClosedFor > 0));
    }
    this.walkers = new StreetWalkers(this, district, shift.seed);
    const crossing = district.stations.find((s): s is StationOf<'crossing'> => s.kind === 'crossing');
    this.board = crossing ? new ShamingBoard(this, crossing.display ?? { x: crossing.area.x, y: crossing.area.y }, () => undefined) : null;
    this.board?.setTitle(tx('desk.sanction.shaming-screen'));
    this.people = new FlaggedPeople(this, calm, (obj) => this.overlay?.ignore(obj));

    // Feeds: the main camera is the big one; three more watch fixed places.
    const places = ['linden-crossing', 'station-square', 'station-entrance'];
    this.feeds.push(this.makeFeed(this.cameras.main, 'desk.feeds', MAIN_SPAN));
    for (const place of places) {
      const cam = this.cameras.add(0, 0, 10, 10).setBackgroundColor(CityColors.ground);
      const feed = this.makeFeed(cam, `place.${place}`, SMALL_SPAN);
      const at = this.placeCentre(place);
      // The crossing's feed also takes in its shaming screen.
      const board = place === 'linden-crossing' ? this.board?.position : undefined;
      cam.centerOn(board ? board.x + 110 : at.x, board ? board.y + 30 : at.y);
      this.feeds.push(feed);
    }
    // One overlay camera draws only the feed labels, over everything.
    this.overlay = this.cameras.add(0, 0, this.scale.width, this.scale.height).setName('desk-overlay');
    const labels = this.feeds.map((f) => f.label);
    for (const obj of this.children.list) if (!labels.includes(obj as Phaser.GameObjects.Text)) this.overlay.ignore(obj);
    for (const f of this.feeds) f.camera.ignore(labels);
    this.focus = this.placeCentre('station-square');
    this.cameras.main.centerOn(this.focus.x, this.focus.y);
    this.layout();
    this.scale.on(Phaser.Scale.Events.RESIZE, this.layout, this);

    const unsubscribers = [
      deskStore.subscribe(
        (s) => s.notices,
        (notices) => notices.items.forEach((n) => this.onNotice(n, tx)),
      ),
      store.subscribe(
        textsShown,
        () => {
          map.setLabels(tx);
          for (const g of this.gates) g.setLabels();
          this.board?.setTitle(tx('desk.sanction.shaming-screen'));
          for (const f of this.feeds) f.label.setText(tx(f.labelKey));
        },
      ),
    ];
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unsubscribers.forEach((u) => u());
      this.scale.off(Phaser.Scale.Events.RESIZE, this.layout, this);
      for (const c of this.crowds) c.destroy();
      this.walkers.destroy();
    });
    for (const f of this.feeds) f.label.setText(tx(f.labelKey));
    this.game.events.emit('desk-ready');
  }

  override update(_time: number, deltaMs: number): void {
    const dt = Math.min(deltaMs / 1000, 0.25);
    for (const crowd of this.crowds) crowd.update(dt, FAR_AWAY, STILL, false);
    this.walkers.update(dt, FAR_AWAY, false);
    if (this.gateClosedFor > 0) this.gateClosedFor = Math.max(0, this.gateClosedFor - dt);
    for (const g of this.gates) g.update(0, dt);
    if (this.lookBack > 0) {
      this.lookBack -= dt;
      if (this.lookBack <= 0) this.cameras.main.centerOn(this.focus.x, this.focus.y);
    }
  }

  private onNotice(n: ShiftNotice, tx: (key: string) => string): void {
    if (n.type === 'FlagRaised') {
      const def = flagDef(this.desk, n.flag.def);
      const area = this.placeArea(def.place);
      this.people.raise(n.flag.face, area);
      const p = this.people.current;
      this.focus = p ? { x: p.x, y: p.y } : this.placeCentre(def.place);
      this.lookBack = 0;
      this.cameras.main.centerOn(this.focus.x, this.focus.y);
      const feed = this.feeds[0];
      if (feed) {
        feed.labelKey = `place.${def.place}`;
        feed.label.setText(tx(feed.labelKey));
      }
    } else if (n.type === 'Decided') {
      const def = flagDef(this.desk, n.record.def);
      if (!n.record.sanctioned) {
        this.people.letGo();
        return;
      }
      this.people.sanction(def.sanction, tx(`desk.sanction.${def.sanction}`));
      // Show where the sanction lands when that is elsewhere: the shaming screen, the gate.
      if (def.sanction === 'shaming-screen' && this.board) {
        this.board.add(n.record.face);
        this.lookAt(this.board.position);
      } else if (def.sanction === 'gate-closed' && this.gates[0]) {
        this.gateClosedFor = 8;
        const a = this.gates[0].station.area;
        this.lookAt({ x: a.x + a.w / 2, y: a.y + a.h / 2 });
      }
    }
  }

  private lookAt(at: { x: number; y: number }): void {
    this.cameras.main.centerOn(at.x, at.y);
    this.lookBack = SANCTION_LOOK_S;
  }

  private makeFeed(camera: Phaser.Cameras.Scene2D.Camera, labelKey: string, span: number): Feed {
    const label = this.add
      .text(0, 0, '', { fontFamily: 'system-ui, sans-serif', fontSize: '13px', fontStyle: 'bold', color: SystemCss.cream, backgroundColor: SystemCss.black, padding: { x: 5, y: 2 } })
      .setScrollFactor(0)
      .setDepth(1000);
    camera.setBounds(0, 0, this.level.district.map.width, this.level.district.map.height);
    return { camera, label, labelKey, span };
  }

  /** Fits the feeds to the canvas, beside the DOM panel. */
  private layout(): void {
    const { width, height } = this.scale.gameSize;
    const rects = feedRects(width, height);
    const all: FeedRect[] = [rects.main, ...rects.small];
    this.feeds.forEach((f, i) => {
      const r = all[i];
      if (!r) return;
      f.camera.setViewport(r.x, r.y, Math.max(1, r.w), Math.max(1, r.h));
      // Below about 0.35 software WebGL drew nothing at all on narrow phones; a closer view is fine.
      f.camera.setZoom(Phaser.Math.Clamp(r.w / f.span, MIN_ZOOM, 2));
      // Labels sit in the overlay camera's screen space, at each feed's top-left corner.
      f.label.setPosition(r.x + 4, r.y + 4).setFontSize(i === 0 || r.w > 220 ? 13 : 11).setWordWrapWidth(Math.max(40, r.w - 12));
    });
    this.overlay.setViewport(0, 0, width, height);
  }

  private placeArea(place: string): Rect {
    const station = this.level.district.stations.find((s) => s.place === place && s.kind !== 'patrol' && s.kind !== 'witness' && s.kind !== 'billboard');
    return station?.area ?? { x: 0, y: 0, w: this.level.district.map.width, h: this.level.district.map.height };
  }

  private placeCentre(place: string): { x: number; y: number } {
    const a = this.placeArea(place);
    return { x: a.x + a.w / 2, y: a.y + a.h / 2 };
  }
}
