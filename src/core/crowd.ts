// Plaza crowd: a social-force pedestrian model (Helbing & Molnár 1995, with
// the elliptical repulsion of Johansson & Helbing 2007) in plain TypeScript.
//
// Why this shape:
// - Everything lives in typed arrays owned by one plain object, and a step
//   allocates nothing, so the game can run thousands of walkers at 60 Hz
//   without garbage-collector pauses.
// - Neighbours are found with a uniform grid whose cells are at least as wide
//   as the interaction cutoff, so a walker only has to look at the 3 × 3 cells
//   around its own. The cell lists are rebuilt every step with a counting sort
//   (count per cell, prefix sums, scatter), which is cheaper than keeping
//   linked lists up to date and leaves the walkers of one cell next to each
//   other in memory.
// - Repulsion is shaped by the RELATIVE velocity of the two walkers. In the
//   1995 form the ellipse follows only the other walker's own motion, so
//   someone you follow at the same speed repels you much like someone coming
//   at you, and in practice no lanes formed and bodies came within 4 cm.
//   With the relative form, walkers in the same stream barely disturb each
//   other while oncoming walkers are dodged early, and every dodge moves a
//   walker sideways into calmer company: that is what sorts a counter-flow
//   into lanes.
// - The flow axis is periodic (a walker leaving at one end comes back at the
//   other) so a small plaza behaves like a slice of an endless street. The
//   neighbour search wraps too, otherwise two walkers either side of the seam
//   would not see each other and could overlap.
//
// Units: metres, seconds; forces are accelerations (m/s²), i.e. per unit mass.

import { Random } from './rng';

export interface CrowdOptions {
  /** Metres, x extent of the plaza. */
  width: number;
  /** Metres, y extent of the plaza. */
  height: number;
  /** Number of walkers. */
  count: number;
  /** Unit vector of the main flow; axis-aligned: (±1, 0) or (0, ±1). */
  flow: { x: number; y: number };
  /** 0..0.5: share of walkers going the opposite way. */
  counterFlowShare: number;
  seed: number;
  /** Mean desired speed in m/s (default 1.3); each walker varies ±15 %. */
  desiredSpeed?: number;
  /** Body radius in metres (default 0.25). */
  radius?: number;
}

/** The player as seen by the crowd: an obstacle walkers avoid but never move (radius defaults to 0.35 m). */
export interface CrowdPlayer {
  active: boolean;
  x: number;
  y: number;
  vx: number;
  vy: number;
  radius: number;
}

export interface Crowd {
  readonly options: Required<CrowdOptions>;
  readonly count: number;
  x: Float32Array;
  y: Float32Array;
  vx: Float32Array;
  vy: Float32Array;
  /** +1 walks with the flow, -1 against it. */
  dir: Int8Array;
  /** Each walker's desired speed (m/s). */
  speed: Float32Array;
  player: CrowdPlayer;
  /** Simulated seconds so far. */
  time: number;
  /** Internal: the uniform grid and scratch buffers (do not touch). */
  readonly grid: CrowdGrid;
  /**
   * Internal: a one-cell "grid" holding everyone, for the all-pairs
   * reference. Running the very same pair loop over it visits every pair,
   * so grid and reference differ only in which pairs they find.
   */
  readonly flat: CrowdGrid;
}

/** Grid and scratch buffers, all allocated once in createCrowd. */
export interface CrowdGrid {
  /** Cells along x and y, and their size (≥ the interaction cutoff). */
  readonly nx: number;
  readonly ny: number;
  readonly cellW: number;
  readonly cellH: number;
  /** First sorted slot of each cell; cellStart[c + 1] is one past its last. */
  readonly cellStart: Int32Array;
  /** Write cursor per cell while sorting. */
  readonly cursor: Int32Array;
  /** Cell of each walker (by walker index). */
  readonly cellOf: Int32Array;
  /** Walker index stored in each sorted slot. */
  readonly order: Int32Array;
  /**
   * x, y, vx, vy of each sorted slot, interleaved (slot q at 4q..4q+3): the
   * inner loop reads a whole neighbour from one cache line, and walkers of
   * neighbouring cells sit next to each other in memory.
   */
  readonly state: Float32Array;
  readonly sdir: Int8Array;
  /**
   * For each cell, the neighbour cells with a HIGHER index (wrap-around
   * included), merged into runs of consecutive indices. Run k of cell c is
   * cells runs[2k] .. runs[2k + 1] (inclusive), for k from runStart[c] to
   * runStart[c + 1] − 1. Because the cells of a row are stored one after
   * the other, a run is one contiguous slice of the sorted state. Each
   * unordered pair of cells appears exactly once, so every pair of walkers
   * is visited once and both get their force.
   */
  readonly runs: Int32Array;
  readonly runStart: Int32Array;
  /** Pair-force sums by sorted slot, interleaved (fx, fy at 2q, 2q+1). */
  readonly pair: Float64Array;
  /** Force scratch used by stepCrowd. */
  readonly fx: Float32Array;
  readonly fy: Float32Array;
}

