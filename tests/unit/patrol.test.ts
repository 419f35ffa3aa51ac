// The patrol's officer, replayed without Phaser: where they walk at a given
// time, what the camera glasses see, when the officer comes for the player,
// and how often a sighting is passed on to the rules.
import { describe, expect, it } from 'vitest';
import {
  OFFICER_KEEPS_PX,
  PATROL_DEFAULTS,
  beatAt,
  chases,
  inView,
  startOfficer,
  stepOfficer,
  wrapAngle,
  type Officer,
} from '../../src/core/stations/patrol';
import type { Point, StationOf } from '../../src/core/types';
import { loadLevel, stationOf } from './helpers/level';

const shipped = stationOf(loadLevel().district, 'patrol');

/** A small square beat, 100 × 50 px from (0, 0), with the game's default patrol numbers. */
const beat: StationOf<'patrol'> = {
  ...shipped,
  area: { x: 0, y: 0, w: 100, h: 50 },
  params: { ...shipped.params, speed: 10, viewRadius: 170, ...PATROL_DEFAULTS },
};

const officerAt = (x: number, y: number, heading = 0, lastReportAt: number | null = null): Officer => ({ x, y, heading, walking: false, lastReportAt });

/** Steps the officer every 1/30 s from t0 to t1 and counts the sightings passed on. */
function walk(station: StationOf<'patrol'>, officer: Officer, player: Point, t0: number, t1: number, policeAttention = false) {
  const dt = 1 / 30;
  let o = officer;
  const sightings: number[] = [];
  for (let t = t0 + dt; t <= t1 + 1e-9; t += dt) {
    const out = stepOfficer(station, o, { player, policeAttention, t, dt });
    o = out.officer;
    if (out.seen) sightings.push(t);
  }
  return { officer: o, sightings };
}

describe('the beat: where the officer walks at time t', () => {
  it('goes clockwise round the area from its top-left corner at the patrol speed', () => {
    expect(beatAt(beat, 0)).toEqual({ x: 0, y: 0 });
    expect(beatAt(beat, 5)).toEqual({ x: 50, y: 0 });
    expect(beatAt(beat, 10)).toEqual({ x: 100, y: 0 });
    expect(beatAt(beat, 12)).toEqual({ x: 100, y: 20 });
    expect(beatAt(beat, 20)).toEqual({ x: 50, y: 50 });
    expect(beatAt(beat, 27)).toEqual({ x: 0, y: 30 });
  });

  it('comes round again after one perimeter, and is the same at the same time on every replay', () => {
    const perimeter = 2 * (100 + 50);
    const lap = perimeter / beat.params.speed;
    for (const t of [0, 3.3, 11, 19.5, 28]) {
      expect(beatAt(beat, t + lap).x).toBeCloseTo(beatAt(beat, t).x, 9);
      expect(beatAt(beat, t + lap).y).toBeCloseTo(beatAt(beat, t).y, 9);
      expect(beatAt(beat, t)).toEqual(beatAt(beat, t));
    }
  });

  it('always lies on the edge of the area', () => {
    for (let t = 0; t < 60; t += 0.37) {
      const p = beatAt(beat, t);
      const onEdge = p.x === 0 || p.x === 100 || p.y === 0 || p.y === 50;
      expect(onEdge, `t=${t}: ${JSON.stringify(p)}`).toBe(true);
    }
  });

  it('the officer starts the day on the beat', () => {
    expect(startOfficer(shipped)).toMatchObject({ x: shipped.area.x, y: shipped.area.y, lastReportAt: null });
  });
});

describe('the camera glasses: in view or not', () => {
  const { params } = beat;
  const officer = officerAt(0, 0, 0); // facing east

  it('see a player straight ahead within the view radius', () => {
    expect(inView(params, officer, { x: 100, y: 0 })).toBe(true);
    expect(inView(params, officer, { x: 169, y: 0 })).toBe(true);
  });

  it('miss a player beyond the view radius', () => {
    expect(inView(params, officer, { x: 170, y: 0 })).toBe(false);
    expect(inView(params, officer, { x: 400, y: 0 })).toBe(false);
  });

  it(`miss a player more than ${PATROL_DEFAULTS.viewHalfAngle} rad to the side, and behind`, () => {
    const at = (angle: number): Point => ({ x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) });
    expect(inView(params, officer, at(0.59))).toBe(true);
    expect(inView(params, officer, at(-0.59))).toBe(true);
    expect(inView(params, officer, at(0.61))).toBe(false);
    expect(inView(params, officer, at(-0.61))).toBe(false);
    expect(inView(params, officer, at(Math.PI))).toBe(false);
  });

  it('look where the officer faces, across the ±π seam too', () => {
    const west = officerAt(0, 0, Math.PI);
    expect(inView(params, west, { x: -100, y: 5 })).toBe(true);
    expect(inView(params, west, { x: -100, y: -5 })).toBe(true);
    expect(inView(params, west, { x: 100, y: 0 })).toBe(false);
  });

  it('see as wide as the level says', () => {
    const wide = { ...params, viewHalfAngle: 1.5 };
    expect(inView(wide, officer, { x: 10, y: 90 })).toBe(true);
    expect(inView(params, officer, { x: 10, y: 90 })).toBe(false);
  });

  it('wrapAngle keeps angles within one turn', () => {
    expect(wrapAngle(3 * Math.PI)).toBeCloseTo(Math.PI, 9);
    expect(wrapAngle(-Math.PI / 2 - 2 * Math.PI)).toBeCloseTo(-Math.PI / 2, 9);
    expect(wrapAngle(0.25)).toBe(0.25);
  });
});

