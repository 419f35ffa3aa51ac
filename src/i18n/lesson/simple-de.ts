// Texte des Unterrichtsmaterials in Einfacher Sprache (die einfache
// Textstufe, Issue 19): Lösungen, Arbeitsblatt, Exit-Ticket, Plan für 90
// Minuten, Hintergrund und der Hinweis zum Gespräch. Gleiche Schlüssel,
// Fakten, Vorbehalte und Quellen wie ./de.ts, in kurzen Sätzen; schwere
// Wörter werden beim ersten Vorkommen erklärt. Die Kennzeichnungen selbst
// kommen aus src/content/labels.ts.
import type { LessonMessages } from '../en';
import { lessonDe as de } from './de';

export const lessonSimpleDe: LessonMessages = {
  checkTitle: de.checkTitle,
  checkIntro:
    'Der Quellencheck ist an, außer man schaltet ihn aus. Zum Ausschalten check=off in den Link schreiben. Vor dem Tag sortieren alle 6 kurze Aussagen. Nach der Auswertung sortieren alle 6 andere Aussagen. Es gibt 4 Arten: berichtet, eigene Angabe, Meinung, vom Spiel erfunden. Eine eigene Angabe ist das, was eine Firma oder ein Amt über sich selbst sagt. Die Hälfte der Klasse bekommt zuerst Form A. Die andere Hälfte bekommt zuerst Form B. So liegt eine Veränderung nicht daran, dass eine Form leichter ist. Der Ergebnis-Code enthält beide Teile. Die Klassenansicht zeigt die Veränderung der Klasse am Beamer.',
  answerKeyTitle: de.answerKeyTitle,
  answerKeyIntro: 'Beide Formen mit Antwort und Begründung. Manche Aussagen sind mit „Transfer“ markiert. Sie beruhen auf keiner Karte des Spiels. Sie prüfen die Fähigkeit, nicht, ob man sich an die Karten erinnert.',
  formTitle: de.formTitle,
  transfer: de.transfer,
  card: de.card,
  worksheetTitle: de.worksheetTitle,
  worksheetIntro: 'Kreuze bei jeder Aussage 1 Kästchen an: Woher kommt sie? Teile Form A oder B vor dem Spiel aus. Teile die andere Form nach der Auswertung aus.',
  worksheetStatement: de.worksheetStatement,
  worksheetName: 'Kürzel oder ausgedachter Name (nur wenn du willst): ____________',
  exitTitle: de.exitTitle,
  exit: [
    'Nenne 1 Sache aus dem Spiel, über die wirklich berichtet wurde. Wer hat darüber berichtet?',
    'Nenne 1 Sache, die eine Firma über ihr eigenes Produkt gesagt hat. Warum solltest du damit vorsichtig sein?',
    'Du liest das nächste Mal eine überraschende Zahl. Welche Frage stellst du dann?',
  ],
  plan90Title: de.plan90Title,
  plan90: [
    { time: '0–10', title: 'Einstieg und Quellencheck.', text: 'Sagen, was das Spiel ist: Satire, die auf 1 Artikel beruht. Auch sagen, was es nicht ist. Alle öffnen den Link und sortieren die ersten 6 Aussagen. Noch keine Antworten geben.' },
    { time: '10–25', title: 'Den Tag spielen.', text: 'Alle spielen einen Tag von 8 Minuten. Alle merken sich 1 Moment, der sie überrascht hat.' },
    { time: '25–40', title: 'Kontrollpult.', text: 'Paare wechseln die Seite und spielen 1 Schicht am Kontrollpult. Sie bestätigen oder verwerfen die Alarme des Systems. Dabei müssen sie eine Quote erreichen: eine feste Zahl von Bestätigungen. Danach kurz sprechen. Wie hat sich die Quote angefühlt? Was passiert mit falschen Alarmen?' },
    { time: '40–55', title: 'Auswertung.', text: 'Alle lesen ihre Akte und „Woher kommt das?“. Dann sortieren alle die zweiten 6 Aussagen. Sie sehen die Antworten und bekommen den Ergebnis-Code.' },
    { time: '55–65', title: 'Klassenansicht.', text: 'Die Codes sammeln. Vorher und nachher am Beamer zeigen. Den ehrlichen Satz unter dem Diagramm vorlesen. Eine Klasse ist keine Studie. Die Gruppe ist klein. Es gibt keine zweite Gruppe, die den Check ohne das Spiel gemacht hat. Deshalb kann das Diagramm nicht beweisen, dass das Spiel die Veränderung bewirkt hat. Auch die zweiten Aussagen, das Gespräch, die Nachbarn oder der Zufall können die Ergebnisse ändern.' },
    { time: '65–85', title: 'Gespräch.', text: 'Welche Kennzeichnung war am schwersten, und warum? Wer hat jeweils gesprochen, und was hatte er davon? Dann „Und hier?“. Was verbietet die KI-Verordnung der EU? Was lässt sie offen?' },
    { time: '85–90', title: 'Exit-Ticket.', text: '3 kurze Fragen, auf Papier oder mündlich.' },
  ],
  backgroundTitle: de.backgroundTitle,
  background: [
    'Das Spiel beruht auf 1 deutschen Artikel. Er stammt von einer Website, die sich für Bürgerrechte einsetzt. Er wurde um 2018 geschrieben: Er spricht von 2020 als Zukunft. Der Artikel will für eine Sache werben. Er berichtet, er gibt wieder, was Firmen über sich selbst sagen, und er urteilt. Titel und Schluss nennen das System ein Werkzeug zur Dressur der Bevölkerung. Dressur heißt: Man bringt jemandem ein Verhalten bei, wie einem Tier. Sie sagen auch, die Regierung sei nah an der totalen Kontrolle. Das ist die Meinung des Artikels, kein Bericht.',
    'Der Artikel nennt Zahlen von Firmen. Manche zählen Gesichter in einer Datenbank. Manche sagen, wie oft die Systeme richtig liegen. Andere zählen Festnahmen dank der Technik. Diese Zahlen sind die eigene Angabe der Firmen. Niemand im Artikel hat sie geprüft.',
    'Andere Forschung beschreibt etwas anderes als einen Punktestand für alle im ganzen Land. Vor allem gibt es schwarze Listen. Darauf stehen zum Beispiel Menschen, die nicht tun, was ein Gericht entschieden hat. Davon getrennt testen einige Städte eigene Punktesysteme. Eine davon ist Rongcheng. Rongcheng teilt die Menschen dort in Stufen ein und stellt Belohnungen nach vorn.',
    'Anderswo berichtet: 2018 wurde Menschen auf schwarzen Listen der Gerichte etwa 17,5 Millionen Mal ein Flugticket verweigert. Etwa 5,5 Millionen Mal wurde ihnen ein Ticket für einen Schnellzug verweigert. Diese Zahlen stehen im Jahresbericht des nationalen Zentrums für Kreditinformationen. Mehrere Zeitungen haben darüber berichtet. Die Tickets wurden wegen der Liste verweigert, nicht wegen eines Punktestands.',
    'Und hier: Die Bundespolizei testete 2017/18 Gesichtserkennung am Berliner Südkreuz. Gesichtserkennung: Eine Kamera erkennt, wer du bist. Die Polizei nannte den Test einen Erfolg. Der Chaos Computer Club las denselben Bericht. Er fand: Das beste einzelne System war viel schwächer als die große Zahl in den Schlagzeilen. In Schweden gab die Datenschutzbehörde 2019 einem Schulträger einer Gemeinde ein Bußgeld. Eine seiner Schulen hatte per Gesichtserkennung geprüft, wer da war.',
    'Die KI-Verordnung der EU (Verordnung (EU) 2024/1689) verbietet unter anderem diese 3 Dinge. Erstens: Social Scoring, das zu ungerechter schlechterer Behandlung führt (Art. 5 Abs. 1 Buchst. c). Social Scoring heißt: Menschen bekommen Punkte für ihr Verhalten. Zweitens: Emotionserkennung in Schulen und am Arbeitsplatz, außer aus medizinischen Gründen oder für die Sicherheit (Buchst. f). Emotionserkennung heißt: Ein Computer rät, wie du dich fühlst. Drittens: biometrische Echtzeit-Fernidentifizierung durch die Polizei im öffentlichen Raum (Buchst. h). Das heißt: Kameras erkennen Menschen aus der Ferne und sofort, am Gesicht oder am Körper. Es gibt enge Ausnahmen, und das Recht des Landes muss sie erlauben. Die meiste andere Gesichtserkennung ist nicht verboten, aber es gibt Regeln dafür. Die DSGVO schützt biometrische Daten schon jetzt. Biometrische Daten sind Daten über deinen Körper, zum Beispiel dein Gesicht.',
    'Alles andere im Spiel hat das Spiel erfunden. Beispiele sind Punkte fürs Warten bei Grün und Punktestände über den Köpfen. Dazu kommen Papier nach Punktestand und Läden, die dich warten lassen. Die Auswertung kennzeichnet all das als Erfindung des Spiels.',
  ],
  peopleTitle: de.peopleTitle,
  people:
    'Halten Sie das Gespräch bei der Technik, den Firmen, den Regeln und der Frage „Und hier?“. Die Stadt im Spiel ist mit Absicht ausgedacht. Ihre Menschen sehen aus wie alle. Vermeiden Sie Witze oder Verallgemeinerungen über chinesische Menschen, Namen oder Sprache. Viele Menschen in China sehen Überwachung selbst kritisch. Manche Ihrer Schülerinnen und Schüler haben vielleicht Familie dort. Geht eine Bemerkung in diese Richtung? Dann fragen Sie, wer das System gebaut hat und wer daran verdient. Fragen Sie auch, was unsere eigenen Städte und Gesetze erlauben.',
};
