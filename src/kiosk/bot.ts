// Steers the one Player of each new city scene along the attract route while
// `active()` says so. No second player: the bot only sets the Player's walk
// target and presses the action button, as a visitor would.
import Phaser from 'phaser';
import { lightAt, secondsToChange } from '../core/stations/crossing';
import type { Point, StationOf } from '../core/types';
import type { CityScene } from '../scenes/CityScene';
import { SceneKeys } from '../scenes/keys';
import type { GameStore } from '../store/gameStore';
import { botStep, planRoute, startBot, type BotState, type BotStep } from './botRoute';

export function attachBot(game: Phaser.Game, store: GameStore, active: () => boolean): () => void {
  const onCityReady = () => {
    const scene = game.scene.getScene(SceneKeys.city) as CityScene | null;
    const level = store.getState().level;
    if (!scene || !level) return;
    const route: BotStep[] = planRoute(level.district);
    const crossings = new Map(level.district.stations.filter((s): s is StationOf<'crossing'> => s.kind === 'crossing').map((s) => [s.id, s.params]));
    let state: BotState | null = null;
    let given: Point | null = null;

    const onUpdate = () => {
      const { day, phase } = store.getState();
      if (!active() || !day || phase !== 'playing' || !scene.player) return;
      state ??= startBot(day.clock);
      const player = scene.player;
      const result = botStep(route, state, {
        position: player.position,
        clock: day.clock,
        walking: player.walking,
        light: (station, t) => {
          const params = crossings.get(station);
          return params ? { red: lightAt(params, t) === 'red', left: secondsToChange(params, t) } : { red: true, left: Infinity };
        },
      });
      state = result.state;
      // Give the target once per step, so a walk stopped by a wall shows as "not walking".
      if (result.order.walkTo !== given) {
        given = result.order.walkTo;
        player.walkTowards(given);
      }
      if (result.order.use) store.getState().report({ type: 'requested', station: result.order.use });
    };
    scene.events.on(Phaser.Scenes.Events.UPDATE, onUpdate);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => scene.events.off(Phaser.Scenes.Events.UPDATE, onUpdate));
  };
  game.events.on('city-ready', onCityReady);
  return () => game.events.off('city-ready', onCityReady);
}
