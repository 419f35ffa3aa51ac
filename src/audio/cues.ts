// Which sound a notice from the core makes. Pure, so it is tested without audio.
// Every sound has a visible equivalent already on screen:
//   beep     – the record toast and the score label over the player's head
//   jingle   – the green toast and the "+n" beside the score
//   minus    – the red toast and the "−n" beside the score
//   alarm    – the "Latest sanction" line, the red alarm brackets, the phone message
//   footstep – the walking figure; ambience – the crowd and the traffic in the street
import { raisesAlarm } from '../core/actions';
import type { Catalogue, CoreNotice } from '../core/types';
import type { SoundName } from './sounds';

export function cuesFor(notice: CoreNotice, catalogue: Pick<Catalogue, 'actions'> | null): SoundName[] {
  switch (notice.type) {
    case 'RecordMade': {
      const { record } = notice;
      if (catalogue && raisesAlarm(catalogue, record.action)) return ['beep', 'alarm'];
      if (record.delta > 0) return ['beep', 'jingle'];
      if (record.delta < 0) return ['beep', 'minus'];
      return ['beep'];
    }
    case 'SanctionImposed':
      return ['alarm'];
    case 'SanctionLifted':
    case 'ErrandDone':
      return ['jingle'];
    default:
      return [];
  }
}
