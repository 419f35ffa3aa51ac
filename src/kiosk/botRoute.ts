// The attract loop's walker: a fixed route through the district's most telling
// stations (cross on red, walk against the crowd, ask twice for paper), worked
// out from the level data and stepped as a pure function of what the bot sees.
// The Phaser side (bot.ts) only feeds it the player's position and the clock.
import type { DistrictDef, Point, Rect, StationOf } from '../core/types';

export type BotStep =
  | { kind: 'walk'; to: Point }
  /** Stand at the kerb until the light is red with at least `minRedLeft` seconds to go. */
  | { kind: 'waitRed'; station: string; minRedLeft: number }
  | { kind: 'use'; station: string }
  | { kind: 'pause'; seconds: number };

export interface BotState {
  index: number;
  /** Day clock when the current step began. */
  since: number;
}

export interface BotView {
  position: Point;
  /** Day clock, seconds. */
  clock: number;
  /** Whether the player still has a walk target (false once arrived or stuck at a wall). */
  walking: boolean;
  /** The light at a crossing at time t: red or not, and seconds until it changes. */
  light(station: string, t: number): { red: boolean; left: number };
}

export interface BotOrder {
  /** Where the player should walk; null to stand. */
  walkTo: Point | null;
  /** A station to use (the action button) this moment, if any. */
  use: string | null;
}

/** Close enough to a waypoint (px). */
export const REACHED = 12;
/** A walk that stopped (wall) counts as done after this long (s), so the bot never hangs. */
const STUCK_GRACE = 0.3;

const centre = (r: Rect): Point => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });

/** The route, from the district's own stations; parts the district lacks are left out. */
export function planRoute(district: DistrictDef): BotStep[] {
  const steps: BotStep[] = [];
  const crossing = district.stations.find((s): s is StationOf<'crossing'> => s.kind === 'crossing');
  const plaza = district.stations.find((s): s is StationOf<'plaza'> => s.kind === 'plaza');
  const dispenser = district.stations.find((s): s is StationOf<'dispenser'> => s.kind === 'dispenser');

  let kerbs: { near: Point; far: Point } | null = null;
  if (crossing) {
    const c = centre(crossing.area);
    const road = district.roads.find((r) => c.x >= r.x && c.x <= r.x + r.w && c.y >= r.y && c.y <= r.y + r.h);
    if (road) {
      // A vertical road is crossed from west to east; a horizontal one from north to south.
      kerbs =
        road.h >= road.w
          ? { near: { x: road.x - 25, y: c.y }, far: { x: road.x + road.w + 25, y: c.y } }
          : { near: { x: c.x, y: road.y - 25 }, far: { x: c.x, y: road.y + road.h + 25 } };
      const minRedLeft = Math.min(4, crossing.params.redSeconds / 2);
      steps.push({ kind: 'walk', to: kerbs.near }, { kind: 'waitRed', station: crossing.id, minRedLeft }, { kind: 'walk', to: kerbs.far });
    }
  }
  if (plaza) {
    // Walk against the flow, right across the square, for far longer than the camera needs.
    const { area, params } = plaza;
    const c = centre(area);
    const length = Math.hypot(params.flow.x, params.flow.y) || 1;
    const against = { x: -params.flow.x / length, y: -params.flow.y / length };
    const half = { x: (area.w / 2 - 50) * Math.abs(against.x), y: (area.h / 2 - 50) * Math.abs(against.y) };
    const from = { x: c.x - against.x * half.x, y: c.y + 60 - against.y * half.y };
    const to = { x: c.x + against.x * half.x, y: c.y + 60 + against.y * half.y };
    steps.push({ kind: 'walk', to: from }, { kind: 'walk', to });
  }
  if (dispenser) {
    steps.push(
      { kind: 'walk', to: centre(dispenser.area) },
      { kind: 'use', station: dispenser.id },
      { kind: 'pause', seconds: 2 },
      // Asking again so soon is logged as waste: the score moves once more.
      { kind: 'use', station: dispenser.id },
      { kind: 'pause', seconds: 1 },
    );
  }
  if (kerbs && crossing) {
    // Back over the road, again on red, to where the loop starts.
    const minRedLeft = Math.min(4, crossing.params.redSeconds / 2);
    steps.push({ kind: 'walk', to: kerbs.far }, { kind: 'waitRed', station: crossing.id, minRedLeft }, { kind: 'walk', to: kerbs.near });
  }
  if (steps.length === 0) steps.push({ kind: 'walk', to: district.spawn }, { kind: 'pause', seconds: 5 });
  return steps;
}

export function startBot(clock: number): BotState {
  return { index: 0, since: clock };
}

/**
 * One decision: the order for this frame and the next state. Finished steps
 * are passed over in the same call (at most one lap), so the bot never idles
 * for a frame between steps. The route loops for ever.
 */
export function botStep(route: readonly BotStep[], state: BotState, view: BotView): { state: BotState; order: BotOrder } {
  let current = state;
  let use: string | null = null;
  for (let guard = 0; guard < route.length; guard++) {
    const step = route[current.index % route.length] as BotStep;
    const next = (): BotState => ({ index: (current.index + 1) % route.length, since: view.clock });
    switch (step.kind) {
      case 'walk': {
        const far = Math.hypot(step.to.x - view.position.x, step.to.y - view.position.y) > REACHED;
        const stuck = !view.walking && view.clock - current.since > STUCK_GRACE;
        if (far && !stuck) return { state: current, order: { walkTo: step.to, use } };
        current = next();
        break;
      }
      case 'waitRed': {
        const light = view.light(step.station, view.clock);
        if (!light.red || light.left < step.minRedLeft) return { state: current, order: { walkTo: null, use } };
        current = next();
        break;
      }
      case 'use':
        // Only one use per decision, so two uses in a row are two separate requests.
        if (use !== null) return { state: current, order: { walkTo: null, use } };
        use = step.station;
        current = next();
        break;
      case 'pause':
        if (view.clock - current.since < step.seconds) return { state: current, order: { walkTo: null, use } };
        current = next();
        break;
    }
  }
  return { state: current, order: { walkTo: null, use } };
}
