// Shapes of the two level files, as valibot schemas. They check types and
// ranges field by field; cross-references (fact IDs, station ids, tier order)
// are checked afterwards in validateLevel.ts, where the whole level is known.
import * as v from 'valibot';
import { PASSERS_BY_DEFAULTS, PLAYER_RADIUS_M } from './passersBy';
import { PLAYER_DEFAULTS } from './player';
import { PATROL_DEFAULTS } from './stations/patrol';

const MAX_TEXT = 200;

const id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be a short id in lower case (a-z, 0-9, -)'),
);
const factId = v.pipe(v.string(), v.regex(/^[FS]\d{2}$/, 'must be a fact id such as "F14"'));
const facts = v.pipe(v.array(factId), v.minLength(1, 'must name at least one fact'));
const coordinate = v.pipe(v.number(), v.finite('must be a finite number'));
const positive = v.pipe(v.number(), v.finite('must be a finite number'), v.gtValue(0, 'must be greater than 0'));
const nonNegative = v.pipe(v.number(), v.finite('must be a finite number'), v.minValue(0, 'must be 0 or more'));

const point = v.strictObject({ x: coordinate, y: coordinate });
const rect = v.strictObject({ x: coordinate, y: coordinate, w: positive, h: positive });

const stationBase = {
  id,
  place: id,
  area: rect,
  display: v.optional(point),
  facts,
};

const crossing = v.strictObject({
  ...stationBase,
  kind: v.literal('crossing'),
  params: v.strictObject({
    greenSeconds: positive,
    redSeconds: positive,
    offsetSeconds: nonNegative,
    waitSeconds: nonNegative,
  }),
});

const dispenser = v.strictObject({
  ...stationBase,
  kind: v.literal('dispenser'),
  params: v.strictObject({
    lengthCm: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1, 'must be at least 1')),
    cooldownSeconds: nonNegative,
  }),
});

const plaza = v.strictObject({
  ...stationBase,
  kind: v.literal('plaza'),
  params: v.strictObject({
    agents: v.pipe(
      v.number(),
      v.integer('must be a whole number'),
      v.minValue(0, 'must be 0 or more'),
      v.maxValue(5000, 'must be at most 5000'),
    ),
    flow: v.pipe(
      point,
      v.check(
        (p) => (Math.abs(p.x) === 1 && p.y === 0) || (p.x === 0 && Math.abs(p.y) === 1),
        'must point along one axis, e.g. {"x": -1, "y": 0}',
      ),
    ),
    counterFlowShare: v.pipe(v.number(), v.minValue(0, 'must be 0 or more'), v.maxValue(0.5, 'must be at most 0.5')),
    againstSeconds: positive,
    cooldownSeconds: nonNegative,
  }),
});

const goal = v.strictObject({
  ...stationBase,
  kind: v.literal('goal'),
  params: v.strictObject({}),
});

const share = v.pipe(v.number(), v.minValue(0, 'must be 0 or more'), v.maxValue(1, 'must be at most 1'));
const noParams = v.strictObject({});
const simple = (kind: 'gate' | 'clinic' | 'disguise' | 'gait' | 'billboard') =>
  v.strictObject({ ...stationBase, kind: v.literal(kind), params: noParams });

const patrol = v.strictObject({
  ...stationBase,
  kind: v.literal('patrol'),
  params: v.strictObject({
    speed: positive,
    viewRadius: positive,
    cooldownSeconds: nonNegative,
    // The rest may be left out: the defaults are the game's own patrol.
    viewHalfAngle: v.optional(
      v.pipe(positive, v.maxValue(Math.PI, 'must be at most 3.14 (π: the officer sees all around)')),
      PATROL_DEFAULTS.viewHalfAngle,
    ),
    chaseRadius: v.optional(nonNegative, PATROL_DEFAULTS.chaseRadius),
    chaseSpeedFactor: v.optional(
      v.pipe(positive, v.minValue(1, 'must be at least 1 (the officer must be able to catch up with the beat)'), v.maxValue(5, 'must be at most 5')),
      PATROL_DEFAULTS.chaseSpeedFactor,
    ),
    reportEverySeconds: v.optional(v.pipe(positive, v.maxValue(10, 'must be at most 10')), PATROL_DEFAULTS.reportEverySeconds),
  }),
});

const checkpoint = v.strictObject({
  ...stationBase,
  kind: v.literal('checkpoint'),
  params: v.strictObject({ searchShare: share, flagShare: share }),
});

const shop = v.strictObject({
  ...stationBase,
  kind: v.literal('shop'),
  params: v.strictObject({ delaySeconds: nonNegative }),
});

const lecture = v.strictObject({
  ...stationBase,
  kind: v.literal('lecture'),
  params: v.strictObject({ boredSeconds: positive, cooldownSeconds: nonNegative }),
});

