// Keyboard walking for browser tests: hold an arrow key until the player has
// passed a coordinate, the way a person would steer.
import type { Page } from 'playwright';
import { lightAt, secondsToChange } from '../../src/core/stations/crossing';
import { holdKeyUntil, playerPosition } from './harness';

export type Arrow = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

/** How far past a mark is still "there" (px). */
const OVERSHOOT = 16;

export async function walk(page: Page, key: Arrow, value: number): Promise<void> {
  const axis = key === 'ArrowLeft' || key === 'ArrowRight' ? 'x' : 'y';
  const forward = key === 'ArrowRight' || key === 'ArrowDown';
  const passed = async () => {
    // A day that ends on the way (the gate shut, the train caught) ends the walk too.
    if (await dayEnded(page)) return true;
    const p = await playerPosition(page);
    return forward ? p[axis] >= value : p[axis] <= value;
  };
  try {
    await holdKeyUntil(page, key, passed);
    // On a slow machine a frame can carry the player well past the mark: step towards it in
    // short taps. A tap moves the player by whatever the frames it spans allow (nothing, or a
    // long frame's worth), so each tap goes towards the mark from where the player is now.
    const towards = (at: number): Arrow => (axis === 'x' ? (at > value ? 'ArrowLeft' : 'ArrowRight') : at > value ? 'ArrowUp' : 'ArrowDown');
    for (let i = 0; i < 10 && !(await dayEnded(page)); i++) {
      const at = (await playerPosition(page))[axis];
      if (Math.abs(at - value) <= OVERSHOOT) break;
      const tap = towards(at);
      await page.keyboard.down(tap);
      await page.waitForTimeout(40);
      await page.keyboard.up(tap);
      await page.waitForTimeout(120);
    }
  } catch (error) {
    const p = await playerPosition(page);
    throw new Error(`${(error as Error).message}; walking ${key} to ${axis} = ${value}, stuck at (${Math.round(p.x)}, ${Math.round(p.y)})`, { cause: error });
  }
}

/** Walks to (x, y) in two legs: along x then y, or (`'yx'`) along y then x. */
export async function walkTo(page: Page, x: number, y: number, order: 'xy' | 'yx' = 'xy'): Promise<void> {
  const legX = async () => {
    const p = await playerPosition(page);
    if (Math.abs(p.x - x) > 3) await walk(page, x > p.x ? 'ArrowRight' : 'ArrowLeft', x);
  };
  const legY = async () => {
    const p = await playerPosition(page);
    if (Math.abs(p.y - y) > 3) await walk(page, y > p.y ? 'ArrowDown' : 'ArrowUp', y);
  };
  if (order === 'xy') {
    await legX();
    await legY();
  } else {
    await legY();
    await legX();
  }
}

export async function dayEnded(page: Page): Promise<boolean> {
  return page.evaluate(() => window.__punktestand!.state().phase === 'ended');
}

/** Actions of every record so far. */
export async function recordActions(page: Page): Promise<string[]> {
  return page.evaluate(() => (window.__punktestand!.state().day?.records ?? []).map((r) => r.action));
}

export async function waitForRecord(page: Page, action: string, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    (a) => (window.__punktestand!.state().day?.records ?? []).some((r) => r.action === a),
    action,
    { timeout },
  );
}

/** Seconds of red left at the crossing (0 while green), judged by the core's own light cycle. */
export async function redLeft(page: Page): Promise<number> {
  const { clock, crossing } = await page.evaluate(() => {
    const state = window.__punktestand!.state();
    return { clock: state.day?.clock ?? 0, crossing: state.level?.district.stations.find((s) => s.id === 'crossing-1') };
  });
  if (crossing?.kind !== 'crossing') throw new Error('the level has no crossing-1');
  return lightAt(crossing.params, clock) === 'red' ? secondsToChange(crossing.params, clock) : 0;
}

export async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 40_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
