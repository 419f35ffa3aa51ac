// Which view draws which kind of station in the city: one entry per kind, like
// the core's resolvers (core/stations/index.ts), so a new kind fails the type
// check until it has a view (or says it has none).
import type Phaser from 'phaser';
import { citizenAddress, citizenName } from '../content/citizen';
import { raisesAlarm } from '../core/actions';
import type { Level, Point, StationDef, StationKind, StationOf } from '../core/types';
import { BillboardView } from '../objects/BillboardView';
import { BOOTH_LOOKS, BoothView } from '../objects/BoothView';
import { CrossingView } from '../objects/CrossingView';
import { CrowdView } from '../objects/CrowdView';
import { DispenserView } from '../objects/DispenserView';
import { GateView } from '../objects/GateView';
import { LectureView } from '../objects/LectureView';
import { PatrolView } from '../objects/PatrolView';
import { PlazaView } from '../objects/PlazaView';
import type { StationView } from '../objects/StationView';
import type { GameStore } from '../store/gameStore';
import { activeEffects } from '../store/selectors';

/** What the views of a city are built from. */
export interface ViewContext {
  scene: Phaser.Scene;
  store: GameStore;
  /** The level the day is played on. */
  level: Level;
  seed: number;
  /** Reduced motion is asked for. */
  calm: boolean;
  t: (key: string, vars?: Record<string, string | number>) => string;
  player: () => Point;
  /** Points the camera at something the player must see. */
  lookAt: (at: Point) => void;
  /** A plaza's crowd, which the scene steps and labels. */
  addCrowd: (crowd: CrowdView) => void;
}

type ViewMaker<K extends StationKind> = (station: StationOf<K>, ctx: ViewContext) => StationView | null;

const effects = (ctx: ViewContext) => activeEffects(ctx.store.getState());

const booth = (station: StationDef, ctx: ViewContext): StationView | null => {
  const look = BOOTH_LOOKS[station.kind];
  if (!look) return null;
  return new BoothView(ctx.scene, station, look, ctx.t, (action) => raisesAlarm(ctx.level.catalogue, action));
};

const STATION_VIEWS: { [K in StationKind]: ViewMaker<K> } = {
  crossing: (station, ctx) => {
    const text = { t: ctx.t, name: citizenName, address: (c: Parameters<typeof citizenAddress>[0]) => citizenAddress(c, ctx.store.getState().lang) };
    const view = new CrossingView(ctx.scene, station, text, () => ctx.store.getState().day?.citizen ?? null);
    view.onShame = ctx.lookAt;
    return view;
  },
  dispenser: (station, ctx) => new DispenserView(ctx.scene, station, ctx.t, ctx.calm),
  plaza: (station, ctx) => {
    ctx.addCrowd(new CrowdView(ctx.scene, station, ctx.level.district.passersBy, ctx.seed));
    return new PlazaView(ctx.scene, station, ctx.t, ctx.calm, ctx.player);
  },
  gate: (station, ctx) => new GateView(ctx.scene, station, ctx.t, () => effects(ctx).has('close-gate')),
  patrol: (station, ctx) =>
    new PatrolView(
      ctx.scene,
      station,
      ctx.t,
      ctx.player,
      () => {
        const day = ctx.store.getState().day;
        return day ? { citizen: day.citizen, records: day.records.length, score: day.score } : null;
      },
      () => effects(ctx).has('police-attention'),
      () => ctx.store.getState().report({ type: 'seen', station: station.id }),
    ),
  lecture: (station, ctx) => new LectureView(ctx.scene, station, ctx.t),
  billboard: (station, ctx) =>
    new BillboardView(ctx.scene, station, ctx.seed, ctx.t, () => {
      const day = ctx.store.getState().day;
      return day && effects(ctx).has('public-listing') ? { citizen: day.citizen, name: citizenName(day.citizen), score: day.score } : null;
    }),
  checkpoint: booth,
  clinic: booth,
  disguise: booth,
  gait: booth,
  shop: booth,
  // The traffic on the road stages the witness's offences (CityScene); a goal is only a place.
  witness: () => null,
  goal: () => null,
};

export function viewFor(station: StationDef, ctx: ViewContext): StationView | null {
  return (STATION_VIEWS[station.kind] as ViewMaker<StationKind>)(station as never, ctx);
}
