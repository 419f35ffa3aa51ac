// Plain, JSON-serialisable shapes shared by the rules core, the store and the views.
// Nothing here imports Phaser, zustand or the DOM.

/** `F01`–`F32` from the shared catalogue; `S01`… are the game's own satire (kind `fiction`). */
export type FactId = string;

/** A rectangle in world pixels (top-left corner, width, height). */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Point {
  x: number;
  y: number;
}

// ---------------------------------------------------------------- catalogue

/** Named tier (grade). Tiers are listed best first; `min` is the lowest score still in the tier. */
export interface TierDef {
  id: string;
  min: number;
  /** Sanctions switched on while the player is in this tier. */
  sanctions: string[];
  facts: FactId[];
}

/**
 * What a sanction does in the game. The vocabulary is code (each effect is
 * implemented somewhere); which tier switches which sanction on is data.
 */
export type SanctionEffect =
  | 'public-listing' // the player's face joins the billboard's "untrustworthy" list
  | 'refuse-paper' // the dispenser refuses paper altogether
  | 'close-gate' // face gates stay shut
  | 'police-attention' // patrols approach and check
  | 'search-phone' // phones get read at checkpoints
  | 'slow-service' // shops and counters make you wait
  | 'npcs-avoid'; // passers-by step away

export interface SanctionDef {
  id: string;
  effect: SanctionEffect;
  facts: FactId[];
}

/** Who runs a sensor; the name is a text key (`operator.<id>`). */
export interface SensorDef {
  id: string;
  operator: string;
  facts: FactId[];
}

/**
 * One thing the city can record about the player: its points, the sensor
 * that saw it, what data was taken, what it shows in the scene and which
 * facts it rests on. Text lives under `action.<id>.*` in the translations.
 */
export interface ActionDef {
  id: string;
  delta: number;
  sensor: string;
  data: string[];
  effects: string[];
  facts: FactId[];
}

/** Conditions for an ending; all given ones must hold. The first ending that matches is the player's. */
export interface EndingCondition {
  recordOf?: string;
  errandFailed?: string;
  tierAtLeast?: string;
  allErrandsDone?: boolean;
}

export interface EndingDef {
  id: string;
  if: EndingCondition;
}

export interface Catalogue {
  version: number;
  score: { start: number; min: number; max: number };
  tiers: TierDef[];
  sanctions: SanctionDef[];
  sensors: SensorDef[];
  actions: ActionDef[];
  /** Listed in order of precedence; the last should have no conditions. */
  endings: EndingDef[];
}

// ---------------------------------------------------------------- district

export type StationKind =
  | 'crossing'
  | 'dispenser'
  | 'plaza'
  | 'goal'
  | 'gate'
  | 'patrol'
  | 'checkpoint'
  | 'clinic'
  | 'shop'
  | 'lecture'
  | 'disguise'
  | 'gait'
  | 'witness'
  | 'billboard';

export interface CrossingParams {
  greenSeconds: number;
  redSeconds: number;
  /** Offset into the cycle at day start, so lights in one district differ. */
  offsetSeconds: number;
  /** Standing at the kerb on red at least this long, then crossing on green, earns the reward. */
  waitSeconds: number;
}

export interface DispenserParams {
  lengthCm: number;
  cooldownSeconds: number;
}

export interface PlazaParams {
  agents: number;
  /** Unit direction of the main flow, e.g. {x: 1, y: 0} for eastwards. */
  flow: Point;
  /** Share of walkers going the other way (they form lanes). */
  counterFlowShare: number;
  againstSeconds: number;
  cooldownSeconds: number;
}

export interface PatrolParams {
  /** Walking speed along the beat (px/s). */
  speed: number;
  /** How far the camera glasses see (px); F11 claims 50 m = 1000 px. */
  viewRadius: number;
  cooldownSeconds: number;
  /** Half the opening of the glasses' view cone, in radians either side of the heading. */
  viewHalfAngle: number;
  /** With the police-attention sanction, the officer comes for a player closer than this (px). */
  chaseRadius: number;
  /** The officer walks at most speed × this, to catch up with the beat or with the player. */
  chaseSpeedFactor: number;
  /** Least seconds between two sightings the glasses pass on (the rules' cooldown decides what counts). */
  reportEverySeconds: number;
}

export interface CheckpointParams {
  /** Share of passers-by whose phone is read (a tier sanction makes it everyone). */
  searchShare: number;
  /** Share of searched phones in which the scanner "finds" something. */
  flagShare: number;
}

export interface ShopParams {
  /** With the slow-service sanction, how long you wait before you may pay. */
  delaySeconds: number;
}

export interface LectureParams {
  /** Seconds in the hall without looking attentive before boredom is reported. */
  boredSeconds: number;
  /** Least seconds between two emotion readings that count. */
  cooldownSeconds: number;
}

export interface WitnessParams {
  /** Seconds after an offence during which the player can report the driver. */
  reportSeconds: number;
  /** Seconds between two traffic offences the scene stages. */
  offenceEverySeconds: number;
}

interface StationBase {
  id: string;
  /** Text key of the place name shown in records (`place.<id>`). */
  place: string;
  /** Where the station's trigger area is, in world pixels. */
  area: Rect;
  /** Where the station's device stands (monitor, dispenser, screen), if it has one. */
  display?: Point;
  facts: FactId[];
}

