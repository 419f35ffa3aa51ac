// Passers-by, without Phaser: their public scores, and how far they keep from
// a player whose grade makes people avoid him.
import { describe, expect, it } from 'vitest';
import { PASSERS_BY_DEFAULTS, PLAYER_RADIUS_M, crowdBerthM, passerByScore, stepsAway } from '../../src/core/passersBy';
import { Random } from '../../src/core/rng';
import { loadLevel } from './helpers/level';

const { district, catalogue } = loadLevel();
const people = district.passersBy;

describe('passers-by scores', () => {
  it('the shipped district uses the game defaults', () => {
    expect(people).toEqual(PASSERS_BY_DEFAULTS);
  });

  it('spread evenly around the centre: most are fine, a few fall below the middle grades', () => {
    const rng = new Random(7);
    const scores = Array.from({ length: 2000 }, () => passerByScore(people, rng.next()));
    const lo = people.scoreCentre - people.scoreSpread / 2;
    const hi = people.scoreCentre + people.scoreSpread / 2;
    for (const s of scores) {
      expect(Number.isInteger(s)).toBe(true);
      expect(s).toBeGreaterThanOrEqual(lo);
      expect(s).toBeLessThanOrEqual(hi);
    }
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    expect(Math.abs(mean - people.scoreCentre)).toBeLessThan(10);
    // Every score lies on the catalogue's scale.
    expect(Math.min(...scores)).toBeGreaterThanOrEqual(catalogue.score.min);
    expect(Math.max(...scores)).toBeLessThanOrEqual(catalogue.score.max);
  });

  it('keep the game’s spread exactly: 808 at the lowest draw, 1128 at the top', () => {
    expect(passerByScore(people, 0)).toBe(808);
    expect(passerByScore(people, 0.5)).toBe(968);
    expect(passerByScore(people, 1)).toBe(1128);
  });

  it('follow a museum’s centre and spread', () => {
    const kind = { ...people, scoreCentre: 1100, scoreSpread: 0 };
    expect(passerByScore(kind, 0.1)).toBe(1100);
    expect(passerByScore(kind, 0.9)).toBe(1100);
  });
});

describe('people step away from a low grade (npcs-avoid)', () => {
  it(`the plaza crowd keeps ${PLAYER_RADIUS_M} m without the sanction and avoidRadiusM (${PASSERS_BY_DEFAULTS.avoidRadiusM} m) with it`, () => {
    expect(crowdBerthM(people, false)).toBe(PLAYER_RADIUS_M);
    expect(crowdBerthM(people, true)).toBe(1.6);
    expect(crowdBerthM({ ...people, avoidRadiusM: 3 }, true)).toBe(3);
  });

  it(`people on the pavement step away within stepAwayPx (${PASSERS_BY_DEFAULTS.stepAwayPx} px), only with the sanction`, () => {
    expect(stepsAway(people, 50, true)).toBe(true);
    expect(stepsAway(people, 109, true)).toBe(true);
    expect(stepsAway(people, 110, true)).toBe(false);
    expect(stepsAway(people, 50, false)).toBe(false);
    // Someone standing exactly on the player has no direction to step in.
    expect(stepsAway(people, 0, true)).toBe(false);
  });
});