// ------------------------------------------------------------------ tuning

/** Time (s) a walker takes to get back to its desired velocity. */
const RELAXATION_TIME = 0.5;
/** Walkers further apart than this (m) ignore each other; also the minimum cell size. */
const CUTOFF = 2;
const CUTOFF_SQ = CUTOFF * CUTOFF;
/** Strength (m/s²) and range (m) of the walker–walker potential. */
const REPULSION_A = 3;
const REPULSION_B = 0.35;
/**
 * How far ahead (s) the relative motion is projected when shaping the
 * ellipse. Longer makes oncoming walkers dodge earlier; 0.8 s formed lanes
 * fastest in a sweep over 0.3–1.2 s.
 */
const LOOKAHEAD = 0.8;
// No field-of-view weight: a sweep with walkers behind counting 10–80 % of
// those ahead formed lanes more slowly and less reliably than counting
// everyone fully. Without it the pair force is exactly antisymmetric, so one
// evaluation serves both walkers of a pair.
/** Body contact: a stiff spring once two bodies overlap (s⁻²). */
const CONTACT_K = 300;
/** Wall repulsion (m/s², m). */
const WALL_A = 6;
const WALL_B = 0.2;
/** The player obstacle: stronger and longer-ranged than a walker, so the stream parts early. */
const PLAYER_A = 10;
const PLAYER_B = 0.5;
/** Sideways nudge (m/s²) around a player in the way; see ownForces. */
const PLAYER_STEER = 4;
/** Beyond this distance (m, centre to centre minus radii) the player is ignored. */
const PLAYER_RANGE = 3;
/** Walkers never go faster than this factor times their desired speed. */
const MAX_SPEED_FACTOR = 1.3;
/** Longest sub-step (s): larger frame times are split so the contact spring stays stable. */
const MAX_SUBSTEP = 0.05;
/** Guard against b → 0 in the elliptical potential (m). */
const MIN_B = 0.02;

// exp(-t) from a table with linear interpolation. The potentials only need
// exp of a negative argument in a bounded range (beyond the cutoff the force
// is dropped anyway); a table read is several times cheaper than Math.exp and
// its error (< 1e-5 relative) is far below the model's own uncertainty.
const EXP_RANGE = 12;
const EXP_STEPS = 2048;
const EXP_SCALE = EXP_STEPS / EXP_RANGE;
const EXP_TABLE = (() => {
  const table = new Float64Array(EXP_STEPS + 2);
  for (let i = 0; i < table.length; i++) table[i] = Math.exp(-i / EXP_SCALE);
  return table;
})();

/** exp(-t) for t ≥ 0 (returns 0 beyond EXP_RANGE). */
function expNeg(t: number): number {
  if (t >= EXP_RANGE) return 0;
  const u = t * EXP_SCALE;
  const i = u | 0;
  const a = EXP_TABLE[i] as number;
  return a + ((EXP_TABLE[i + 1] as number) - a) * (u - i);
}

// Math.sqrt stays: V8 compiles it to a single hardware instruction, and any
// bit-trick approximation would cost as much while losing accuracy.

// ------------------------------------------------------------------ set-up

