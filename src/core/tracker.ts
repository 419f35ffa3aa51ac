// Watches the player's position and turns movement into the events the rules
// judge: stepping onto the road at a crossing (after waiting or not), walking
// against the plaza's flow, arriving somewhere. The scene feeds it each frame.
import { onRoad, containsPoint } from './geometry';
import { standingSpeed, walkingSpeed } from './player';
import { lightAt, secondsToChange } from './stations/crossing';
import type { DistrictDef, Point, StationDef } from './types';

/** A player event without its time; the store stamps it. */
export type TrackedReport =
  | { type: 'crossed'; station: string; waited: number }
  | { type: 'againstFlow'; station: string; seconds: number }
  | { type: 'arrived'; station: string }
  | { type: 'lingered'; station: string; seconds: number };

export interface TrackerState {
  inside: Record<string, boolean>;
  onRoad: boolean;
  /** Seconds stood still at the kerb on red, per crossing. */
  waited: Record<string, number>;
  /** Seconds walked against the flow, per plaza. */
  against: Record<string, number>;
  /** Seconds spent inside, per lecture hall, since the last reading. */
  lingering: Record<string, number>;
}

export interface TrackerOutput {
  state: TrackerState;
  reports: TrackedReport[];
  /** A station the player can use right here (a dispenser, a shop), or null. */
  usable: StationDef | null;
  /** The closest station within reach, for the text description of the scene. */
  nearest: StationDef | null;
}

const AGAINST_COSINE = -0.7;
const NEAR_PIXELS = 260;
/** Stations worth naming in the text description of the surroundings. */
const DESCRIBED = new Set(['crossing', 'dispenser', 'plaza', 'goal', 'gate', 'checkpoint', 'clinic', 'shop', 'lecture', 'disguise', 'gait']);

export function createTracker(): TrackerState {
  return { inside: {}, onRoad: false, waited: {}, against: {}, lingering: {} };
}

export function updateTracker(
  prev: TrackerState,
  district: DistrictDef,
  position: Point,
  velocity: Point,
  dt: number,
  t: number,
): TrackerOutput {
  const reports: TrackedReport[] = [];
  const state: TrackerState = {
    inside: {},
    onRoad: onRoad(district, position),
    waited: { ...prev.waited },
    against: { ...prev.against },
    lingering: { ...prev.lingering },
  };
  const speed = Math.hypot(velocity.x, velocity.y);
  // Standing still at the kerb, and walking (against a crowd), are judged against the level's walking speed.
  const standing = speed < standingSpeed(district.player);
  const walking = speed >= walkingSpeed(district.player);
  let usable: StationDef | null = null;
  let nearest: StationDef | null = null;
  let nearestDistance = NEAR_PIXELS;

  for (const station of district.stations) {
    const inside = containsPoint(station.area, position);
    const wasInside = prev.inside[station.id] ?? false;
    state.inside[station.id] = inside;

    const cx = station.area.x + station.area.w / 2;
    const cy = station.area.y + station.area.h / 2;
    const distance = inside ? 0 : Math.hypot(position.x - cx, position.y - cy) - Math.min(station.area.w, station.area.h) / 2;
    if (DESCRIBED.has(station.kind) && distance < nearestDistance) {
      nearestDistance = distance;
      nearest = station;
    }

    switch (station.kind) {
      case 'crossing': {
        if (!inside) {
          state.waited[station.id] = 0;
        } else if (state.onRoad && !prev.onRoad) {
          reports.push({ type: 'crossed', station: station.id, waited: state.waited[station.id] ?? 0 });
          state.waited[station.id] = 0;
        } else if (!state.onRoad && standing && lightAt(station.params, t) === 'red') {
          state.waited[station.id] = (state.waited[station.id] ?? 0) + dt;
        }
        break;
      }
      case 'plaza': {
        const { flow, againstSeconds } = station.params;
        const cosine = speed > 0 ? (velocity.x * flow.x + velocity.y * flow.y) / speed : 0;
        const walkingAgainst = inside && walking && cosine < AGAINST_COSINE;
        let seconds = walkingAgainst ? (state.against[station.id] ?? 0) + dt : 0;
        if (seconds >= againstSeconds) {
          reports.push({ type: 'againstFlow', station: station.id, seconds });
          seconds = 0;
        }
        state.against[station.id] = seconds;
        break;
      }
      case 'dispenser':
      case 'shop':
      case 'clinic':
      case 'disguise':
        if (inside) usable = station;
        if (inside && !wasInside) reports.push({ type: 'arrived', station: station.id });
        break;
      case 'lecture': {
        if (inside) usable = station;
        if (inside && !wasInside) reports.push({ type: 'arrived', station: station.id });
        let seconds = inside ? (state.lingering[station.id] ?? 0) + dt : 0;
        if (seconds >= station.params.boredSeconds) {
          reports.push({ type: 'lingered', station: station.id, seconds });
          seconds = 0;
        }
        state.lingering[station.id] = seconds;
        break;
      }
      case 'goal':
      case 'gate':
      case 'checkpoint':
      case 'gait':
        if (inside && !wasInside) reports.push({ type: 'arrived', station: station.id });
        break;
      case 'patrol':
      case 'witness':
      case 'billboard':
        // Driven by moving things the scene owns (officers, cars), not by areas.
        break;
    }
  }
  return { state, reports, usable, nearest };
}

/** Facts a screen reader needs about the nearest station, as text keys and values. */
export function describeStation(station: StationDef, t: number): { key: string; vars: Record<string, number> } | null {
  if (station.kind !== 'crossing') return null;
  const light = lightAt(station.params, t);
  return { key: light === 'red' ? 'hud.lightRed' : 'hud.lightGreen', vars: { seconds: Math.ceil(secondsToChange(station.params, t)) } };
}
