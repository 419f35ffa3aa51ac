// Texte der Auswertung in Einfacher Sprache (Issue 19): dieselben Schlüssel,
// Fakten, Quellen und Kennzeichnungen wie ./de.ts, in kurzen Sätzen und
// Alltagswörtern. Ein schweres Wort, das bleiben muss, wird dort erklärt, wo
// es zuerst vorkommt. Namen, Quellenangaben und kurze, schon einfache
// Überschriften kommen aus ./de.ts, damit beide Stufen dort gleich bleiben.
import type { DebriefMessages } from '../en';
import { debriefDe as de } from './de';

export const debriefSimpleDe: DebriefMessages = {
  title: de.title,
  leadClock: 'Der Tag ist vorbei. Hier steht, was die Stadt über dich gespeichert hat. Du siehst auch, woher jeder ihrer Tricks kommt.',
  leadPlayer: 'Du hast den Tag um {time} beendet. Hier steht, was die Stadt über dich gespeichert hat. Du siehst auch, woher jeder ihrer Tricks kommt.',
  leadErrands: 'Deine letzte Besorgung hat den Tag um {time} beendet. Hier steht, was die Stadt über dich gespeichert hat. Du siehst auch, woher jeder ihrer Tricks kommt.',
  errands: de.errands,
  deskOpen: 'Jetzt spielst du die andere Seite: eine Schicht am Kontrollpult',
  actions: {
    label: de.actions.label,
    print: de.actions.print,
    printHint: 'Ein oder zwei A4-Seiten. Dein Name und deine Adresse stehen nicht darauf.',
  },
  print: de.print,
  dossier: {
    title: de.dossier.title,
    intro:
      'Hier steht jeder Eintrag, den die Stadt über dich gemacht hat, der Reihe nach. Ein Sensor ist ein Gerät, das dich erfasst, zum Beispiel eine Kamera. Jeder Eintrag sagt, wann und wo es war. Er sagt, welcher Sensor dich erfasst hat und welche Daten er genommen hat. Er sagt, wer den Sensor betreibt und was es dich gekostet hat.',
    none: 'Es gibt keinen einzigen Eintrag. Die Kameras haben dich den ganzen Tag gesehen. Sie haben nichts zum Bewerten gefunden. Deine Akte ist leer, aber es gibt sie.',
    place: de.dossier.place,
    sensor: de.dossier.sensor,
    operator: de.dossier.operator,
    data: de.dossier.data,
    scoreAfter: de.dossier.scoreAfter,
  },
  chart: {
    title: de.chart.title,
    svgTitle: 'Liniendiagramm: dein Punktestand von {from} bis {to}',
    summary: 'Um {startTime} war dein Punktestand bei {start}. Am tiefsten war er um {lowestTime}: {lowest}. Um {endTime} war er bei {end}.',
    summaryNeverBelow: 'Um {startTime} war dein Punktestand bei {start}. Tiefer ist er nie gefallen. Um {endTime} war er bei {end}.',
    summaryFlat: 'Dein Punktestand blieb von {startTime} bis {endTime} bei {start}.',
    tableCaption: de.chart.tableCaption,
    time: de.chart.time,
    score: de.chart.score,
    grade: de.chart.grade,
  },
  sources: {
    title: de.sources.title,
    intro: 'Jede Regel und jeder Trick im Spiel kommt irgendwoher. Jede Quelle hat eine Kennzeichnung. Sie sagt dir, wie weit du der Quelle trauen kannst.',
    legendTitle: de.sources.legendTitle,
    metTitle: de.sources.metTitle,
    missedTitle: 'In diesem Viertel, aber dir nicht begegnet',
    missedIntro: 'Dieses Viertel hat das. Aber nichts davon hat dich heute erfasst. Öffne einen Eintrag und lies, was es tut. Du liest auch, woher es kommt.',
    absentTitle: de.sources.absentTitle,
    absentIntro: 'Andere Viertel haben das. Öffne einen Eintrag und lies, wie und warum.',
    details: 'So funktioniert es, und die Quellen',
    today: de.sources.today,
    records: de.sources.records,
    articleKey: '„Artikel“ meint auf den Karten unten immer dieselbe Quelle: „{title}“. Wer hat den Artikel geschrieben? Das steht unter „Wer spricht hier?“.',
    seeCard: de.sources.seeCard,
    todayNone: 'Das gehörte zu deinem ganzen Tag.',
    factWord: de.sources.factWord,
  },
  status: de.status,
  cite: {
    article: de.cite.article,
    articleShort: de.cite.articleShort,
    applies: de.cite.applies,
    regulation: de.cite.regulation,
    research: de.cite.research,
    other: de.cite.other,
    gameAlone: de.cite.gameAlone,
    speaker: de.cite.speaker,
    where: de.cite.where,
    game: 'Vom Spiel erfunden. Es geht weiter als diese Fakten: {basedOn}.',
  },
  research: {
    title: de.research.title,
    text: 'Der Artikel zeigt einen einzigen Punktestand für jeden Menschen im ganzen Land. Dieses Spiel macht es genauso. Aber manche Forschende haben die chinesischen Vorschriften selbst gelesen. Sie beschreiben etwas anderes. China arbeitet landesweit vor allem mit schwarzen Listen. Auf einer schwarzen Liste stehen Menschen oder Firmen, die Strafen bekommen. Behörden teilen diese Listen untereinander. Die Listen treffen vor allem Firmen. Sie treffen auch Leute, die nicht tun, was ein Gericht entschieden hat. Punktesysteme gibt es nur als örtliche Versuche in einigen Städten. Vergleiche eine Quelle mit anderen Quellen. Das gehört zum Lesen dazu.',
  },
  provenance: {
    title: de.provenance.title,
    article:
      'Manche Quellen haben die Kennzeichnung „{report}“, „{claim}“, „{figure}“ oder „{opinion}“. Sie kommen alle aus einem einzigen Artikel: „{title}“. Nur eine Karte, die eine andere Quelle nennt, ist anders.',
    opinion:
      'Der Artikel berichtet nicht nur. Er urteilt auch. Sein Titel und seine letzten Sätze sind die Meinung der Verfasserin oder des Verfassers. Das ist wichtig. Einen Bericht kannst du an anderen Quellen prüfen. Eine Meinung kannst du so nicht prüfen. Du kannst sie nur abwägen und darüber diskutieren. Manche halten eine Meinung für eine Tatsache. Dann übernehmen sie die Sicht von jemand anderem, ohne es zu merken.',
    voices: 'Im Artikel sprechen oft Firmen. Sie beschreiben ihre eigenen Produkte. Hier ist ein Beispiel:',
  },
  mirror: {
    title: de.mirror.title,
    intro: 'Das ist kein Urteil. Hier steht nur, was du getan hast. Daneben steht, was das System in Punkten daraus gemacht hat.',
    caption: de.mirror.caption,
    colChoice: de.mirror.colChoice,
    colPoints: de.mirror.colPoints,
    rows: {
      waited: de.mirror.rows.waited,
      'crossed-red': de.mirror.rows['crossed-red'],
      'paper-again': de.mirror.rows['paper-again'],
      'against-crowd': { some: de.mirror.rows['against-crowd'].some, none: 'Du bist nie lange genug gegen die Menge gelaufen, um aufzufallen.' },
      'health-check': de.mirror.rows['health-check'],
      'looked-attentive': { some: 'Du hast in der Vorlesung {times} ein Gesicht gemacht, als ob du gut zuhörst.', none: 'Du hast in der Vorlesung nie ein Gesicht gemacht, als ob du gut zuhörst.' },
      disguised: de.mirror.rows.disguised,
      'reported-other': de.mirror.rows['reported-other'],
    },
    notOffered: 'in diesem Viertel ging das nicht',
    points: de.mirror.points,
    noPoints: de.mirror.noPoints,
    totals: 'Insgesamt hat dir das System {gained} Punkte gegeben. Es hat dir {lost} Punkte genommen.',
    kept: de.mirror.kept,
    keptZero: '{zero} davon haben deinen Punktestand nicht verändert. Das System hat sie trotzdem aufbewahrt.',
    times: de.mirror.times,
  },
  questions: {
    title: de.questions.title,
    intro: 'Sprich über diese Fragen in der Klasse, zu Hause oder mit Freundinnen und Freunden. Richtige Antworten zum Ankreuzen gibt es nicht.',
    suedkreuz:
      'Südkreuz ist ein Bahnhof in Berlin. Dort hat die Polizei 2017/18 Gesichtserkennung an Freiwilligen getestet. Gesichtserkennung heißt: Eine Kamera erkennt, wer du bist. Die Polizei nannte den Test einen Erfolg. Der Chaos Computer Club hat denselben Bericht gelesen. Das ist eine Gruppe von Fachleuten für Computer. Sie kam zu einem anderen Ergebnis. Beides steht unten. Darf die Polizei an Bahnhöfen Gesichter sofort erkennen, während Menschen vorbeigehen? Welche Zahlen bräuchtest du, um das zu entscheiden? Und wenn ja, wofür?',
    'ai-act':
      'Die KI-Verordnung ist ein Gesetz der EU über künstliche Intelligenz (KI). Sie verbietet Sozialpunkte in 2 Fällen. Bei Sozialpunkten bewertet man Menschen nach ihrem Verhalten oder ihren Eigenschaften. Fall 1: Die Punkte führen zu Nachteilen in einem ganz anderen Lebensbereich. Fall 2: Die Behandlung ist unverhältnismäßig. Das heißt: viel härter, als es zu dem passt, was jemand getan hat. Die KI-Verordnung verbietet auch Gefühlserkennung am Arbeitsplatz und in Schulen. Gefühlserkennung heißt: Eine Maschine rät aus deinem Gesicht, wie du dich fühlst. Ausnahmen gibt es aus medizinischen Gründen oder für die Sicherheit. Die meisten anderen Arten von Gesichtserkennung verbietet die KI-Verordnung nicht. Aber das Datenschutzgesetz der EU (DSGVO) schützt Gesichtsdaten schon jetzt. Gesichtsdaten gehören zu den besonders geschützten Daten (DSGVO Art. 9). Eine Bahnsteigschranke mit Gesichtsscan braucht deshalb zuerst eine Rechtsgrundlage. Eine Rechtsgrundlage ist eine Regel im Gesetz, die es erlaubt. Eine Kamera, die prüft, wer anwesend ist, braucht auch eine. Welche Stationen von heute wären in der EU verboten? Welche wären aus anderen Gründen gegen das Gesetz? Und welche wären trotzdem erlaubt?',
    phone: 'Dein Handy weiß, wo du heute gelaufen bist. Es weiß, wem du geschrieben hast. Welche Apps könnten eine Akte wie diese zusammenstellen? Und wer kann sie lesen?',
    payments: 'Wenn du mit Karte oder Handy bezahlst, hinterlässt du eine Spur. Sie zeigt, was du gekauft hast, wo und wann. Was könnte eine fremde Person aus 1 Monat deiner Zahlungen erfahren?',
    cameras: 'Zähl die Kameras auf deinem nächsten Weg zur Schule oder zur Arbeit. Wer betreibt sie? Was nehmen sie auf? Würdest du anders gehen, wenn jede Kamera Punkte vergibt?',
    factsLabel: de.questions.factsLabel,
  },
  mechanic: {
    'citizen-file': {
      title: de.mechanic['citizen-file'].title,
      how: 'Jeder Sensor im Spiel schreibt in eine einzige Akte über dich. Er notiert die Zeit, den Ort und wer den Sensor betreibt. Du liest diese Akte gerade.',
    },
    'public-score': {
      title: de.mechanic['public-score'].title,
      how: 'Alle in der Stadt haben ihren Punktestand über dem Kopf. Er ändert sich sofort, wenn eine Kamera etwas sieht.',
    },
    'grades-and-sanctions': {
      title: 'Stufen und Strafen',
      how: 'Dein Punktestand bringt dich in eine Stufe von AAA bis D. Jede Stufe schaltet sofort ihre Strafen ein. Sie reichen vom langsameren Service bis zur geschlossenen Bahnsteigschranke.',
    },
    'shaming-crossing': {
      title: 'Die Ampel, die dich bloßstellt',
      how: 'Wenn du bei Rot gehst, kommst du auf den großen Bildschirm. Dort stehen dein Gesicht, dein Name und deine Adresse. Außerdem bekommst du ein Bußgeld aufs Handy. Ein Bußgeld ist Geld, das du als Strafe zahlen musst. Wenn du auf Grün wartest, bekommst du ein paar Punkte.',
    },
    'paper-dispenser': {
      title: de.mechanic['paper-dispenser'].title,
      how: 'Zuerst scannt eine Kamera dein Gesicht. Dann bekommst du 60 cm Papier. Wenn du zu früh noch einmal fragst, sagt der Automat Nein. Er notiert es in deiner Akte als Verschwendung. In einer niedrigen Stufe gibt es gar kein Papier.',
    },
    'crowd-analysis': {
      title: 'Eine Kamera beobachtet die Menge auf dem Platz',
      how: 'Eine Kamera beobachtet, in welche Richtung die Menge geht. Läufst du kurz dagegen, markiert sie dich als „unnormal“. Es gibt Alarm, und du verlierst Punkte.',
    },
    'face-gate': {
      title: de.mechanic['face-gate'].title,
      how: 'Vor dem Bahnsteig scannt eine Kamera dein Gesicht. Ist deine Stufe unter einer bestimmten Grenze, bleibt die Bahnsteigschranke zu.',
    },
    'camera-glasses': {
      title: de.mechanic['camera-glasses'].title,
      how: 'Polizistinnen und Polizisten auf Streife tragen Brillen mit Kamera. Wenn du in ihr Blickfeld läufst, zeigt ihnen die Brille, wer du bist. In einer niedrigen Stufe halten sie dich zur Kontrolle an.',
    },
    'phone-check': {
      title: de.mechanic['phone-check'].title,
      how: 'Die Polizei liest dein Handy direkt vor Ort mit einem Handscanner aus. Manchmal meldet der Scanner eine App, die der Polizei nicht gefällt.',
    },
    'health-check': {
      title: de.mechanic['health-check'].title,
      how: 'Ein Zelt bietet eine kostenlose Untersuchung an. Es behält deine Fingerabdrücke, eine Blutprobe und einen Scan deiner Iris. Die Iris ist der farbige Teil deines Auges. Wenn du mitmachst, bekommst du Punkte.',
    },
    'payments-logged': {
      title: de.mechanic['payments-logged'].title,
      how: 'Du bezahlst dein Mittagessen mit einer App. Dann steht in deiner Akte, was du gekauft hast, wo und wann. In einer niedrigen Stufe wirst du später bedient.',
    },
    'attendance-check': {
      title: de.mechanic['attendance-check'].title,
      how: 'Auf dem Vorlesungsplatz prüft Gesichtserkennung, wer da ist. Gesichtserkennung heißt: Eine Kamera erkennt, wer du bist.',
    },
    'emotion-meter': {
      title: 'Das Messgerät für Gefühle in der Klasse',
      how: 'Eine Kamera liest im Unterricht Gesichter. Sie meldet der Lehrkraft, wer gelangweilt aussieht und wer aufmerksam.',
    },
    'gait-recognition': {
      title: de.mechanic['gait-recognition'].title,
      how: 'Hut und Maske verdecken dein Gesicht. Aber eine Kamera erkennt dich daran, wie du gehst.',
    },
    'car-tracking': {
      title: 'Autos geortet, Strafzettel aufs Handy',
      how: 'Ein Auto fährt bei Rot. Nach wenigen Sekunden hat der Fahrer den Strafzettel auf dem Handy. Im Auto steckt ein GPS-Sender: ein Gerät, das aufzeichnet, wo das Auto fährt. Er hat die Strecke gespeichert. Eine Kamera filmt dich als Zeugin oder Zeugen.',
    },
    'reporting-others': {
      title: de.mechanic['reporting-others'].title,
      how: 'Mit einer App kannst du den Fahrer melden, den du gerade gesehen hast. Die Stadt bezahlt dich dafür mit Punkten.',
    },
  },
};