export function createCrowd(options: CrowdOptions): Crowd {
  const opts: Required<CrowdOptions> = {
    desiredSpeed: 1.3,
    radius: 0.25,
    ...options,
    flow: { x: Math.sign(options.flow.x), y: Math.sign(options.flow.y) },
  };
  const { width, height, count, radius } = opts;
  if (!(width > 0 && height > 0)) throw new Error('crowd: plaza must have a positive size');
  if (!Number.isInteger(count) || count < 0) throw new Error('crowd: count must be a whole number ≥ 0');
  if (Math.abs(opts.flow.x) + Math.abs(opts.flow.y) !== 1) {
    throw new Error('crowd: flow must be axis-aligned, (±1, 0) or (0, ±1)');
  }
  const share = Math.min(0.5, Math.max(0, opts.counterFlowShare));
  opts.counterFlowShare = share;

  const rng = new Random(opts.seed);
  const x = new Float32Array(count);
  const y = new Float32Array(count);
  const vx = new Float32Array(count);
  const vy = new Float32Array(count);
  const dir = new Int8Array(count);
  const speed = new Float32Array(count);

  // Jittered grid over the walkable area (walls keep a body radius free):
  // spacing from the area per walker, so walkers start evenly spread and,
  // at any sane density, without overlapping.
  const alongX = opts.flow.x !== 0;
  const minX = alongX ? 0 : radius;
  const maxX = alongX ? width : width - radius;
  const minY = alongX ? radius : 0;
  const maxY = alongX ? height - radius : height;
  const areaW = Math.max(maxX - minX, 1e-3);
  const areaH = Math.max(maxY - minY, 1e-3);
  const spacing = Math.sqrt((areaW * areaH) / Math.max(count, 1));
  const cols = Math.max(1, Math.round(areaW / spacing));
  const rows = Math.max(1, Math.ceil(count / cols));
  const slots = cols * rows;
  const cellW = areaW / cols;
  const cellH = areaH / rows;
  // Pick `count` of the slots at random (partial Fisher–Yates), so a
  // partly-filled last row does not leave a visible gap at one wall.
  const slotOrder = new Int32Array(slots);
  for (let i = 0; i < slots; i++) slotOrder[i] = i;
  for (let i = 0; i < count; i++) {
    const j = i + rng.int(slots - i);
    const t = slotOrder[i] as number;
    slotOrder[i] = slotOrder[j] as number;
    slotOrder[j] = t;
  }
  const jitterX = Math.max(0, (cellW - 2 * radius) * 0.5);
  const jitterY = Math.max(0, (cellH - 2 * radius) * 0.5);
  for (let i = 0; i < count; i++) {
    const s = slotOrder[i] as number;
    const c = s % cols;
    const r = (s - c) / cols;
    x[i] = minX + (c + 0.5) * cellW + rng.range(-jitterX, jitterX);
    y[i] = minY + (r + 0.5) * cellH + rng.range(-jitterY, jitterY);
  }

  // Exactly round(count × share) walkers go against the flow, chosen at
  // random so both streams start well mixed (lane order near chance).
  const against = Math.round(count * share);
  const walkerOrder = new Int32Array(count);
  for (let i = 0; i < count; i++) walkerOrder[i] = i;
  for (let i = 0; i < against; i++) {
    const j = i + rng.int(count - i);
    const t = walkerOrder[i] as number;
    walkerOrder[i] = walkerOrder[j] as number;
    walkerOrder[j] = t;
  }
  dir.fill(1);
  for (let i = 0; i < against; i++) dir[walkerOrder[i] as number] = -1;

  for (let i = 0; i < count; i++) {
    const v0 = opts.desiredSpeed * rng.range(0.85, 1.15);
    speed[i] = v0;
    const d = dir[i] as number;
    vx[i] = d * opts.flow.x * v0;
    vy[i] = d * opts.flow.y * v0;
  }

  const crowd: Crowd = {
    options: opts,
    count,
    x,
    y,
    vx,
    vy,
    dir,
    speed,
    player: { active: false, x: 0, y: 0, vx: 0, vy: 0, radius: 0.35 },
    time: 0,
    grid: createGrid(Math.max(1, Math.floor(width / CUTOFF)), Math.max(1, Math.floor(height / CUTOFF)), width, height, count, alongX),
    flat: createGrid(1, 1, width, height, count, alongX),
  };
  wrapAndClamp(crowd);
  return crowd;
}

