// The project's colours. Every drawing in src/art/ takes its colours from here,
// and the game should too (Graphics fills, camera background, DOM styles).
//
// Two families (see assets/README.md):
//  - the city and its people: plain, soft, friendly colours;
//  - the system (screens, scanners, cameras, dispensers): loud poster colours
//    (deep red, signal yellow, black, cream), used for nothing else.
//
// Each family exists as numbers (0xRRGGBB, for Phaser) and as CSS strings.

/** City colours: ground, streets, roofs, greenery. */
export const CityColors = {
  /** Empty land between things (lots, yards). */
  ground: 0xe8e2d0,
  /** Pavements and plazas. */
  pavement: 0xd8d5cd,
  /** Paving joints / a slightly darker pavement pattern. */
  pavementJoint: 0xc9c5bb,
  /** Kerb stones along the road. */
  kerb: 0xb4aea2,
  /** Asphalt. */
  road: 0x5a606d,
  /** Darker asphalt at the road edge / patches. */
  roadDark: 0x4b505c,
  /** Lane markings. */
  roadMarking: 0xeeeadf,
  /** Stop lines and centre lines that should read a little warmer. */
  roadMarkingWarm: 0xe6c86e,
  /** Zebra stripes. */
  zebra: 0xf6f3ea,
  /** Plain residential block roof. */
  roofBlock: 0xb8a897,
  /** Shop roof. */
  roofShop: 0xdca57b,
  /** Public toilet roof. */
  roofToilet: 0x9cc1c6,
  /** Lecture hall roof. */
  roofHall: 0xa9a8c8,
  /** Railway station roof. */
  roofStation: 0x8ea2b6,
  /** Outline / parapet drawn around every roof (darker than any roof fill). */
  roofEdge: 0x7d7266,
  /** Roof details: vents, skylights, solar panels. */
  roofDetail: 0x9a8b7d,
  /** Park lawn. */
  grass: 0x9ccb7b,
  /** Mowing stripes / darker lawn. */
  grassDark: 0x89bb69,
  /** Gravel paths in parks. */
  gravel: 0xe3d6b5,
  /** Tree canopy, mid tone. */
  tree: 0x5c9e57,
  /** Tree canopy, shade side. */
  treeDark: 0x47844a,
  /** Tree canopy, lit side. */
  treeLight: 0x7dbb6b,
  /** Fountains, canals. */
  water: 0x8ec8dd,
  /** Water ripples / shore. */
  waterDark: 0x6aaac4,
  /** Wood (benches, planters). */
  wood: 0xb7895a,
  /** Street furniture metal. */
  metal: 0x6d7480,
  /** Drop shadows: draw with `SHADOW_ALPHA`. */
  shadow: 0x1b1d24,
  /** The player's jacket: the only teal in the game. */
  playerTeal: 0x17b3a8,
  /** The player's marker ring. */
  playerRing: 0x0e8c84,
} as const;

/** The system's colours: screens, scanners, cameras, dispensers, posters. */
export const SystemColors = {
  /** Deep poster red. */
  red: 0xc8102e,
  /** Shaded red (bevels, pressed states). */
  redDark: 0x8f0b21,
  /** Signal yellow. */
  yellow: 0xffd100,
  /** Darker yellow for bevels. */
  yellowDark: 0xd9a900,
  /** Poster black (screens, housings, outlines of devices). */
  black: 0x17161a,
  /** Dark grey for screen glass and housing highlights. */
  charcoal: 0x2c2b31,
  /** Poster cream (paper, text on red). */
  cream: 0xf4ead2,
  /** Lamp green for "go" (traffic light). */
  go: 0x2fd07a,
  /** Unlit lamp. */
  unlit: 0x3a3a40,
} as const;

/** UI text and panels (DOM and Phaser text). */
export const UiColors = {
  /** Body text on light backgrounds. */
  text: 0x1f2328,
  /** Secondary text. */
  textMuted: 0x5b6370,
  /** Text on red / black system panels. */
  textOnSystem: 0xf4ead2,
  /** Light panel background. */
  panel: 0xfbf8f1,
  /** Focus ring for keyboard users (high contrast on light and dark). */
  focus: 0x1a5fd6,
} as const;

/** Alpha for `CityColors.shadow`. */
export const SHADOW_ALPHA = 0.22;

/** 0xRRGGBB → "#rrggbb". */
export function toCss(color: number): string {
  return `#${(color & 0xffffff).toString(16).padStart(6, '0')}`;
}

/** 0xRRGGBB + alpha → "rgba(r,g,b,a)". */
export function toRgba(color: number, alpha: number): string {
  return `rgba(${(color >> 16) & 255},${(color >> 8) & 255},${color & 255},${alpha})`;
}

type CssOf<T> = { readonly [K in keyof T]: string };

function cssOf<T extends Record<string, number>>(colors: T): CssOf<T> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(colors)) out[name] = toCss(value);
  return Object.freeze(out) as CssOf<T>;
}

/** The same colours as CSS strings ("#rrggbb"). */
export const CityCss = cssOf(CityColors);
export const SystemCss = cssOf(SystemColors);
export const UiCss = cssOf(UiColors);

/** The roof colour for a building kind (see `BuildingDef.kind`). */
export const RoofColors = {
  block: CityColors.roofBlock,
  shop: CityColors.roofShop,
  toilet: CityColors.roofToilet,
  hall: CityColors.roofHall,
  station: CityColors.roofStation,
  park: CityColors.grass,
} as const;

/**
 * Skin tones, light to dark: a wide, realistic range. People, portraits and
 * walkers all draw from this one list.
 */
export const SKIN_TONES = [
  '#f7dccb',
  '#f0c9a9',
  '#e6b690',
  '#d9a27a',
  '#c98d62',
  '#b47650',
  '#9a6242',
  '#7f4e33',
  '#643b26',
  '#4b2c1d',
] as const;

/** Natural hair colours (plus grey and white for older people). */
export const HAIR_COLORS = {
  black: '#1e1b1a',
  darkBrown: '#3a2a21',
  brown: '#5e3d26',
  auburn: '#7e3b1f',
  ginger: '#b45a2a',
  blonde: '#cfa86a',
  lightBlonde: '#e3c891',
  grey: '#9b9a98',
  white: '#e4e1db',
} as const;

/** Plain clothing colours for passers-by (no teal: the player's; no poster red/yellow: the system's). */
export const CLOTHING_COLORS = [
  '#34495e', // navy
  '#e2795b', // coral
  '#d9a441', // mustard
  '#7f9f80', // sage
  '#8b8fa3', // slate
  '#5b7fb8', // denim
  '#6b7d3a', // olive
  '#b5523b', // brick
  '#9d86b8', // lavender
  '#c9b79c', // sand
  '#3f6e52', // forest
  '#7d4b6b', // plum
  '#e8e4dc', // off-white
  '#8a6445', // brown
  '#a8c6df', // pale blue
  '#f08a4b', // orange
] as const;
