// Texte des Kioskmodus in Einfacher Sprache (Issue 19): dieselben Schlüssel
// und dieselbe Bedeutung wie ./de.ts, in kurzen Sätzen. Knöpfe, Zählzeilen
// und die kurzen Wörter des Personalbildschirms sind schon einfach und
// kommen aus ./de.ts.
import type { KioskMessages } from '../en';
import { kioskDe as de } from './de';

export const kioskSimpleDe: KioskMessages = {
  ...de,
  attractLine: 'Schau zu: Die Stadt bewertet jeden Schritt dieser Person.',
  sessionOver: 'Danke fürs Spielen. Jetzt beginnt das Spiel von vorn, für die nächste Person.',
  revealHelp: 'Jede Regel und jeder Trick kommt aus einer Quelle. Die Kennzeichnung sagt, wie weit du ihr trauen kannst.',
  research:
    'Forschende haben das nachgeprüft. Sie fanden keinen einzigen öffentlichen Punktestand für alle. Landesweit arbeitet China mit schwarzen Listen: Darauf stehen Menschen und Firmen, die Strafen bekommen. Punktesysteme sind örtliche Versuche in wenigen Städten.',
  todayNote: 'Der Kiosk behält nur diese Zahlen, bis Mitternacht. Über dich speichert er nichts.',
  staffLocked: 'Zu viele Versuche. Bitte 1 Minute warten.',
  guessOther: 'Du hast {label} gewählt. Die Antwort ist: {answer}.',
};