function createGrid(nx: number, ny: number, width: number, height: number, count: number, periodicX: boolean): CrowdGrid {
  const nCells = nx * ny;
  // Neighbouring columns (or rows) of an index, wrapping on the periodic
  // axis. With fewer than three of them the wrapped block would name a
  // column twice, so duplicates are dropped. (Set-up only: plain arrays are
  // fine here.)
  const around = (c: number, n: number, periodic: boolean): number[] => {
    const out: number[] = [];
    for (let d = -1; d <= 1; d++) {
      let k = c + d;
      if (k < 0 || k >= n) {
        if (!periodic) continue;
        k = (k + n) % n;
      }
      if (!out.includes(k)) out.push(k);
    }
    return out;
  };
  const runList: number[] = [];
  const runStart = new Int32Array(nCells + 1);
  for (let cy = 0; cy < ny; cy++) {
    for (let cx = 0; cx < nx; cx++) {
      const c = cy * nx + cx;
      const higher: number[] = [];
      for (const ry of around(cy, ny, !periodicX)) {
        for (const rx of around(cx, nx, periodicX)) {
          const nc = ry * nx + rx;
          if (nc > c) higher.push(nc);
        }
      }
      higher.sort((p, q) => p - q);
      runStart[c] = runList.length / 2;
      for (const cell of higher) {
        const last = runList.length - 1;
        if (runList.length / 2 > (runStart[c] as number) && runList[last] === cell - 1) runList[last] = cell;
        else runList.push(cell, cell);
      }
    }
  }
  runStart[nCells] = runList.length / 2;
  return {
    nx,
    ny,
    cellW: width / nx,
    cellH: height / ny,
    cellStart: new Int32Array(nCells + 1),
    cursor: new Int32Array(nCells),
    cellOf: new Int32Array(count),
    order: new Int32Array(count),
    state: new Float32Array(count * 4),
    sdir: new Int8Array(count),
    runs: Int32Array.from(runList),
    runStart,
    pair: new Float64Array(count * 2),
    fx: new Float32Array(count),
    fy: new Float32Array(count),
  };
}

/**
 * Activates the player obstacle at (x, y) moving with (vx, vy), in plaza
 * metres. Call it every frame before stepCrowd; the velocity lets walkers
 * dodge a moving player early instead of bumping into it.
 */
export function setPlayer(
  crowd: Crowd,
  x: number,
  y: number,
  vx: number,
  vy: number,
  radius: number = crowd.player.radius,
): void {
  const p = crowd.player;
  p.active = true;
  p.radius = radius;
  p.x = x;
  p.y = y;
  p.vx = vx;
  p.vy = vy;
}

/** Removes the player obstacle (walkers no longer avoid it). */
export function clearPlayer(crowd: Crowd): void {
  crowd.player.active = false;
}

// ------------------------------------------------------------------ grid

/**
 * Counting sort of the walkers into the cells of g, copying positions,
 * velocities and directions into sorted order. Allocation-free.
 */
export function rebuildGrid(crowd: Crowd, g: CrowdGrid = crowd.grid): void {
  const { nx, ny, cellW, cellH, cellStart, cursor, cellOf, order, state, sdir } = g;
  const { x, y, vx, vy, dir, count } = crowd;
  const nCells = nx * ny;
  const invW = 1 / cellW;
  const invH = 1 / cellH;
  cellStart.fill(0);
  for (let i = 0; i < count; i++) {
    let cx = ((x[i] as number) * invW) | 0;
    let cy = ((y[i] as number) * invH) | 0;
    if (cx < 0) cx = 0;
    else if (cx >= nx) cx = nx - 1;
    if (cy < 0) cy = 0;
    else if (cy >= ny) cy = ny - 1;
    const c = cy * nx + cx;
    cellOf[i] = c;
    cellStart[c + 1] = (cellStart[c + 1] as number) + 1;
  }
  for (let c = 0; c < nCells; c++) {
    cellStart[c + 1] = (cellStart[c] as number) + (cellStart[c + 1] as number);
    cursor[c] = cellStart[c] as number;
  }
  for (let i = 0; i < count; i++) {
    const c = cellOf[i] as number;
    const slot = cursor[c] as number;
    cursor[c] = slot + 1;
    order[slot] = i;
    const o = slot * 4;
    state[o] = x[i] as number;
    state[o + 1] = y[i] as number;
    state[o + 2] = vx[i] as number;
    state[o + 3] = vy[i] as number;
    sdir[slot] = dir[i] as number;
  }
}

// ------------------------------------------------------------------ forces

/**
 * Pair forces for every walker in g (which rebuildGrid has just filled),
 * summed into g.pair by sorted slot.
 *
 * Each unordered pair is evaluated once: the walkers later in the own cell,
 * then the higher neighbour cells. That works because the base force is
 * antisymmetric: swapping a and b flips d, y and u = d − y, which leaves the
 * ellipse's semi-axis b unchanged and flips the direction (d̂ + û); the
 * contact spring is symmetric anyway.
 *
 * Everything is in one function on purpose: V8 boxes a double passed to a
 * function it does not inline, or kept in a module-level variable, i.e. it
 * allocates. A first version with a helper called for every pair spent most
 * of its time on that and was 2–3× slower.
 */