describe('the chase under police attention', () => {
  const { params } = beat;
  const officer = officerAt(0, 0);

  it(`comes for a player within ${PATROL_DEFAULTS.chaseRadius} px, only with the sanction`, () => {
    expect(chases(params, officer, { x: 300, y: 300 }, true)).toBe(true);
    expect(chases(params, officer, { x: 300, y: 300 }, false)).toBe(false);
    expect(chases(params, officer, { x: 400, y: 400 }, true)).toBe(false);
  });

  it(`walks towards the player at ${PATROL_DEFAULTS.chaseSpeedFactor} × the patrol speed and stops ${OFFICER_KEEPS_PX} px short`, () => {
    const player = { x: 300, y: 0 };
    const one = stepOfficer(beat, officer, { player, policeAttention: true, t: 1, dt: 1 });
    expect(one.officer.x).toBeCloseTo(beat.params.speed * PATROL_DEFAULTS.chaseSpeedFactor, 9);
    expect(one.officer.y).toBe(0);
    expect(one.officer.walking).toBe(true);
    const { officer: end } = walk(beat, officer, player, 0, 40, true);
    // Within one frame's step of the distance the officer keeps, never on top of the player.
    const frameStep = (beat.params.speed * PATROL_DEFAULTS.chaseSpeedFactor) / 30;
    expect(player.x - end.x).toBeLessThanOrEqual(OFFICER_KEEPS_PX);
    expect(player.x - end.x).toBeGreaterThan(OFFICER_KEEPS_PX - frameStep - 1e-9);
    expect(end.walking).toBe(false);
  });

  it('without the sanction keeps to the beat, however near the player is', () => {
    const { officer: end } = walk(beat, startOfficer(beat), { x: 50, y: 200 }, 0, 10);
    const onBeat = beatAt(beat, 10);
    expect(Math.hypot(end.x - onBeat.x, end.y - onBeat.y)).toBeLessThanOrEqual(OFFICER_KEEPS_PX + 1);
  });

  it('a faster chase factor from the level closes in faster', () => {
    const fast = { ...beat, params: { ...beat.params, chaseSpeedFactor: 2 } };
    const step = stepOfficer(fast, officer, { player: { x: 300, y: 0 }, policeAttention: true, t: 1, dt: 1 });
    expect(step.officer.x).toBeCloseTo(20, 9);
  });
});

describe('sightings passed on to the rules', () => {
  it('a player standing in view is passed on at most once per reportEverySeconds', () => {
    // Facing east at the top-left corner, with the player ahead on the top edge.
    const { sightings } = walk(beat, officerAt(0, 0, 0), { x: 120, y: 0 }, 0, 3);
    expect(sightings.length).toBeGreaterThanOrEqual(5);
    expect(sightings.length).toBeLessThanOrEqual(3 / PATROL_DEFAULTS.reportEverySeconds);
    for (let i = 1; i < sightings.length; i++) {
      expect(sightings[i]! - sightings[i - 1]!).toBeGreaterThan(PATROL_DEFAULTS.reportEverySeconds);
    }
  });

  it('the first sighting is passed on at once', () => {
    const out = stepOfficer(beat, officerAt(0, 0, 0), { player: { x: 120, y: 0 }, policeAttention: false, t: 0.1, dt: 0.1 });
    expect(out.seen).toBe(true);
    expect(out.officer.lastReportAt).toBe(0.1);
  });

  it('a player behind the officer is never passed on', () => {
    const { sightings } = walk(beat, officerAt(0, 0, 0), { x: -60, y: -60 }, 0, 3);
    expect(sightings).toEqual([]);
  });

  it('a level can pass sightings on more rarely', () => {
    const rare = { ...beat, params: { ...beat.params, reportEverySeconds: 2 } };
    const { sightings } = walk(rare, officerAt(0, 0, 0), { x: 120, y: 0 }, 0, 5);
    expect(sightings.length).toBeGreaterThanOrEqual(2);
    expect(sightings.length).toBeLessThanOrEqual(3);
  });

  it('the shipped patrol meets a player who waits on its beat', () => {
    // Stand a little inside the top edge, in the middle: the officer walks past and the glasses see them.
    const player = { x: shipped.area.x + shipped.area.w / 2, y: shipped.area.y + 20 };
    const lap = (2 * (shipped.area.w + shipped.area.h)) / shipped.params.speed;
    const { sightings } = walk(shipped, startOfficer(shipped), player, 0, lap);
    expect(sightings.length).toBeGreaterThan(0);
  });
});
