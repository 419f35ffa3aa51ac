// Police patrol with camera glasses (F17, F11): when the player walks into an
// officer's view, the glasses name them and pull up their file. With the
// police-attention sanction the officer also stops them for a check.
//
// Where the officer walks and what the glasses see are pure functions too, so
// the view draws exactly what the rules judge (like lightAt for the crossing)
// and a test can replay a patrol without Phaser.
import type { PatrolParams, Point, StationOf } from '../types';
import { NOTHING, sanctionActive, withinCooldown, type Resolver } from './resolver';

/** The numbers a level may leave out of a patrol's params. */
export const PATROL_DEFAULTS = {
  viewHalfAngle: 0.6,
  chaseRadius: 500,
  chaseSpeedFactor: 1.3,
  reportEverySeconds: 0.5,
} as const satisfies Partial<PatrolParams>;

/** The officer stops this close (px) to where they are going, so they never walk into the player. */
export const OFFICER_KEEPS_PX = 30;

export interface Officer {
  x: number;
  y: number;
  /** Where the officer and the glasses face, radians (0 = east, clockwise on screen). */
  heading: number;
  /** Moved in the last step (the view animates the legs). */
  walking: boolean;
  /** Day clock of the last sighting passed on, or null. */
  lastReportAt: number | null;
}

type Patrol = Pick<StationOf<'patrol'>, 'area' | 'params'>;

/**
 * The beat: the station's area walked clockwise from its top-left corner at
 * the patrol's speed, `speed × t` pixels along its edge at day time t.
 */
export function beatAt(patrol: Patrol, t: number): Point {
  const { x, y, w, h } = patrol.area;
  const perimeter = 2 * (w + h);
  const s = (((patrol.params.speed * t) % perimeter) + perimeter) % perimeter;
  if (s <= w) return { x: x + s, y };
  if (s <= w + h) return { x: x + w, y: y + (s - w) };
  if (s <= 2 * w + h) return { x: x + w - (s - w - h), y: y + h };
  return { x, y: y + h - (s - 2 * w - h) };
}

/** The officer at the start of the day: on the beat, facing along it. */
export function startOfficer(patrol: Patrol): Officer {
  const at = beatAt(patrol, 0);
  return { x: at.x, y: at.y, heading: 0, walking: false, lastReportAt: null };
}

/** An angle brought into (−π, π]. */
export function wrapAngle(a: number): number {
  const turn = 2 * Math.PI;
  const wrapped = (((a + Math.PI) % turn) + turn) % turn - Math.PI;
  return wrapped === -Math.PI ? Math.PI : wrapped;
}

/** Whether the player stands inside the glasses' view cone. */
export function inView(params: PatrolParams, officer: Officer, player: Point): boolean {
  const dx = player.x - officer.x;
  const dy = player.y - officer.y;
  if (Math.hypot(dx, dy) >= params.viewRadius) return false;
  return Math.abs(wrapAngle(Math.atan2(dy, dx) - officer.heading)) < params.viewHalfAngle;
}

/** Whether the officer leaves the beat for the player: only under police attention, and only when near. */
export function chases(params: PatrolParams, officer: Officer, player: Point, policeAttention: boolean): boolean {
  return policeAttention && Math.hypot(player.x - officer.x, player.y - officer.y) < params.chaseRadius;
}

export interface PatrolInput {
  player: Point;
  /** The police-attention sanction is in force. */
  policeAttention: boolean;
  /** Day clock after this step, seconds. */
  t: number;
  dt: number;
}

/**
 * One step of the officer: towards the beat (or the player, when chasing),
 * turned to face it; then whether the glasses pass a sighting on. A sighting
 * is an event for the rules (`seen`), which decide with their cooldown
 * whether it becomes a record.
 */
export function stepOfficer(patrol: Patrol, officer: Officer, input: PatrolInput): { officer: Officer; seen: boolean } {
  const { params } = patrol;
  const target = chases(params, officer, input.player, input.policeAttention) ? input.player : beatAt(patrol, input.t);
  const dx = target.x - officer.x;
  const dy = target.y - officer.y;
  const d = Math.hypot(dx, dy);
  let { x, y, heading } = officer;
  let walking = false;
  if (d > 0) heading = Math.atan2(dy, dx);
  if (d > OFFICER_KEEPS_PX) {
    const step = Math.min(d, params.speed * params.chaseSpeedFactor * input.dt);
    x += (dx / d) * step;
    y += (dy / d) * step;
    walking = step > 0;
  }
  const next: Officer = { x, y, heading, walking, lastReportAt: officer.lastReportAt };
  const due = next.lastReportAt === null || input.t - next.lastReportAt > params.reportEverySeconds;
  if (due && inView(params, next, input.player)) return { officer: { ...next, lastReportAt: input.t }, seen: true };
  return { officer: next, seen: false };
}

export const resolvePatrol: Resolver<StationOf<'patrol'>> = (station, event, ctx) => {
  if (event.type !== 'seen') return NOTHING;
  if (withinCooldown(ctx.memory, event.t, station.params.cooldownSeconds)) return NOTHING;
  const action = sanctionActive(ctx, 'police-attention') ? 'patrol-stopped' : 'patrol-identified';
  return { outcomes: [{ action, vars: { records: ctx.state.records.length } }], memory: { lastAt: event.t, count: ctx.memory.count + 1 } };
};
