// Plain English texts of the kiosk (issue 19): the same keys and meaning as
// ./en.ts in short sentences. Buttons, counts and the staff screen's short
// words are already plain and are taken from ./en.ts.
import type { KioskMessages } from '../en';
import { kioskEn as en } from './en';

export const kioskSimpleEn: KioskMessages = {
  ...en,
  attractLine: 'Watch this citizen: the city scores every step.',
  sessionOver: 'Thank you for playing. The game now starts over for the next visitor.',
  cardMissed: 'You did not meet this today.',
  revealHelp: 'Each rule and trick comes from a source. The label says how far you can trust it.',
  research:
    'Researchers have checked this. They found no single public score for everyone. China’s national tool is blacklists: lists of people and companies who get penalties. Point scores are local tests in a few cities.',
  todayNote: 'The kiosk keeps only these numbers, until midnight. It saves nothing about you.',
  staffLocked: 'Too many tries. Wait 1 minute.',
  staffSaved: 'Saved. It counts from the next visitor on.',
  staffNoPin: 'No staff PIN is set (levels/kiosk-config.json, "staffPin").',
  guessOther: 'You chose {label}. The answer is: {answer}.',
};