function pairForces(crowd: Crowd, g: CrowdGrid): void {
  const { cellStart, state, runs, runStart, pair } = g;
  const nCells = g.nx * g.ny;
  const { width, height, flow, radius } = crowd.options;
  // Minimum image along the periodic axis; Infinity on the walled axis, so
  // that test never fires there.
  const halfW = flow.x !== 0 ? width * 0.5 : Infinity;
  const halfH = flow.y !== 0 ? height * 0.5 : Infinity;
  const contact = 2 * radius;
  pair.fill(0);
  for (let c = 0; c < nCells; c++) {
    const first = cellStart[c] as number;
    const last = cellStart[c + 1] as number;
    if (first === last) continue;
    const runFirst = runStart[c] as number;
    const runEnd = runStart[c + 1] as number;
    for (let p = first; p < last; p++) {
      const xi = state[4 * p] as number;
      const yi = state[4 * p + 1] as number;
      const vxi = state[4 * p + 2] as number;
      const vyi = state[4 * p + 3] as number;
      let fx = 0;
      let fy = 0;
      // First the rest of the own cell, then each run of higher cells.
      let qFrom = p + 1;
      let qTo = last;
      for (let k = runFirst; ; k++) {
        for (let q = qFrom; q < qTo; q++) {
          // d = r_a − r_b
          const o = 4 * q;
          let dx = xi - (state[o] as number);
          let dy = yi - (state[o + 1] as number);
          if (dx > halfW) dx -= width;
          else if (dx < -halfW) dx += width;
          if (dy > halfH) dy -= height;
          else if (dy < -halfH) dy += height;
          const d2 = dx * dx + dy * dy;
          if (!(d2 < CUTOFF_SQ && d2 > 0)) continue;
          const dn = Math.sqrt(d2);
          // Elliptical specification II (Johansson & Helbing 2007):
          // y = (v_b − v_a)·Δt; the equipotential lines are ellipses with
          // foci at b and at b shifted by y, so someone coming straight at a
          // counts as much closer than someone drifting alongside.
          const yx = ((state[o + 2] as number) - vxi) * LOOKAHEAD;
          const yy = ((state[o + 3] as number) - vyi) * LOOKAHEAD;
          const ux = dx - yx;
          const uy = dy - yy;
          const un = Math.sqrt(ux * ux + uy * uy);
          const sum = dn + un;
          const disc = sum * sum - (yx * yx + yy * yy);
          let b = disc > 0 ? 0.5 * Math.sqrt(disc) : 0;
          if (b < MIN_B) b = MIN_B;
          // f = −∇_d V(b), V = A·B·exp(−b/B):  A·exp(−b/B) · s/(4b) · (d̂ + û)
          // with exp from the table (an inlined copy of expNeg).
          const t = b * (EXP_SCALE / REPULSION_B);
          let e = 0;
          if (t < EXP_STEPS) {
            const ti = t | 0;
            const e0 = EXP_TABLE[ti] as number;
            e = e0 + ((EXP_TABLE[ti + 1] as number) - e0) * (t - ti);
          }
          const invDn = 1 / dn;
          const invUn = un > 1e-9 ? 1 / un : 0;
          const mag = (REPULSION_A * 0.25 * e * sum) / b;
          // Bodies that touch also push apart like a stiff spring.
          const push = dn < contact ? CONTACT_K * (contact - dn) * invDn : 0;
          const pairX = mag * (dx * invDn + ux * invUn) + push * dx;
          const pairY = mag * (dy * invDn + uy * invUn) + push * dy;
          fx += pairX;
          fy += pairY;
          pair[2 * q] = (pair[2 * q] as number) - pairX;
          pair[2 * q + 1] = (pair[2 * q + 1] as number) - pairY;
        }
        if (k >= runEnd) break;
        qFrom = cellStart[runs[2 * k] as number] as number;
        qTo = cellStart[(runs[2 * k + 1] as number) + 1] as number;
      }
      pair[2 * p] = (pair[2 * p] as number) + fx;
      pair[2 * p + 1] = (pair[2 * p + 1] as number) + fy;
    }
  }
}

/**
 * Adds each walker's own forces (driving, walls, player) to the pair sums of
 * g and writes the totals to outFx/outFy by walker index.
 */
