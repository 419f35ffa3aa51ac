// The attract loop's bot: its route through the shipped kiosk level and how it
// steps along it (waits for red at the kerb, then crosses; asks twice for paper).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACT_IDS } from '../../../src/content/facts';
import { PASSERS_BY_DEFAULTS } from '../../../src/core/passersBy';
import { PLAYER_DEFAULTS } from '../../../src/core/player';
import { lightAt, secondsToChange } from '../../../src/core/stations/crossing';
import { PATROL_DEFAULTS } from '../../../src/core/stations/patrol';
import type { Level, Point, StationOf } from '../../../src/core/types';
import { parseLevel } from '../../../src/core/validateLevel';
import { botStep, planRoute, REACHED, startBot, type BotState, type BotView } from '../../../src/kiosk/botRoute';

function kioskLevel(): Level {
  const read = (file: string) => ({ file, text: readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8') });
  const result = parseLevel(read('levels/kiosk-1.json'), read('levels/catalogue.json'), FACT_IDS);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.level;
}

const level = kioskLevel();
const crossing = level.district.stations.find((s): s is StationOf<'crossing'> => s.kind === 'crossing')!;
const light: BotView['light'] = (_station, t) => ({ red: lightAt(crossing.params, t) === 'red', left: secondsToChange(crossing.params, t) });

describe('the kiosk level', () => {
  it('validates, lasts about three minutes and ends at the train', () => {
    expect(level.district.id).toBe('kiosk-1');
    expect(level.district.dayLengthSeconds).toBeGreaterThanOrEqual(150);
    expect(level.district.dayLengthSeconds).toBeLessThanOrEqual(210);
    expect(level.district.finalErrand).toBe('train');
  });

  it('spells out, for a museum to edit, the walking pace, the patrol and passers-by at the game defaults', () => {
    const raw = JSON.parse(readFileSync(new URL('../../../levels/kiosk-1.json', import.meta.url), 'utf8')) as {
      player?: unknown;
      passersBy?: unknown;
      stations: { kind: string; params: Record<string, unknown> }[];
    };
    expect(raw.player).toEqual(PLAYER_DEFAULTS);
    expect(raw.passersBy).toEqual(PASSERS_BY_DEFAULTS);
    expect(raw.stations.find((s) => s.kind === 'patrol')?.params).toMatchObject(PATROL_DEFAULTS);
  });
});

describe('planRoute', () => {
  it('waits at the kerb for red, crosses, walks against the crowd and asks twice for paper', () => {
    const route = planRoute(level.district);
    const kinds = route.map((s) => s.kind);
    expect(kinds.slice(0, 3)).toEqual(['walk', 'waitRed', 'walk']);
    expect(route.filter((s) => s.kind === 'use')).toHaveLength(2);
    const plaza = level.district.stations.find((s): s is StationOf<'plaza'> => s.kind === 'plaza')!;
    // The two plaza legs run against the crowd's flow, longer than the camera needs to flag it.
    const walks = route.filter((s): s is { kind: 'walk'; to: Point } => s.kind === 'walk');
    const [from, to] = walks.filter((w) => w.to.x >= plaza.area.x && w.to.x <= plaza.area.x + plaza.area.w && w.to.y >= plaza.area.y);
    const along = (to!.to.x - from!.to.x) * plaza.params.flow.x + (to!.to.y - from!.to.y) * plaza.params.flow.y;
    expect(along).toBeLessThan(-plaza.params.againstSeconds * 150);
  });

  it('still makes a route for a district without those stations', () => {
    const bare = { ...level.district, stations: [] };
    expect(planRoute(bare).length).toBeGreaterThan(0);
  });
});

describe('botStep', () => {
  const route = planRoute(level.district);
  const kerb = (route[0] as { to: Point }).to;

  it('walks to the kerb first', () => {
    const { order } = botStep(route, startBot(0), { position: level.district.spawn, clock: 0, walking: false, light });
    expect(order.walkTo).toEqual(kerb);
  });

  it('stands at the kerb while the light is green and crosses once it is red', () => {
    // Find a green moment and a red moment with plenty of red left.
    let green = 0;
    while (lightAt(crossing.params, green) !== 'green') green += 0.5;
    let red = green;
    while (!(lightAt(crossing.params, red) === 'red' && secondsToChange(crossing.params, red) > 6)) red += 0.5;
    const atKerb = { position: kerb, walking: false, light };
    const waiting = botStep(route, { index: 0, since: green }, { ...atKerb, clock: green });
    expect(waiting.order.walkTo).toBeNull();
    expect(waiting.state.index).toBe(1);
    const crossingNow = botStep(route, waiting.state, { ...atKerb, clock: red });
    expect(crossingNow.order.walkTo).toEqual((route[2] as { to: Point }).to);
  });

  it('gives up a walk blocked by a wall instead of standing there for ever', () => {
    const state: BotState = { index: 0, since: 0 };
    const stuck = botStep(route, state, { position: level.district.spawn, clock: 2, walking: false, light });
    expect(stuck.state.index).not.toBe(0);
    const walking = botStep(route, state, { position: level.district.spawn, clock: 2, walking: true, light });
    expect(walking.state.index).toBe(0);
  });

  it('asks for paper twice, in two separate moments, with a pause between', () => {
    const useAt = route.findIndex((s) => s.kind === 'use');
    const first = botStep(route, { index: useAt, since: 10 }, { position: { x: 0, y: 0 }, clock: 10, walking: false, light });
    expect(first.order.use).toBe('paper-1');
    const soon = botStep(route, first.state, { position: { x: 0, y: 0 }, clock: 10.5, walking: false, light });
    expect(soon.order.use).toBeNull();
    const later = botStep(route, soon.state, { position: { x: 0, y: 0 }, clock: 13, walking: false, light });
    expect(later.order.use).toBe('paper-1');
  });

  it('reaches a waypoint within REACHED pixels and loops for ever', () => {
    let state = startBot(0);
    const visited: number[] = [];
    for (let i = 0; i < route.length * 3; i++) {
      const step = route[state.index]!;
      // Stands within reach of each waypoint, still walking: only reaching it moves the bot on.
      const position = step.kind === 'walk' ? { x: step.to.x + REACHED / 2, y: step.to.y } : { x: 0, y: 0 };
      state = botStep(route, state, { position, clock: 1000 + i * 10, walking: true, light: () => ({ red: true, left: 10 }) }).state;
      visited.push(state.index);
    }
    expect(new Set(visited).size).toBeGreaterThan(1);
    // It gets to the last step, and afterwards starts the route again.
    const end = visited.indexOf(route.length - 1);
    expect(end).toBeGreaterThan(-1);
    expect(visited.slice(end + 1).some((index) => index < 3)).toBe(true);
  });
});
