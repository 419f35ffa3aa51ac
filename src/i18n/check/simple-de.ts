// Texte des Quellenchecks in Einfacher Sprache (Issue 19): dieselben
// Schlüssel und dieselbe Bedeutung wie ./de.ts, in kurzen Sätzen. Die
// Label-Wörter stehen weiter nur in src/content/labels.ts. Schon einfache
// Knöpfe und Überschriften kommen aus ./de.ts.
import type { CheckMessages } from '../en';
import { checkDe as de } from './de';

export const checkSimpleDe: CheckMessages = {
  title: de.title,
  introBefore: 'Vor deinem Tag: {count} kurze Aussagen. Wähle bei jeder, woher sie kommt. Die Antworten siehst du erst nach dem Tag. Nimm also ruhig deinen ersten Gedanken.',
  introAfter: 'Du hast deine Akte gelesen. Jetzt kommen {count} neue Aussagen. Sortiere sie genauso. Danach siehst du die Antworten zu allen, vorher und nachher.',
  introTest: de.introTest,
  begin: de.begin,
  skipAll: de.skipAll,
  progress: de.progress,
  choose: de.choose,
  skipOne: de.skipOne,
  keysHint: 'Du kannst auch die Tasten 1 bis 4 benutzen.',
  chosen: de.chosen,
  hints: {
    report: 'jemand erzählt, was passiert ist',
    claim: 'eine Firma oder ein Amt sagt es über sich selbst',
    opinion: de.hints.opinion,
    fiction: de.hints.fiction,
  },
  after: {
    title: de.after.title,
    text: 'Bevor du deinen Ergebniscode bekommst: noch {count} Aussagen. Sortiere sie wie vor dem Tag. Danach siehst du alle Antworten.',
    start: de.after.start,
    skip: de.after.skip,
    waits: 'Lies zuerst deine Akte und mach Teil 2 des Quellenchecks. Dann bekommst du deinen Ergebniscode.',
    again: de.after.again,
  },
  test: {
    title: de.test.title,
    text: 'Erkennst du einen Bericht und das Eigenlob einer Firma? Und eine Meinung und das, was sich das Spiel ausgedacht hat? {count} kurze Aussagen, danach die Antworten. Das Spiel speichert nichts und sendet nichts.',
    start: de.test.start,
    again: de.test.again,
  },
  feedback: {
    title: de.feedback.title,
    before: de.feedback.before,
    after: de.feedback.after,
    test: de.feedback.test,
    notTaken: de.feedback.notTaken,
    partBefore: de.feedback.partBefore,
    partAfter: de.feedback.partAfter,
    partTest: de.feedback.partTest,
    yours: de.feedback.yours,
    skipped: de.feedback.skipped,
    right: de.feedback.right,
    match: de.feedback.match,
    why: de.feedback.why,
    card: de.feedback.card,
    transfer: de.feedback.transfer,
    close: de.feedback.close,
    encourage:
      'Das auseinanderzuhalten ist schwer, auch für Erwachsene. Was eine Firma über sich selbst sagt, klingt oft wie ein Bericht. Eine Meinung kann wie eine Nachricht klingen. Eine Frage hilft: Wer spricht hier, und was hat er davon?',
  },
  class: {
    title: de.class.title,
    partBefore: de.class.partBefore,
    partAfter: de.class.partAfter,
    chartTitle: de.class.chartTitle,
    summary: de.class.summary,
    right: de.class.right,
    players: de.class.players,
    labelsTitle: de.class.labelsTitle,
    labelsSummary: de.class.labelsSummary,
    labelsSummaryBefore: de.class.labelsSummaryBefore,
    labelColumn: de.class.labelColumn,
    orders: de.class.orders,
    dash: de.class.dash,
    none: 'Keiner dieser Codes enthält den Quellencheck. Codes mit Quellencheck haben 10 Zeichen.',
    paired: 'Spielerinnen und Spieler mit beiden Teilen: {players}. Ihre Veränderung im Schnitt: {change} Aussagen richtig. {better} wurden besser, {same} blieben gleich, {worse} wurden schlechter.',
    pairedNone: 'Noch kein Code enthält beide Teile. Darum gibt es keine Veränderung pro Person zu zeigen.',
    honest:
      'Was das zeigen kann: wie diese Klasse diese 12 Aussagen vor und nach heute sortiert hat. Was es nicht zeigen kann: dass das Spiel die Veränderung bewirkt hat. Eine Klasse ist keine Studie. Auch andere Dinge können das Ergebnis verändern. Das kann die zweite Reihe von Aussagen sein. Auch das Gespräch, das Reden mit den Nachbarn am Tisch oder der Zufall können es sein. Deshalb hat die halbe Klasse die eine Reihe zuerst gesehen. Die andere Hälfte sah zuerst die andere Reihe. So zählt es weniger, wenn eine Reihe leichter ist.',
  },
};