function ownForces(crowd: Crowd, g: CrowdGrid, outFx: Float32Array, outFy: Float32Array): void {
  const { order, state, sdir, pair } = g;
  const { speed, count } = crowd;
  const { width, height, flow, radius } = crowd.options;
  const flowX = flow.x;
  const flowY = flow.y;
  const alongX = flowX !== 0;
  const p = crowd.player;
  const active = p.active;
  const reach = radius + p.radius;
  const range = reach + PLAYER_RANGE;
  const invTau = 1 / RELAXATION_TIME;
  for (let s = 0; s < count; s++) {
    const i = order[s] as number;
    const xi = state[4 * s] as number;
    const yi = state[4 * s + 1] as number;
    const vxi = state[4 * s + 2] as number;
    const vyi = state[4 * s + 3] as number;
    const dir = sdir[s] as number;
    const v0 = dir * (speed[i] as number);
    // Driving: relax towards the desired velocity within RELAXATION_TIME.
    let fx = (pair[2 * s] as number) + (flowX * v0 - vxi) * invTau;
    let fy = (pair[2 * s + 1] as number) + (flowY * v0 - vyi) * invTau;

    // Walls run parallel to the flow (y = 0 and y = height when it runs
    // along x) and push straight back, from the body's edge.
    if (alongX) {
      fy += WALL_A * (expNeg(Math.max(0, yi - radius) / WALL_B) - expNeg(Math.max(0, height - yi - radius) / WALL_B));
    } else {
      fx += WALL_A * (expNeg(Math.max(0, xi - radius) / WALL_B) - expNeg(Math.max(0, width - xi - radius) / WALL_B));
    }

    if (active) {
      let dx = xi - p.x;
      let dy = yi - p.y;
      if (alongX) {
        if (dx > width * 0.5) dx -= width;
        else if (dx < -width * 0.5) dx += width;
      } else {
        if (dy > height * 0.5) dy -= height;
        else if (dy < -height * 0.5) dy += height;
      }
      const d2 = dx * dx + dy * dy;
      if (d2 < range * range && d2 > 0) {
        const dn = Math.sqrt(d2);
        // Same ellipse as between walkers (relative velocity), measured
        // from the player's surface and stronger, so the stream parts early
        // and a player walking into it is avoided before contact.
        const yx = (p.vx - vxi) * LOOKAHEAD;
        const yy = (p.vy - vyi) * LOOKAHEAD;
        const ux = dx - yx;
        const uy = dy - yy;
        const un = Math.sqrt(ux * ux + uy * uy);
        const sum = dn + un;
        const disc = sum * sum - (yx * yx + yy * yy);
        let b = disc > 0 ? 0.5 * Math.sqrt(disc) : 0;
        if (b < MIN_B) b = MIN_B;
        const invDn = 1 / dn;
        const invUn = un > 1e-9 ? 1 / un : 0;
        const gap = b > reach ? b - reach : 0;
        const mag = (PLAYER_A * expNeg(gap / PLAYER_B) * sum) / (4 * b);
        fx += mag * (dx * invDn + ux * invUn);
        fy += mag * (dy * invDn + uy * invUn);
        if (dn < reach) {
          const push = CONTACT_K * (reach - dn) * invDn;
          fx += push * dx;
          fy += push * dy;
        }
        // The ellipse pushes a walker heading straight at the player mostly
        // straight back, i.e. it brakes instead of swerving. A sideways nudge
        // towards the side it is already on, growing as the player comes
        // dead ahead, makes the stream part earlier and more smoothly (in a
        // dense one-way stream the closest approach went from ~1.0 to ~1.1 m).
        const ahead = -(dx * flowX + dy * flowY) * dir * invDn;
        if (ahead > 0) {
          const off = dx * -flowY + dy * flowX;
          const side = off > 0 ? 1 : off < 0 ? -1 : dir;
          const surfaceGap = dn > reach ? dn - reach : 0;
          const steer = PLAYER_STEER * ahead * expNeg(surfaceGap / PLAYER_B) * side;
          fx += steer * -flowY;
          fy += steer * flowX;
        }
      }
    }
    outFx[i] = fx;
    outFy[i] = fy;
  }
}

/**
 * Forces (accelerations) on every walker, written to outFx/outFy by walker
 * index. useGrid = false checks all pairs: the slow reference the grid must
 * match (up to summation order).
 */
