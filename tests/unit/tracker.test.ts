// The movement tracker turns where the player walks into the events the rules
// judge. These tests walk a body through the shipped district frame by frame.
import { describe, expect, it } from 'vitest';
import { isWalkable, slide } from '../../src/core/geometry';
import { lightAt } from '../../src/core/stations/crossing';
import { createTracker, updateTracker, type TrackedReport, type TrackerState } from '../../src/core/tracker';
import type { Point, StationOf } from '../../src/core/types';
import { loadLevel } from './helpers/level';

const level = loadLevel();
const { district } = level;
const crossing = district.stations.find((s): s is StationOf<'crossing'> => s.kind === 'crossing')!;
const plaza = district.stations.find((s): s is StationOf<'plaza'> => s.kind === 'plaza')!;
const road = district.roads[0]!;
const DT = 1 / 30;

/** Moves from `from` with `velocity` for `seconds`, starting at day time `t0`; returns every report. */
function run(state: TrackerState, from: Point, velocity: Point, seconds: number, t0: number) {
  let tracker = state;
  let p = { ...from };
  const reports: TrackedReport[] = [];
  for (let t = 0; t < seconds; t += DT) {
    p = { x: p.x + velocity.x * DT, y: p.y + velocity.y * DT };
    const out = updateTracker(tracker, district, p, velocity, DT, t0 + t);
    tracker = out.state;
    reports.push(...out.reports);
  }
  return { tracker, p, reports };
}

/** The first day time at which the light has just turned to `light`. */
function timeWhen(light: 'red' | 'green'): number {
  for (let t = 0.05; t < 100; t += 0.05) if (lightAt(crossing.params, t) === light && lightAt(crossing.params, t - 0.05) !== light) return t;
  throw new Error('no change found');
}

describe('movement tracker', () => {
  const kerb = { x: road.x - 20, y: crossing.area.y + crossing.area.h / 2 };

  it('reports stepping onto the road at a crossing, with the seconds waited on red', () => {
    const redStart = timeWhen('red');
    // Stand still at the kerb through the red phase ...
    const stand = run(createTracker(), kerb, { x: 0, y: 0 }, crossing.params.redSeconds - 0.5, redStart);
    expect(stand.reports).toEqual([]);
    // ... then walk onto the road.
    const walk = run(stand.tracker, kerb, { x: 120, y: 0 }, 0.5, redStart + crossing.params.redSeconds);
    expect(walk.reports).toHaveLength(1);
    const crossed = walk.reports[0]!;
    expect(crossed.type).toBe('crossed');
    if (crossed.type === 'crossed') expect(crossed.waited).toBeGreaterThan(crossing.params.waitSeconds);
  });

  it('walking straight over without waiting reports zero seconds waited', () => {
    const { reports } = run(createTracker(), { x: kerb.x - 40, y: kerb.y }, { x: 150, y: 0 }, 1, timeWhen('red'));
    expect(reports).toEqual([{ type: 'crossed', station: crossing.id, waited: 0 }]);
  });

  it('flags walking against the plaza flow only after the threshold, and not with the flow', () => {
    const inside = { x: plaza.area.x + 200, y: plaza.area.y + 200 };
    const against = { x: -plaza.params.flow.x * 150, y: -plaza.params.flow.y * 150 };
    const short = run(createTracker(), inside, against, plaza.params.againstSeconds - 0.3, 10);
    expect(short.reports).toEqual([]);
    const long = run(createTracker(), inside, against, plaza.params.againstSeconds + 0.2, 10);
    expect(long.reports.map((r) => r.type)).toEqual(['againstFlow']);
    const withFlow = run(createTracker(), { x: plaza.area.x + 900, y: inside.y }, { x: plaza.params.flow.x * 150, y: 0 }, 3, 10);
    expect(withFlow.reports).toEqual([]);
  });

  it('offers the dispenser only while standing at it', () => {
    const dispenser = district.stations.find((s) => s.kind === 'dispenser')!;
    const at = { x: dispenser.area.x + 10, y: dispenser.area.y + 10 };
    expect(updateTracker(createTracker(), district, at, { x: 0, y: 0 }, DT, 1).usable?.id).toBe(dispenser.id);
    expect(updateTracker(createTracker(), district, district.spawn, { x: 0, y: 0 }, DT, 1).usable).toBeNull();
  });
});

describe('walkable ground', () => {
  it('keeps people off the road except at the crossing, and out of buildings', () => {
    expect(isWalkable(district, { x: road.x + road.w / 2, y: 200 }, 9)).toBe(false);
    expect(isWalkable(district, { x: road.x + road.w / 2, y: crossing.area.y + crossing.area.h / 2 }, 9)).toBe(true);
    const home = district.buildings.find((b) => b.sign === 'home')!;
    expect(isWalkable(district, { x: home.x + home.w / 2, y: home.y + home.h / 2 }, 9)).toBe(false);
    expect(isWalkable(district, district.spawn, 9)).toBe(true);
  });

  it('slides along a wall instead of stopping dead', () => {
    const from = { x: road.x - 20, y: 200 };
    const moved = slide(district, from, 30, 30, 9);
    expect(moved.x).toBe(from.x); // the railing stops the step onto the road
    expect(moved.y).toBe(from.y + 30); // but walking along it goes on
  });
});
