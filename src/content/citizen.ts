// How the city writes the player's identity on its screens.
import type { Citizen } from '../core/types';
import { lookup, translate, type Lang } from '../i18n';
import { FAMILY_NAMES, GIVEN_NAMES, pick } from './names';

export function citizenName(c: Citizen): string {
  return `${pick(GIVEN_NAMES, c.givenName)} ${pick(FAMILY_NAMES, c.familyName)}`;
}

export function citizenAddress(c: Citizen, lang: Lang): string {
  const streets = lookup(lang, 'citizen.streets');
  const list = Array.isArray(streets) ? (streets as string[]) : ['—'];
  return translate(lang, 'citizen.address', { street: pick(list, c.street), number: String(c.houseNumber) });
}
