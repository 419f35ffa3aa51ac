// Lecture hall (F15, F16): attendance by face at the door; inside, a camera
// reads emotions and reports boredom to the teacher. The player has to keep
// "looking attentive".
import type { StationOf } from '../types';
import { NOTHING, withinCooldown, type Resolver } from './resolver';

export const resolveLecture: Resolver<StationOf<'lecture'>> = (station, event, ctx) => {
  const { boredSeconds, cooldownSeconds } = station.params;
  switch (event.type) {
    case 'arrived':
      // Attendance is logged once a day; the errand is done by being there.
      return ctx.memory.count === 0 ? { outcomes: [{ action: 'attendance-logged' }], memory: { lastAt: null, count: 1 } } : NOTHING;
    case 'requested':
      if (withinCooldown(ctx.memory, event.t, cooldownSeconds)) return { outcomes: [], errand: 'none' };
      return { outcomes: [{ action: 'emotion-attentive' }], memory: { lastAt: event.t, count: ctx.memory.count + 1 }, errand: 'none' };
    case 'lingered':
      // Bored unless the face looked attentive (or was last read) within the reading interval.
      if (event.seconds < boredSeconds || withinCooldown(ctx.memory, event.t, boredSeconds)) return { outcomes: [], errand: 'none' };
      return { outcomes: [{ action: 'emotion-bored' }], memory: { lastAt: event.t, count: ctx.memory.count + 1 }, errand: 'none' };
    default:
      return NOTHING;
  }
};
