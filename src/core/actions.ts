// Questions about the catalogue's actions that more than one view asks, so
// they all give the catalogue's answer rather than one of their own.
import type { Catalogue } from './types';

/** Whether a record of this action raises the alarm (its catalogue effects list "alarm"). */
export function raisesAlarm(catalogue: Pick<Catalogue, 'actions'>, actionId: string): boolean {
  return catalogue.actions.find((a) => a.id === actionId)?.effects.includes('alarm') ?? false;
}
