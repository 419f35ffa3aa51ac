import type { StationDef, StationKind } from '../types';
import { resolveCheckpoint } from './checkpoint';
import { resolveCrossing } from './crossing';
import { resolveDispenser } from './dispenser';
import { resolveGate } from './gate';
import { resolveLecture } from './lecture';
import { resolvePatrol } from './patrol';
import { resolvePlaza } from './plaza';
import { NOTHING, type Resolver } from './resolver';
import { resolveClinic, resolveDisguise, resolveGait, resolveShop } from './services';
import { resolveWitness } from './witness';

// One resolver per station kind; kinds without rules (a goal, a billboard) resolve to nothing.
const RESOLVERS: { [K in StationKind]: Resolver<Extract<StationDef, { kind: K }>> } = {
  crossing: resolveCrossing,
  dispenser: resolveDispenser,
  plaza: resolvePlaza,
  // A goal is reached by walking in: that settles its errand.
  goal: (_station, event) => (event.type === 'arrived' ? { outcomes: [] } : NOTHING),
  gate: resolveGate,
  patrol: resolvePatrol,
  checkpoint: resolveCheckpoint,
  clinic: resolveClinic,
  shop: resolveShop,
  lecture: resolveLecture,
  disguise: resolveDisguise,
  gait: resolveGait,
  witness: resolveWitness,
  billboard: () => NOTHING,
};

export function resolverFor(station: StationDef): Resolver {
  return RESOLVERS[station.kind] as Resolver;
}
