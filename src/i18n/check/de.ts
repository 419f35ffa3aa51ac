// Deutsche Texte des Quellenchecks (gleiche Schlüssel wie ./en.ts; die
// Typprüfung erzwingt es). Die Label-Wörter stehen nur in
// src/content/labels.ts. Eingehängt unter `check.`. Eigene Worte.
import type { CheckMessages } from '../en';

export const checkDe: CheckMessages = {
  title: 'Woher kommt das?',
  introBefore:
    'Vor deinem Tag: {count} kurze Aussagen. Wähle bei jeder, woher sie kommt. Die Antworten siehst du erst nach dem Tag, also nimm ruhig deinen ersten Gedanken.',
  introAfter: 'Du hast deine Akte gelesen. Jetzt {count} neue Aussagen, genauso sortiert. Danach siehst du die Antworten zu allen, vorher und nachher.',
  introTest: '{count} kurze Aussagen. Wähle bei jeder, woher sie kommt. Danach siehst du die Antworten.',
  begin: 'Los geht’s',
  skipAll: 'Check überspringen',
  progress: 'Aussage {n} von {count}',
  choose: 'Wähle, woher sie kommt',
  skipOne: 'Nicht sicher: diese überspringen',
  keysHint: 'Die Tasten 1 bis 4 wählen auch.',
  chosen: 'Gewählt: {label}.',
  hints: {
    report: 'jemand schildert, was geschehen ist',
    claim: 'eine Firma oder Behörde sagt es über sich selbst',
    opinion: 'jemand urteilt: gut, schlecht, zu weit',
    fiction: 'dieses Spiel hat es sich ausgedacht',
  },
  after: {
    title: 'Quellencheck, Teil 2',
    text: 'Bevor du deinen Ergebniscode bekommst: noch {count} Aussagen, sortiert wie vor dem Tag. Danach siehst du alle Antworten.',
    start: '{count} Aussagen sortieren',
    skip: 'Überspringen und Code zeigen',
    waits: 'Deinen Ergebniscode bekommst du nach deiner Akte und Teil 2 des Quellenchecks.',
    again: 'Meine Antworten im Quellencheck zeigen',
  },
  test: {
    title: 'Teste dich selbst',
    text: 'Erkennst du einen Bericht, das Eigenlob einer Firma, eine Meinung und die Erfindungen des Spiels? {count} kurze Aussagen, danach die Antworten. Nichts wird gespeichert oder gesendet.',
    start: 'Teste dich selbst',
    again: 'Meine Antworten noch einmal zeigen',
  },
  feedback: {
    title: 'Dein Quellencheck: die Antworten',
    before: 'Vor dem Tag: {right} von {count} richtig.',
    after: 'Nach deiner Akte: {right} von {count} richtig.',
    test: 'Dein Ergebnis: {right} von {count} richtig.',
    notTaken: 'nicht gemacht',
    encourage:
      'Das auseinanderzuhalten ist schwer, auch für Erwachsene: Was eine Firma über sich selbst sagt, klingt oft wie ein Bericht, und eine Meinung kann wie eine Nachricht klingen. Hilfreich ist die Frage: Wer spricht hier, und was hat er davon?',
    partBefore: 'Vor dem Tag',
    partAfter: 'Nach deiner Akte',
    partTest: 'Deine Antworten',
    yours: 'Deine Antwort: {label}',
    skipped: 'Diese hast du übersprungen.',
    right: 'Antwort: {label}',
    match: 'Richtig erkannt.',
    why: 'Warum',
    card: 'Die Karte im Spiel',
    transfer: 'Keine Karte des Spiels: {source}.',
    close: 'Zurück zu deiner Akte',
  },
  class: {
    title: 'Quellencheck: vorher und nachher',
    none: 'Keiner dieser Codes enthält den Quellencheck (Codes mit ihm sind zehn Zeichen lang).',
    partBefore: 'vor dem Tag',
    partAfter: 'nach der Auswertung',
    chartTitle: 'Richtig sortierte Aussagen, von {count}',
    summary: 'Vor dem Tag (Spielerinnen und Spieler: {before}): im Schnitt {meanBefore} von {count} richtig. Nach der Auswertung (Spielerinnen und Spieler: {after}): im Schnitt {meanAfter} von {count} richtig.',
    paired: 'Spielerinnen und Spieler mit beiden Teilen: {players}. Ihre Veränderung im Schnitt: {change} Aussagen richtig ({better} besser, {same} gleich, {worse} schlechter).',
    pairedNone: 'Noch kein Code enthält beide Teile, daher gibt es keine Veränderung pro Person zu zeigen.',
    right: 'richtig',
    players: 'Spielerinnen und Spieler',
    labelsTitle: 'Welche Labels die Klasse richtig sortiert hat',
    labelsSummary: 'Am schwersten nach der Auswertung: „{label}“ ({percent} % richtig).',
    labelsSummaryBefore: 'Am schwersten vor dem Tag: „{label}“ ({percent} % richtig).',
    labelColumn: 'Label',
    honest:
      'Was das zeigen kann: wie diese Klasse diese zwölf Aussagen vor und nach heute sortiert hat. Was es nicht zeigen kann: dass das Spiel die Veränderung bewirkt hat. Eine Klasse ist keine Studie; die zweite Reihe von Aussagen, das Gespräch, der Austausch mit dem Nachbarn oder der Zufall können sie ebenso bewegen. Deshalb hat die Hälfte der Klasse jede Reihe zuerst gesehen.',
    orders: 'Form A zuerst: {ab} · Form B zuerst: {ba}.',
    dash: '–',
  },
};
