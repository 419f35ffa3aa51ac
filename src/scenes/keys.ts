export const SceneKeys = {
  city: 'city',
  desk: 'desk',
} as const;

/** Draw order in the city, lowest first. */
export const Depth = {
  ground: 0,
  markings: 1,
  props: 5,
  walkers: 10,
  player: 12,
  roofs: 20,
  overhead: 30,
  labels: 40,
  screens: 50,
  alarms: 60,
} as const;

/** World scale of the crowd model: pixels per metre. */
export const PX_PER_M = 20;
