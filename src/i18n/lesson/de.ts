// Deutsche Texte des Unterrichtsmaterials zum Quellencheck (gleiche Schlüssel
// wie ./en.ts; die Typprüfung erzwingt es). Eingehängt unter `lesson.`.
// Eigene Worte.
import type { LessonMessages } from '../en';

export const lessonDe: LessonMessages = {
  checkTitle: 'Der Quellencheck',
  checkIntro:
    'Ist der Check an (Standard; mit check=off im Link ausschalten), sortieren alle vor dem Tag sechs kurze Aussagen und nach der Auswertung sechs andere: berichtet, eigene Angabe einer Firma oder Behörde, Meinung oder vom Spiel erfunden. Die Hälfte der Klasse bekommt zuerst Form A, die andere Hälfte Form B, damit eine Veränderung nicht daran liegt, dass eine Form leichter ist. Der Ergebniscode enthält beides; die Klassenansicht zeigt die Veränderung der Klasse am Beamer.',
  answerKeyTitle: 'Lösungen',
  answerKeyIntro: 'Beide Formen mit Antwort und Begründung. Aussagen mit „Transfer“ beruhen auf keiner Karte des Spiels: Sie prüfen die Fähigkeit, nicht das Gedächtnis für die Karten.',
  formTitle: 'Form {form}',
  transfer: 'Transfer',
  card: 'Karte {id}',
  worksheetTitle: 'Arbeitsblatt (für Klassen ohne Geräte)',
  worksheetIntro: 'Kreuze bei jeder Aussage ein Kästchen an: Woher kommt sie? Teile Form A oder B vor dem Spiel aus und die andere nach der Auswertung.',
  worksheetStatement: 'Aussage',
  worksheetName: 'Kürzel oder ausgedachter Name (freiwillig): ____________',
  exitTitle: 'Exit-Ticket',
  exit: [
    'Nenne eine Sache aus dem Spiel, über die wirklich berichtet wurde, und wer darüber berichtet hat.',
    'Nenne eine Sache, die eine Firma über ihr eigenes Produkt gesagt hat. Warum solltest du damit vorsichtig sein?',
    'Welche Frage stellst du das nächste Mal, wenn du eine überraschende Zahl liest?',
  ],
  plan90Title: 'Plan für 90 Minuten (mit dem Kontrollpult)',
  plan90: [
    { time: '0–10', title: 'Einstieg und Quellencheck.', text: 'Sagen, was das Spiel ist (Satire auf Grundlage eines Artikels) und was nicht. Alle öffnen den Link und sortieren die ersten sechs Aussagen. Noch keine Antworten.' },
    { time: '10–25', title: 'Den Tag spielen.', text: 'Ein Tag von 8 Minuten. Alle merken sich einen Moment, der sie überrascht hat.' },
    { time: '25–40', title: 'Kontrollpult.', text: 'Paare wechseln die Seite: eine Schicht am Kontrollpult, die Alarme des Systems bestätigen oder verwerfen, mit einer Quote. Kurz sprechen: Wie hat sich die Quote angefühlt? Was passiert mit Fehlalarmen?' },
    { time: '40–55', title: 'Auswertung.', text: 'Alle lesen ihre Akte und „Woher kommt das?“. Dann die zweiten sechs Aussagen, die Antworten und der Ergebniscode.' },
    { time: '55–65', title: 'Klassenansicht.', text: 'Codes sammeln und vorher und nachher am Beamer zeigen. Den ehrlichen Satz unter dem Diagramm vorlesen: Eine Klasse ist keine Studie.' },
    { time: '65–85', title: 'Gespräch.', text: 'Welche Kennzeichnung war am schwersten, und warum? Wer hat jeweils gesprochen, und was hatte er davon? Dann „Und hier?“: Was verbietet die KI-Verordnung der EU, und was lässt sie offen?' },
    { time: '85–90', title: 'Exit-Ticket.', text: 'Drei kurze Fragen, auf Papier oder mündlich.' },
  ],
  backgroundTitle: 'Hintergrund für Lehrkräfte: Was ist echt?',
  background: [
    'Das Spiel beruht auf einem deutschen Artikel einer Bürgerrechtsseite, geschrieben um 2018 (er spricht von 2020 als Zukunft). Es ist ein Meinungsbeitrag: Er berichtet, er gibt wieder, was Firmen über sich selbst sagen, und er urteilt. Titel und Schluss nennen das System ein Werkzeug zur Dressur der Bevölkerung und sagen, die Regierung komme der totalen Kontrolle nahe; das ist die Meinung des Artikels, kein Bericht.',
    'Zahlen von Firmen im Artikel (Gesichter in einer Datenbank, Trefferquoten, Festnahmen dank der Technik) sind deren eigene Angaben. Niemand im Artikel hat sie geprüft.',
    'Andere Forschung beschreibt etwas anderes als einen landesweiten Punktestand für alle: vor allem schwarze Listen, etwa von Menschen, die Gerichtsurteile nicht befolgen, und davon getrennte lokale Punkte-Pilotprojekte in einigen Städten wie Rongcheng, die Einwohner in Stufen einteilen und Belohnungen betonen.',
    'Anderswo berichtet: 2018 wurde Menschen auf gerichtlichen schwarzen Listen laut Jahresbericht des nationalen Zentrums für Kreditinformationen, über den mehrere Zeitungen berichteten, etwa 17,5 Millionen Mal ein Flugticket und etwa 5,5 Millionen Mal ein Schnellzugticket verweigert. Die Verweigerung folgt aus der Liste, nicht aus einem Punktestand.',
    'Und hier: Die Bundespolizei testete 2017/18 Gesichtserkennung am Berliner Südkreuz und nannte das einen Erfolg; der Chaos Computer Club las denselben Bericht und fand das beste einzelne System weit schwächer als die Schlagzeilenzahl. In Schweden verhängte die Datenschutzbehörde 2019 ein Bußgeld gegen einen kommunalen Schulträger, weil eine seiner Schulen die Anwesenheit per Gesichtserkennung erfasst hatte.',
    'Die KI-Verordnung der EU (Verordnung (EU) 2024/1689) verbietet Social Scoring, das zu ungerechtfertigter Schlechterbehandlung führt (Art. 5 Abs. 1 Buchst. c), Emotionserkennung in Schulen und am Arbeitsplatz außer aus medizinischen oder Sicherheitsgründen (Buchst. f) und biometrische Echtzeit-Fernidentifizierung durch die Polizei im öffentlichen Raum, bis auf enge Ausnahmen, die nationales Recht erlauben muss (Buchst. h). Die meiste andere Gesichtserkennung ist nicht verboten, aber reguliert; die DSGVO schützt biometrische Daten schon jetzt.',
    'Alles andere im Spiel (Punkte fürs Warten bei Grün, Punktestände über den Köpfen, Papier nach Punktestand, Läden, die warten lassen) hat das Spiel erfunden und kennzeichnet es in der Auswertung so.',
  ],
  peopleTitle: 'Über das System sprechen, nicht über Menschen',
  people:
    'Halten Sie das Gespräch bei der Technik, den Firmen, den Regeln und der Frage „Und hier?“. Die Stadt im Spiel ist absichtlich ausgedacht, ihre Menschen sehen aus wie alle. Vermeiden Sie Witze oder Verallgemeinerungen über chinesische Menschen, Namen oder Sprache; viele Menschen in China sehen Überwachung selbst kritisch, und manche Ihrer Schülerinnen und Schüler haben vielleicht Familie dort. Geht eine Bemerkung in diese Richtung, fragen Sie, wer das System gebaut hat, wer daran verdient und was unsere eigenen Städte und Gesetze erlauben.',
};
