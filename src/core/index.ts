export * from './types';
export { createDay, step, replay, type DayOptions } from './day';
export { lightAt, secondsToChange, type Light } from './stations/crossing';
export { tierFor, tierRank } from './tiers';
export { parseLevel, type LevelFile, type LevelResult } from './validateLevel';
export { Random, nextRandom } from './rng';
