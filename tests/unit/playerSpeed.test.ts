// The player's walking speed is the level's, and the tracker judges standing
// and walking as shares of it: a museum that slows the player down keeps the
// same rules (a player who walks against the crowd is still flagged).
import { describe, expect, it } from 'vitest';
import { PLAYER_DEFAULTS, standingSpeed, stepLength, walkingSpeed } from '../../src/core/player';
import { createTracker, updateTracker, type TrackedReport } from '../../src/core/tracker';
import type { DistrictDef, Point } from '../../src/core/types';
import { cloneLevel, loadLevel, stationOf } from './helpers/level';

const level = loadLevel();
const plaza = stationOf(level.district, 'plaza');
const DT = 1 / 30;

function withSpeed(speed: number): DistrictDef {
  const copy = cloneLevel(level).district;
  copy.player = { speed };
  return copy;
}

/** Walks against the plaza's flow at `speed` px/s for `seconds`; returns the reports. */
function walkAgainstFlow(district: DistrictDef, speed: number, seconds: number): TrackedReport[] {
  const velocity: Point = { x: -plaza.params.flow.x * speed, y: -plaza.params.flow.y * speed };
  let p = { x: plaza.area.x + plaza.area.w / 2, y: plaza.area.y + plaza.area.h / 2 };
  let tracker = createTracker();
  const reports: TrackedReport[] = [];
  for (let t = 0; t < seconds; t += DT) {
    p = { x: p.x + velocity.x * DT, y: p.y + velocity.y * DT };
    const out = updateTracker(tracker, district, p, velocity, DT, t);
    tracker = out.state;
    reports.push(...out.reports);
  }
  return reports;
}

describe("the player's speed", () => {
  it('is 150 px/s when the level leaves it out, as in the shipped district', () => {
    expect(PLAYER_DEFAULTS.speed).toBe(150);
    expect(level.district.player.speed).toBe(150);
    expect(stepLength(level.district.player, 0.5)).toBe(75);
  });

  it('standing means below a sixth of it, walking at least 4/15 of it (25 and 40 px/s at 150)', () => {
    expect(standingSpeed({ speed: 150 })).toBe(25);
    expect(walkingSpeed({ speed: 150 })).toBe(40);
    expect(standingSpeed({ speed: 60 })).toBe(10);
    expect(walkingSpeed({ speed: 60 })).toBe(16);
    expect(standingSpeed({ speed: 60 })).toBeLessThan(walkingSpeed({ speed: 60 }));
  });

  it('a slow player walking against the crowd at full pace is flagged, as a fast one is', () => {
    const slow = 36; // slower than the shipped game's fixed 40 px/s "walking" threshold used to be
    const reports = walkAgainstFlow(withSpeed(slow), slow, plaza.params.againstSeconds + 0.5);
    expect(reports.map((r) => r.type)).toContain('againstFlow');
    const fast = walkAgainstFlow(level.district, 150, plaza.params.againstSeconds + 0.5);
    expect(fast.map((r) => r.type)).toContain('againstFlow');
  });

  it('a fast player drifting at a fraction of their pace is not walking', () => {
    // 60 px/s is walking for the default player, but only a fifth of a 300 px/s player's pace.
    expect(walkAgainstFlow(level.district, 60, plaza.params.againstSeconds + 0.5).map((r) => r.type)).toContain('againstFlow');
    expect(walkAgainstFlow(withSpeed(300), 60, plaza.params.againstSeconds + 0.5)).toEqual([]);
  });
});