export function computeForces(crowd: Crowd, useGrid: boolean, outFx: Float32Array, outFy: Float32Array): void {
  if (crowd.count === 0) return;
  const g = useGrid ? crowd.grid : crowd.flat;
  rebuildGrid(crowd, g);
  pairForces(crowd, g);
  ownForces(crowd, g, outFx, outFy);
}

// ------------------------------------------------------------------ stepping

/** Advances the crowd by dt seconds using the grid for neighbour search. */
export function stepCrowd(crowd: Crowd, dt: number): void {
  advance(crowd, dt, true);
}

/** Same forces, all pairs: the reference for tests and benchmarks. */
export function stepCrowdAllPairs(crowd: Crowd, dt: number): void {
  advance(crowd, dt, false);
}

function advance(crowd: Crowd, dt: number, useGrid: boolean): void {
  if (!(dt > 0)) return;
  const steps = Math.ceil(dt / MAX_SUBSTEP - 1e-9);
  const h = dt / steps;
  const { fx, fy } = crowd.grid;
  for (let s = 0; s < steps; s++) {
    computeForces(crowd, useGrid, fx, fy);
    integrate(crowd, h);
  }
}

/** Semi-implicit Euler: velocity first, then position with the new velocity (stable for stiff contacts). */
function integrate(crowd: Crowd, h: number): void {
  const { x, y, vx, vy, speed, count } = crowd;
  const { fx, fy } = crowd.grid;
  for (let i = 0; i < count; i++) {
    let ux = (vx[i] as number) + (fx[i] as number) * h;
    let uy = (vy[i] as number) + (fy[i] as number) * h;
    const vmax = (speed[i] as number) * MAX_SPEED_FACTOR;
    const v2 = ux * ux + uy * uy;
    if (v2 > vmax * vmax) {
      const k = vmax / Math.sqrt(v2);
      ux *= k;
      uy *= k;
    }
    vx[i] = ux;
    vy[i] = uy;
    x[i] = (x[i] as number) + ux * h;
    y[i] = (y[i] as number) + uy * h;
  }
  crowd.time += h;
  wrapAndClamp(crowd);
}

/**
 * Wraps positions along the flow axis, keeps bodies off the walls, and
 * pushes anyone out of the player: the forces make this rare, the hard
 * constraint makes it never visible (a walker drawn inside the player looks
 * broken even for one frame).
 */
function wrapAndClamp(crowd: Crowd): void {
  const { x, y, vx, vy, count } = crowd;
  const { width, height, flow, radius } = crowd.options;
  const p = crowd.player;
  const reach = radius + p.radius;
  const alongX = flow.x !== 0;
  const loX = alongX ? 0 : Math.min(radius, width * 0.5);
  const hiX = alongX ? width : Math.max(width - radius, width * 0.5);
  const loY = alongX ? Math.min(radius, height * 0.5) : 0;
  const hiY = alongX ? Math.max(height - radius, height * 0.5) : height;
  for (let i = 0; i < count; i++) {
    let xi = x[i] as number;
    let yi = y[i] as number;
    if (p.active) {
      let dx = xi - p.x;
      let dy = yi - p.y;
      if (alongX) {
        if (dx > width * 0.5) dx -= width;
        else if (dx < -width * 0.5) dx += width;
      } else {
        if (dy > height * 0.5) dy -= height;
        else if (dy < -height * 0.5) dy += height;
      }
      const d2 = dx * dx + dy * dy;
      if (d2 < reach * reach) {
        // Move to the surface along the line from the player's centre and
        // drop the inward part of the velocity.
        // (Dead centre: push out across the flow.)
        const dn = Math.sqrt(d2);
        const nxv = dn > 1e-6 ? dx / dn : alongX ? 0 : 1;
        const nyv = dn > 1e-6 ? dy / dn : alongX ? 1 : 0;
        xi = p.x + nxv * reach;
        yi = p.y + nyv * reach;
        const vn = (vx[i] as number) * nxv + (vy[i] as number) * nyv;
        if (vn < 0) {
          vx[i] = (vx[i] as number) - vn * nxv;
          vy[i] = (vy[i] as number) - vn * nyv;
        }
      }
    }
    if (alongX) {
      if (xi >= width) xi -= width;
      else if (xi < 0) xi += width;
      if (xi >= width || xi < 0) xi = ((xi % width) + width) % width;
    } else {
      if (yi >= height) yi -= height;
      else if (yi < 0) yi += height;
      if (yi >= height || yi < 0) yi = ((yi % height) + height) % height;
    }
    if (xi < loX) {
      xi = loX;
      if ((vx[i] as number) < 0) vx[i] = 0;
    } else if (xi > hiX) {
      xi = hiX;
      if ((vx[i] as number) > 0) vx[i] = 0;
    }
    if (yi < loY) {
      yi = loY;
      if ((vy[i] as number) < 0) vy[i] = 0;
    } else if (yi > hiY) {
      yi = hiY;
      if ((vy[i] as number) > 0) vy[i] = 0;
    }
    x[i] = xi;
    y[i] = yi;
    // Float32 rounding can turn width − ε into exactly width; fold it back.
    if (alongX && (x[i] as number) >= width) x[i] = 0;
    if (!alongX && (y[i] as number) >= height) y[i] = 0;
  }
}