const witness = v.strictObject({
  ...stationBase,
  kind: v.literal('witness'),
  params: v.strictObject({ reportSeconds: positive, offenceEverySeconds: positive }),
});

/** The player's walking; every field may be left out. */
const player = v.optional(
  v.strictObject({
    speed: v.optional(
      v.pipe(v.number(), v.finite('must be a finite number'), v.minValue(30, 'must be at least 30'), v.maxValue(600, 'must be at most 600')),
      PLAYER_DEFAULTS.speed,
    ),
  }),
  {},
);

/** Passers-by's scores and how they avoid a low-graded player; every field may be left out. */
const passersBy = v.optional(
  v.strictObject({
    scoreCentre: v.optional(coordinate, PASSERS_BY_DEFAULTS.scoreCentre),
    scoreSpread: v.optional(nonNegative, PASSERS_BY_DEFAULTS.scoreSpread),
    avoidRadiusM: v.optional(
      v.pipe(
        v.number(),
        v.finite('must be a finite number'),
        v.minValue(PLAYER_RADIUS_M, `must be at least ${PLAYER_RADIUS_M} (the room anyone is given)`),
        v.maxValue(10, 'must be at most 10'),
      ),
      PASSERS_BY_DEFAULTS.avoidRadiusM,
    ),
    stepAwayPx: v.optional(v.pipe(nonNegative, v.maxValue(2000, 'must be at most 2000')), PASSERS_BY_DEFAULTS.stepAwayPx),
    stepAwaySpeedFactor: v.optional(
      v.pipe(positive, v.minValue(1, 'must be at least 1'), v.maxValue(5, 'must be at most 5')),
      PASSERS_BY_DEFAULTS.stepAwaySpeedFactor,
    ),
  }),
  {},
);

export const districtSchema = v.strictObject({
  id,
  name: id,
  dayLengthSeconds: v.pipe(v.number(), v.minValue(30, 'must be at least 30'), v.maxValue(3600, 'must be at most 3600')),
  clock: v.strictObject({
    startMinute: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must be 0 or more'), v.maxValue(1439, 'must be at most 1439')),
    endMinute: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1, 'must be at least 1'), v.maxValue(1440, 'must be at most 1440')),
  }),
  map: v.strictObject({
    width: v.pipe(positive, v.maxValue(20000, 'must be at most 20000')),
    height: v.pipe(positive, v.maxValue(20000, 'must be at most 20000')),
  }),
  spawn: point,
  streetWalkers: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must be 0 or more'), v.maxValue(1000, 'must be at most 1000')),
  roads: v.array(rect),
  buildings: v.array(
    v.strictObject({
      x: coordinate,
      y: coordinate,
      w: positive,
      h: positive,
      kind: v.picklist(['block', 'shop', 'toilet', 'hall', 'station', 'park']),
      sign: v.optional(id),
    }),
  ),
  stations: v.pipe(v.array(v.variant('kind', [
      crossing,
      dispenser,
      plaza,
      goal,
      simple('gate'),
      patrol,
      checkpoint,
      simple('clinic'),
      shop,
      lecture,
      simple('disguise'),
      simple('gait'),
      witness,
      simple('billboard'),
    ])), v.minLength(1, 'must list at least one station')),
  errands: v.array(v.strictObject({ id, station: id })),
  finalErrand: v.optional(id),
  player,
  passersBy,
});

export const catalogueSchema = v.strictObject({
  version: v.literal(1),
  score: v.strictObject({ start: coordinate, min: coordinate, max: coordinate }),
  tiers: v.pipe(
    v.array(v.strictObject({ id, min: coordinate, sanctions: v.array(id), facts })),
    v.minLength(2, 'must list at least two tiers'),
  ),
  sanctions: v.array(
    v.strictObject({
      id,
      effect: v.picklist([
        'public-listing',
        'refuse-paper',
        'close-gate',
        'police-attention',
        'search-phone',
        'slow-service',
        'npcs-avoid',
      ]),
      facts,
    }),
  ),
  sensors: v.array(v.strictObject({ id, operator: id, facts })),
  actions: v.array(
    v.strictObject({
      id,
      delta: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(-1000, 'must be at least -1000'), v.maxValue(1000, 'must be at most 1000')),
      sensor: id,
      data: v.array(v.pipe(id, v.maxLength(MAX_TEXT))),
      effects: v.array(id),
      facts,
    }),
  ),
  endings: v.pipe(
    v.array(
      v.strictObject({
        id,
        if: v.strictObject({
          recordOf: v.optional(id),
          errandFailed: v.optional(id),
          tierAtLeast: v.optional(id),
          allErrandsDone: v.optional(v.boolean()),
        }),
      }),
    ),
    v.minLength(1, 'must list at least one ending'),
  ),
});
