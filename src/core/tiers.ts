import type { Catalogue, TierDef } from './types';

/** The tier a score falls in. Tiers are listed best first; validation guarantees the last covers the minimum. */
export function tierFor(score: number, catalogue: Catalogue): TierDef {
  const tier = catalogue.tiers.find((t) => score >= t.min) ?? catalogue.tiers[catalogue.tiers.length - 1];
  if (!tier) throw new Error('catalogue has no tiers');
  return tier;
}

/** Position of a tier, 0 = best. */
export function tierRank(tierId: string, catalogue: Catalogue): number {
  return catalogue.tiers.findIndex((t) => t.id === tierId);
}

export function clampScore(score: number, catalogue: Catalogue): number {
  return Math.min(catalogue.score.max, Math.max(catalogue.score.min, score));
}
