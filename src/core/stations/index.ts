import type { StationDef, StationKind } from '../types';
import { resolveCrossing } from './crossing';
import { resolveDispenser } from './dispenser';
import { resolvePlaza } from './plaza';
import { NOTHING, type Resolver } from './resolver';

// One resolver per station kind; a kind without rules (a goal) resolves to nothing.
const RESOLVERS: { [K in StationKind]: Resolver<Extract<StationDef, { kind: K }>> } = {
  crossing: resolveCrossing,
  dispenser: resolveDispenser,
  plaza: resolvePlaza,
  goal: () => NOTHING,
};

export function resolverFor(station: StationDef): Resolver {
  return RESOLVERS[station.kind] as Resolver;
}
