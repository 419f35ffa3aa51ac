// The city half of the test interface (src/testing/testApi.ts): reads the
// running city scene for tests. It lives in the game's chunk, beside Phaser;
// the fields it reads are named with bracket access (`scene['crowds']`), which
// TypeScript checks like any other, so renaming one fails the type check here.
import type Phaser from 'phaser';
import { lightAt } from '../core/stations/crossing';
import { PatrolView } from '../objects/PatrolView';
import { PlazaView } from '../objects/PlazaView';
import type { CityScene } from '../scenes/CityScene';
import { SceneKeys } from '../scenes/keys';
import type { CityProbe } from './testApi';

/** The city probe of `game`, or null while no city scene runs. */
export function cityProbe(game: Phaser.Game): CityProbe | null {
  const scene = game.scene.getScene(SceneKeys.city) as CityScene | null;
  // Before the first day the scene exists but has built nothing yet.
  if (!scene?.player) return null;
  const plaza = () => scene['views'].find((v): v is PlazaView => v instanceof PlazaView)?.['alarm'] ?? null;
  return {
    player: () => ({ ...scene.player.position }),
    crowds: () =>
      scene['crowds'].map((c) => ({ count: c.crowd.count, offMainThread: c['stepper'].offMainThread, x: Array.from(c.crowd.x.subarray(0, c.crowd.count)) })),
    crossingLight: (stationId) => {
      const { level, day } = scene['store'].getState();
      const station = level?.district.stations.find((s) => s.id === stationId);
      return station?.kind === 'crossing' && day ? lightAt(station.params, day.clock) : null;
    },
    officer: () => {
      const patrol = scene['views'].find((v): v is PatrolView => v instanceof PatrolView);
      return patrol ? { ...patrol.position } : null;
    },
    raiseAlarm: (word, seconds) => {
      const alarm = plaza();
      alarm?.raise(word, seconds);
      return alarm !== null;
    },
    alarmShown: () => plaza()?.['bracket'].visible ?? false,
    countCameraMoves: () => countCameraMoves(scene.cameras.main),
    cameraMoves: () => ({ shakes: moves.get(scene.cameras.main)?.shakes ?? 0, pans: [...(moves.get(scene.cameras.main)?.pans ?? [])] }),
    cameraFollowsPlayer: () => (scene.cameras.main as Phaser.Cameras.Scene2D.Camera & { _follow: unknown })._follow !== null,
  };
}

const moves = new WeakMap<Phaser.Cameras.Scene2D.Camera, { shakes: number; pans: number[] }>();

/** Wraps the camera's shake and pan once, counting each call. */
function countCameraMoves(camera: Phaser.Cameras.Scene2D.Camera): void {
  if (moves.has(camera)) return;
  const seen = { shakes: 0, pans: [] as number[] };
  moves.set(camera, seen);
  const shake = camera.shake.bind(camera);
  const pan = camera.pan.bind(camera);
  camera.shake = (...args: Parameters<typeof shake>) => {
    seen.shakes++;
    return shake(...args);
  };
  camera.pan = (...args: Parameters<typeof pan>) => {
    seen.pans.push(Number(args[2] ?? 0));
    return pan(...args);
  };
}
