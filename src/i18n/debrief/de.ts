import type { DebriefMessages } from '../en';

export const debriefDe: DebriefMessages = {
  title: 'Deine Bürgerakte',
};