// ------------------------------------------------------------------ measures

/**
 * Lane order: the share of walkers whose 4 nearest neighbours all walk the
 * same way as they do. For a random 50/50 mix this is 1/16 ≈ 0.06; clean
 * lanes push it towards 1. Uses the grid, growing the searched block of cells
 * until the 4th nearest is provably inside it. Allocation-free.
 */
export function laneOrder(crowd: Crowd): number {
  const { count, dir } = crowd;
  if (count < 5) return 0;
  const g = crowd.grid;
  rebuildGrid(crowd, g);
  const { nx, ny, cellW, cellH, cellStart, cellOf, state, order } = g;
  const { width, height, flow } = crowd.options;
  const periodicX = flow.x !== 0;
  const halfW = periodicX ? width * 0.5 : Infinity;
  const halfH = periodicX ? Infinity : height * 0.5;
  const cellMin = Math.min(cellW, cellH);
  let ordered = 0;
  for (let i = 0; i < count; i++) {
    const xi = crowd.x[i] as number;
    const yi = crowd.y[i] as number;
    const c = cellOf[i] as number;
    const cx = c % nx;
    const cy = (c - cx) / nx;
    for (let ring = 1; ; ring++) {
      // The four smallest squared distances so far and whether they match.
      let b0 = Infinity, b1 = Infinity, b2 = Infinity, b3 = Infinity;
      let m0 = true, m1 = true, m2 = true, m3 = true;
      const fullX = 2 * ring + 1 >= nx;
      const fullY = 2 * ring + 1 >= ny;
      const x0 = fullX ? 0 : cx - ring;
      const x1 = fullX ? nx - 1 : cx + ring;
      const y0 = fullY ? 0 : cy - ring;
      const y1 = fullY ? ny - 1 : cy + ring;
      for (let ry = y0; ry <= y1; ry++) {
        let rowY = ry;
        if (rowY < 0 || rowY >= ny) {
          if (periodicX) continue;
          rowY = (rowY + ny) % ny;
        }
        for (let rx = x0; rx <= x1; rx++) {
          let colX = rx;
          if (colX < 0 || colX >= nx) {
            if (!periodicX) continue;
            colX = (colX + nx) % nx;
          }
          const nc = rowY * nx + colX;
          const qEnd = cellStart[nc + 1] as number;
          for (let q = cellStart[nc] as number; q < qEnd; q++) {
            const j = order[q] as number;
            if (j === i) continue;
            let dx = xi - (state[4 * q] as number);
            let dy = yi - (state[4 * q + 1] as number);
            if (dx > halfW) dx -= width;
            else if (dx < -halfW) dx += width;
            if (dy > halfH) dy -= height;
            else if (dy < -halfH) dy += height;
            const d2 = dx * dx + dy * dy;
            if (d2 >= b3) continue;
            const m = dir[j] === dir[i];
            // Insert into the sorted top four.
            if (d2 < b2) {
              b3 = b2;
              m3 = m2;
              if (d2 < b1) {
                b2 = b1;
                m2 = m1;
                if (d2 < b0) {
                  b1 = b0;
                  m1 = m0;
                  b0 = d2;
                  m0 = m;
                } else {
                  b1 = d2;
                  m1 = m;
                }
              } else {
                b2 = d2;
                m2 = m;
              }
            } else {
              b3 = d2;
              m3 = m;
            }
          }
        }
      }
      // Everyone within ring × cellMin of the walker lies inside the block,
      // so once the 4th nearest is that close no unseen walker can beat it.
      const reach = ring * cellMin;
      if (b3 <= reach * reach || (fullX && fullY)) {
        if (m0 && m1 && m2 && m3) ordered++;
        break;
      }
    }
  }
  return ordered / count;
}