export type StationDef =
  | (StationBase & { kind: 'crossing'; params: CrossingParams })
  | (StationBase & { kind: 'dispenser'; params: DispenserParams })
  | (StationBase & { kind: 'plaza'; params: PlazaParams })
  | (StationBase & { kind: 'goal'; params: Record<string, never> })
  | (StationBase & { kind: 'gate'; params: Record<string, never> })
  | (StationBase & { kind: 'patrol'; params: PatrolParams })
  | (StationBase & { kind: 'checkpoint'; params: CheckpointParams })
  | (StationBase & { kind: 'clinic'; params: Record<string, never> })
  | (StationBase & { kind: 'shop'; params: ShopParams })
  | (StationBase & { kind: 'lecture'; params: LectureParams })
  | (StationBase & { kind: 'disguise'; params: Record<string, never> })
  | (StationBase & { kind: 'gait'; params: Record<string, never> })
  | (StationBase & { kind: 'witness'; params: WitnessParams })
  | (StationBase & { kind: 'billboard'; params: Record<string, never> });

export type StationOf<K extends StationKind> = Extract<StationDef, { kind: K }>;

export interface ErrandDef {
  id: string;
  /** The errand is done when the player reaches this station (or uses it). */
  station: string;
}

export interface BuildingDef extends Rect {
  /** Text key of a sign shown on the roof (`sign.<id>`), optional. */
  sign?: string;
  kind: 'block' | 'shop' | 'toilet' | 'hall' | 'station' | 'park';
}

export interface DistrictDef {
  id: string;
  /** Text key of the district's name. */
  name: string;
  dayLengthSeconds: number;
  /** In-world clock at the start and end of the day, in minutes after midnight. */
  clock: { startMinute: number; endMinute: number };
  map: { width: number; height: number };
  spawn: Point;
  roads: Rect[];
  buildings: BuildingDef[];
  stations: StationDef[];
  errands: ErrandDef[];
  /** When this errand is done or failed, the day is over (catching the train home). */
  finalErrand?: string;
  /** Pedestrians walking the pavements outside the plaza. */
  streetWalkers: number;
  /** The player's walking (default: see PLAYER_DEFAULTS in core/player.ts). */
  player: PlayerParams;
  /** Everyone else in the street and on the plaza (default: PASSERS_BY_DEFAULTS in core/passersBy.ts). */
  passersBy: PassersByParams;
}

export interface PlayerParams {
  /** Walking speed (px/s); the tracker's "standing" and "walking" thresholds are shares of it. */
  speed: number;
}

export interface PassersByParams {
  /** The middle of passers-by's public scores (F03). */
  scoreCentre: number;
  /** How far passers-by's scores spread: evenly over centre ± spread / 2. */
  scoreSpread: number;
  /** With the npcs-avoid sanction, the plaza crowd keeps this far from the player (m). */
  avoidRadiusM: number;
  /** With the npcs-avoid sanction, people on the pavement closer than this step away (px). */
  stepAwayPx: number;
  /** How much faster than their stroll they step away. */
  stepAwaySpeedFactor: number;
}

export interface Level {
  district: DistrictDef;
  catalogue: Catalogue;
}

// ---------------------------------------------------------------- events

/**
 * What the player did, as reported by a view. `t` is seconds since the day
 * started. The core decides what each event costs.
 */
export type PlayerEvent =
  | { type: 'tick'; t: number }
  | { type: 'crossed'; t: number; station: string; waited: number }
  | { type: 'requested'; t: number; station: string }
  | { type: 'againstFlow'; t: number; station: string; seconds: number }
  | { type: 'arrived'; t: number; station: string }
  /** Something at the station noticed the player (a patrol's glasses, a traffic offence nearby). */
  | { type: 'seen'; t: number; station: string }
  /** The player stayed at the station this long without doing what it expects (look attentive). */
  | { type: 'lingered'; t: number; station: string; seconds: number }
  | { type: 'ended'; t: number; reason: EndReason };

// ---------------------------------------------------------------- state

/** An entry in the dossier: what the city wrote down about the player. */
export interface CityRecord {
  seq: number;
  t: number;
  station: string;
  place: string;
  action: string;
  sensor: string;
  operator: string;
  data: string[];
  delta: number;
  scoreAfter: number;
  facts: FactId[];
  /** Extra values for the record's text, e.g. `{ cm: 60 }`. */
  vars: Record<string, string | number>;
}

/** A change the views should show at once; not everything is a record. */
/** Why a day ended: the clock ran out, the player ended it, or the last errand was settled. */
export type EndReason = 'clock' | 'player' | 'errands';

export type CoreNotice =
  | { type: 'RecordMade'; record: CityRecord }
  | { type: 'TierChanged'; from: string; to: string; t: number }
  | { type: 'SanctionImposed'; sanction: string; t: number }
  | { type: 'SanctionLifted'; sanction: string; t: number }
  | { type: 'ErrandDone'; errand: string; t: number }
  | { type: 'ErrandFailed'; errand: string; t: number }
  | { type: 'DayEnded'; reason: EndReason; t: number };

export type ErrandStatus = 'open' | 'done' | 'failed';

export interface Citizen {
  givenName: number;
  familyName: number;
  street: number;
  houseNumber: number;
  faceSeed: number;
}

export interface StationMemory {
  lastAt: number | null;
  count: number;
}

export interface DayState {
  levelId: string;
  seed: number;
  rng: number;
  clock: number;
  ended: boolean;
  endReason: EndReason | null;
  score: number;
  tier: string;
  sanctions: string[];
  records: CityRecord[];
  /** Score after every change, for the chart in the debrief. */
  history: { t: number; score: number }[];
  memory: Record<string, StationMemory>;
  errands: Record<string, ErrandStatus>;
  citizen: Citizen;
  /** Wearing a mask and hat from the disguise stall (gait recognition sees through it). */
  disguised: boolean;
}

export interface StepResult {
  state: DayState;
  notices: CoreNotice[];
}
