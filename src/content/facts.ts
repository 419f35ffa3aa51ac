// The fact catalogue as data: the project's own copy of /shared/facts.md.
//
// Every text here is the project's own paraphrase (German and English) of the
// source article, the EU AI Act or the research cited in facts.md. No sentence
// of the article is copied (a unit test checks this where the article is
// available). Plain text only, never HTML.

import type { SourceLabel } from './labels';

/** A fact's kind is its source label (the one table in ./labels). */
export type FactKind = SourceLabel;

export interface Fact {
  /** 'F01'…'F37' from the shared catalogue, and 'S01'… for the game's own satire (kind 'fiction'). */
  id: string;
  kind: FactKind;
  /**
   * Where it is cited: for article facts the section of the article (German
   * heading); for law the article of the regulation; for context and
   * report-other the publication; for opinion the article's title and
   * section; for fiction: null.
   */
  source: { de: string; en: string } | null;
  /** Where it was reported, if the fact names a place (e.g. 'Jinan, Shenzhen'); shown in the debrief. */
  where?: { de: string; en: string };
  /** Who says so, for claims (e.g. 'SenseTime (own statement)'). */
  speaker?: { de: string; en: string };
  /** One or two plain sentences, the project's own paraphrase, no HTML. */
  text: { de: string; en: string };
  /**
   * The same card in the simple text level (Einfache Sprache / plain English):
   * short sentences, everyday words, a hard word explained where it first
   * appears. It says what `text` says, with the same source, speaker and label,
   * and keeps its hedges ("about 2018", "says", "claims"); fiction keeps the
   * opening "The game’s invention:" / "Erfindung des Spiels:".
   */
  plain: { de: string; en: string };
  /**
   * Fiction only: the real facts (F-ids) that the invention stretches, if any.
   * Lets the debrief put "invented" next to "what was actually reported".
   */
  basedOn?: readonly string[];
}

export const ARTICLE_TITLE = 'Das Social Credit System: Dressur-Werkzeug für Chinas Bevölkerung';

/**
 * Who wrote the article, and when, is not in the text we have. The debrief may
 * say so: knowing who is speaking is part of media literacy.
 */
export const ARTICLE_PROVENANCE = {
  de: 'Ein Meinungsbeitrag einer deutschen Bürgerrechtsorganisation, der seinerseits andere Quellen zitiert. Autorin oder Autor und Datum sind in der vorliegenden Fassung nicht angegeben.',
  en: 'An advocacy piece from a German civil-liberties organisation that itself quotes other sources. Its author and date are not given in the version we have.',
} as const;

/** `ARTICLE_PROVENANCE` in the simple text level: the same facts about the article, in short sentences. */
export const ARTICLE_PROVENANCE_PLAIN = {
  de: 'Der Artikel ist ein Meinungsbeitrag einer deutschen Organisation für Bürgerrechte. Bürgerrechte sind die Rechte der Menschen gegenüber dem Staat. Der Artikel zitiert selbst andere Quellen. Wer ihn geschrieben hat und wann, steht nicht in unserer Fassung.',
  en: 'The article is an advocacy piece: it argues for one side. It comes from a German group that stands up for civil rights. Civil rights are the rights people have towards the state. The article itself quotes other sources. The version we have does not say who wrote it, or when.',
} as const satisfies { de: string; en: string };

/**
 * The article's sections as cited in facts.md. The four headings keep their
 * German wording in both languages (so readers can find them in the German
 * article); the untitled opening part is called "Einleitung" / "Introduction".
 */
export const ARTICLE_SECTIONS = {
  intro: { de: 'Einleitung', en: 'Introduction' },
  means: { de: 'Das Land der Mittel', en: 'Das Land der Mittel (The land of means)' },
  everyday: {
    de: 'Gesichtserkennung im Alltag',
    en: 'Gesichtserkennung im Alltag (Face recognition in everyday life)',
  },
  police: { de: 'Hightech für die Polizei', en: 'Hightech für die Polizei (High tech for the police)' },
  startups: { de: 'Profitierende Start-ups', en: 'Profitierende Start-ups (Start-ups that profit)' },
  closing: { de: 'Chinas Punktlandung', en: 'Chinas Punktlandung (China’s pinpoint landing)' },
} as const satisfies Record<string, { de: string; en: string }>;

export type ArticleSection = keyof typeof ARTICLE_SECTIONS;

const S = ARTICLE_SECTIONS;

const AI_ACT = {
  de: 'Verordnung (EU) 2024/1689 (KI-Verordnung, „AI Act“)',
  en: 'Regulation (EU) 2024/1689 (AI Act)',
} as const;

function aiAct(letter: 'c' | 'f' | 'h'): { de: string; en: string } {
  return {
    de: `${AI_ACT.de}, Art. 5 Abs. 1 Buchst. ${letter}`,
    en: `${AI_ACT.en}, Art. 5(1)(${letter})`,
  };
}

export const FACTS: readonly Fact[] = [
  // ------------------------------------------------------------ intro
  {
    id: 'F01',
    kind: 'report',
    source: S.intro,
    text: {
      de: 'Laut dem Artikel (etwa 2018) wird das Social Credit System (社会信用体系) in China ab 2020 Pflicht. Was Menschen, Ämter und Behörden tun, erfassen öffentliche Kameras, Online-Plattformen und vernetzte Datenbanken, und Algorithmen sollen es danach bewerten.',
      en: 'According to the article (about 2018), the Social Credit System (社会信用体系) becomes compulsory in China from 2020. What people, offices and authorities do is to be captured by public cameras, online platforms and linked databases, and algorithms are then to rate it.',
    },
    plain: {
      de: 'Der Artikel ist von etwa 2018. Er sagt: Ab 2020 ist das Social Credit System in China Pflicht. Das System soll erfassen, was Menschen, Ämter und Behörden tun. Die Daten kommen von öffentlichen Kameras, Online-Plattformen und verbundenen Datenbanken. Danach sollen Computerprogramme (Algorithmen) sie bewerten.',
      en: 'The article is from about 2018. It says that China makes the Social Credit System compulsory from 2020. The system is to record what people, offices and authorities do. Public cameras, online platforms and linked databases are to collect the data. Then computer programs (algorithms) are to rate it.',
    },
  },
  {
    id: 'F02',
    kind: 'report',
    source: S.intro,
    text: {
      de: 'Verhalten, das erwünscht ist, bringt Pluspunkte. Verhalten, das als erziehungsbedürftig gilt, kostet Punkte.',
      en: 'Behaviour the system wants earns plus points. Behaviour it considers in need of re-education costs points.',
    },
    plain: {
      de: 'Verhalten, das das System will, bringt Pluspunkte. Anderes Verhalten will das System den Menschen abgewöhnen. Dieses Verhalten kostet Punkte.',
      en: 'Behaviour that the system wants earns plus points. The system wants to train people out of other behaviour. That behaviour costs points.',
    },
  },
  {
    id: 'F03',
    kind: 'report',
    source: S.intro,
    text: {
      de: 'Das Punktekonto ist öffentlich im Netz abrufbar: Wer will, kann nachsehen, wie vertrauens- und kreditwürdig eine Person nach der Berechnung ist.',
      en: 'The points account is public online: anyone can look up how trustworthy and creditworthy a person has been calculated to be.',
    },
    plain: {
      de: 'Das Punktekonto ist im Internet öffentlich. Wer will, kann es ansehen. Es zeigt, wie vertrauenswürdig eine Person laut Berechnung ist. Es zeigt auch, wie kreditwürdig sie ist. Kreditwürdig heißt: Man kann ihr ohne Sorge Geld leihen.',
      en: 'The points account is public on the internet. Anyone can look at it. It shows how trustworthy a person is, as the system calculates it. It also shows how creditworthy the person is. Creditworthy means that it is safe to lend them money.',
    },
  },
  {
    id: 'F04',
    kind: 'report',
    source: S.intro,
    text: {
      de: 'Je tiefer der Punktestand sinkt, desto härter fallen die Sanktionen aus, und sie greifen sofort.',
      en: 'The lower the score falls, the harsher the sanctions, and they apply at once, in real time.',
    },
    plain: {
      de: 'Je tiefer der Punktestand sinkt, desto härter werden die Strafen. Die Strafen wirken sofort.',
      en: 'The lower a person’s score falls, the harder the punishments get. The punishments start at once.',
    },
  },
  {
    id: 'F05',
    kind: 'figure',
    source: S.intro,
    text: {
      de: 'Der Artikel (etwa 2018) berichtet: Mehr als 40 % der weltweiten Fachveröffentlichungen zur KI stammten von Forschenden aus China, ein mehr als doppelt so großer Anteil wie 2006. Die Kommunistische Partei strebt bis 2030 eine KI-Branche im Wert von 150 Milliarden Dollar an.',
      en: 'The article (about 2018) reports that authors from China wrote more than 40 % of the world’s AI research papers, more than double their share in 2006. The Communist Party aims for an AI industry worth 150 billion dollars by 2030.',
    },
    plain: {
      de: 'Der Artikel (etwa 2018) nennt diese Zahlen. KI heißt künstliche Intelligenz: Computerprogramme, die aus Daten lernen. Über 40 % der Fachartikel zu KI weltweit kamen von Forschenden aus China. 2006 war ihr Anteil nicht einmal halb so groß. Die Kommunistische Partei will bis 2030 eine KI-Branche im Wert von 150 Milliarden Dollar.',
      en: 'The article (about 2018) gives these figures. AI means artificial intelligence: computer programs that learn from data. Authors from China wrote over 40 % of the world’s research papers on AI. In 2006, their share was less than half of that. The Communist Party wants an AI industry worth 150 billion dollars by 2030.',
    },
  },
  {
    id: 'F26',
    kind: 'report',
    source: S.intro,
    where: { de: 'Berlin Südkreuz', en: 'Berlin Südkreuz' },
    text: {
      de: 'In Deutschland ist ein Test mit Gesichtserkennung am Bahnhof Berlin Südkreuz weiterhin umstritten.',
      en: 'In Germany, a face-recognition trial at Berlin’s Südkreuz station is still disputed, the article says.',
    },
    plain: {
      de: 'In Deutschland gab es einen Test mit Gesichtserkennung am Bahnhof Berlin Südkreuz. Gesichtserkennung heißt: Eine Kamera erkennt, wer du bist. Über diesen Test streiten die Menschen weiter, sagt der Artikel.',
      en: 'The article says that people in Germany still argue about one test. It tested face recognition at Berlin Südkreuz station. Face recognition means: a camera knows who you are.',
    },
  },

  // ------------------------------------------------------------ Das Land der Mittel
  {
    id: 'F06',
    kind: 'claim',
    source: S.means,
    speaker: { de: 'SenseTime (eigene Angabe)', en: 'SenseTime (own statement)' },
    text: {
      de: 'Nach eigener Darstellung verfolgt das Videosystem von SenseTime, wohin Menschen laufen, und sagt voraus, wo sich Menschenmengen bilden. Läuft in einer Menge, die sich in eine Richtung bewegt, jemand in die Gegenrichtung, stuft es die Person als „unnormal“ ein und löst Alarm aus.',
      en: 'SenseTime says its video system tracks where people walk and forecasts where crowds will gather. If someone walks against a crowd that is all moving one way, the system classifies them as “abnormal” and raises an alarm.',
    },
    plain: {
      de: 'Die Firma SenseTime beschreibt ihr eigenes Videosystem so. Das System verfolgt, wohin Menschen laufen. Es sagt voraus, wo sich Menschenmengen bilden. Stell dir eine Menge vor, die in eine Richtung läuft. Eine Person läuft in die Gegenrichtung. Das System stuft diese Person als „unnormal“ ein. Dann schlägt es Alarm.',
      en: 'The company SenseTime describes its own video system like this. The system follows where people walk. It predicts where crowds will form. Imagine a crowd that all moves one way. One person walks the other way. The system marks this person as “abnormal”. Then it raises an alarm.',
    },
  },
  {
    id: 'F07',
    kind: 'claim',
    source: S.means,
    speaker: { de: 'SenseTime und Yitu (eigene Angaben)', en: 'SenseTime and Yitu (own statements)' },
    text: {
      de: 'SenseTime gibt an, über staatliche Stellen auf 500 Millionen Gesichter zugreifen zu können. Der Konkurrent Yitu behauptet, sogar 1,5 Milliarden vergleichen zu können.',
      en: 'SenseTime says government bodies give it access to 500 million faces. Its competitor Yitu claims it can compare as many as 1.5 billion.',
    },
    plain: {
      de: 'SenseTime sagt: Über staatliche Stellen kann die Firma auf 500 Millionen Gesichter zugreifen. Die Konkurrenzfirma Yitu behauptet, sie könne sogar 1,5 Milliarden Gesichter vergleichen.',
      en: 'SenseTime says that state offices give it access to 500 million faces. Its rival company, Yitu, claims it can compare up to 1.5 billion faces.',
    },
  },
  {
    id: 'F08',
    kind: 'report',
    source: S.means,
    where: { de: 'Wuhan', en: 'Wuhan' },
    text: {
      de: 'Megvii (Face++) rüstet Kameras mit Gesichtserkennung aus, etwa im Bahnhof von Wuhan: Dort kommt nur auf den Bahnsteig, wer sein Gesicht erfassen lässt.',
      en: 'Megvii (Face++) fits cameras with face recognition, for instance at Wuhan railway station, where every passenger has their face scanned before reaching the platforms.',
    },
    plain: {
      de: 'Die Firma Megvii (Face++) baut Gesichtserkennung in Kameras ein. Gesichtserkennung heißt: Eine Kamera erkennt, wer du bist. Ein Beispiel ist der Bahnhof in Wuhan. Dort kommt nur auf den Bahnsteig, wer sein Gesicht scannen lässt.',
      en: 'The company Megvii (Face++) puts face recognition into cameras. Face recognition means: a camera knows who you are. One example is Wuhan railway station. There, a camera scans every passenger’s face before they reach the platforms.',
    },
  },
  {
    id: 'F09',
    kind: 'claim',
    source: S.means,
    where: { de: 'Qingdao', en: 'Qingdao' },
    speaker: {
      de: 'Xie Yinan, Marketingdirektor von Megvii (eigene Angabe)',
      en: 'Xie Yinan, marketing director of Megvii (own statement)',
    },
    text: {
      de: 'Megviis Marketingdirektor sagt, mit Hilfe der Technik seien schon über 3.000 Kriminelle gefasst worden. Allein bei einem Großereignis in Qingdao 2017 habe man 25 seit Langem gesuchte Personen festgenommen.',
      en: 'Megvii’s marketing director says the technology has already helped catch more than 3,000 criminals, including 25 long-wanted people at a single large event in Qingdao in 2017.',
    },
    plain: {
      de: 'Der Marketingdirektor von Megvii spricht über die Technik der Firma. Er sagt: Sie hat schon geholfen, über 3.000 Kriminelle zu fassen. Er erzählt auch von einem Großereignis in Qingdao 2017. Dort fasste man laut ihm 25 Menschen, nach denen man lange gesucht hatte.',
      en: 'Megvii’s marketing director talks about the company’s technology. He says it has already helped catch over 3,000 criminals. He also tells of one big event in Qingdao in 2017. There, he says, police caught 25 people wanted for a long time.',
    },
  },
  {
    id: 'F10',
    kind: 'claim',
    source: S.means,
    speaker: {
      de: 'Megvii Face++ (Herstellerdarstellung, vom Artikel wiedergegeben)',
      en: 'Megvii Face++ (the maker’s description, as relayed by the article)',
    },
    text: {
      de: 'Die Kamerasoftware schätzt auch, wie alt jemand ist. So sollen sich in Gruppen Trends nach Altersgruppen erkennen lassen, und auch Menschen, die aus der Reihe fallen.',
      en: 'The camera software also estimates how old people are, so that trends by generation can supposedly be spotted in groups, and so can people who deviate.',
    },
    plain: {
      de: 'Laut Hersteller schätzt die Kamerasoftware auch, wie alt jemand ist. So soll sie in Gruppen Trends nach dem Alter erkennen. Und sie soll Menschen erkennen, die aus der Reihe fallen.',
      en: 'The maker says the camera software also guesses how old people are. That is supposed to show trends by age in groups. It is also supposed to spot people who do not fit in.',
    },
  },
  {
    id: 'F11',
    kind: 'claim',
    source: S.means,
    speaker: { de: 'Opzoon (eigene Angabe)', en: 'Opzoon (own statement)' },
    text: {
      de: 'Opzoon sagt, seiner Software reiche weniger als eine Sekunde Video aus bis zu 50 Metern Entfernung, um jemanden an 200 Gesichtsmerkmalen zu erkennen, mit 99 % Genauigkeit. Bahnhöfe, Flughäfen, Banken, Hochschulen und Polizeiwachen nutzen sie bereits.',
      en: 'Opzoon says its software needs less than one second of video, from up to 50 metres away, to identify a person from 200 facial features, with 99 % accuracy. Stations, airports, banks, universities and police stations already use it.',
    },
    plain: {
      de: 'Opzoon sagt: Ihre Software erkennt einen Menschen aus weniger als 1 Sekunde Video. Das Video kann aus bis zu 50 Metern Entfernung kommen. Die Software prüft dafür 200 Merkmale im Gesicht. Laut Opzoon liegt sie zu 99 % richtig. Bahnhöfe, Flughäfen, Banken, Hochschulen und Polizeiwachen nutzen sie schon.',
      en: 'Opzoon says its software can identify a person from under 1 second of video. The video can be filmed from up to 50 metres away. The software checks 200 features of the face for this. Opzoon says it is right 99 % of the time. Stations, airports, banks, universities and police stations already use it.',
    },
  },
  {
    id: 'F27',
    kind: 'claim',
    source: S.means,
    speaker: {
      de: 'Xie Yinan, Marketingdirektor von Megvii (Werbeaussage, nicht die Polizei)',
      en: 'Xie Yinan, marketing director of Megvii (marketing, not the police)',
    },
    text: {
      de: 'Laut Megviis Marketingdirektor ist die Polizei im ganzen Land mit der Technik „glücklich“. Der Artikel zitiert hier die Werbung des Herstellers, nicht die Polizei selbst.',
      en: 'According to Megvii’s marketing director, police all over China are “happy” with the technology. Here the article is quoting the company’s marketing, not the police themselves.',
    },
    plain: {
      de: 'Der Marketingdirektor von Megvii spricht über die Polizei. Er sagt: Im ganzen Land ist die Polizei mit der Technik „glücklich“. Hier zitiert der Artikel die Werbung der Firma. Er zitiert nicht die Polizei selbst.',
      en: 'Megvii’s marketing director says that police all over China are “happy” with the technology. Here the article quotes the company’s advertising. It does not quote the police themselves.',
    },
  },

  // ------------------------------------------------------------ Gesichtserkennung im Alltag
  {
    id: 'F12',
    kind: 'report',
    source: S.everyday,
    where: { de: 'Peking (Himmelstempel)', en: 'Beijing (Temple of Heaven)' },
    text: {
      de: 'Am Himmelstempel in Peking scannt ein Spender in der Toilette erst das Gesicht und gibt dann pro Person 60 cm Papier aus. Das soll die Leute zum Sparen anhalten.',
      en: 'At the Temple of Heaven in Beijing a toilet-paper dispenser scans your face before it releases 60 cm of paper per person. The aim is to teach thrift.',
    },
    plain: {
      de: 'Am Himmelstempel in Peking hängt in der Toilette ein Papierspender. Er scannt zuerst das Gesicht. Dann gibt er 60 cm Papier pro Person aus. So sollen die Leute lernen, sparsam zu sein.',
      en: 'At the Temple of Heaven in Beijing, there is a toilet-paper machine. It scans your face first. Then it gives out 60 cm of paper per person. The aim is to make people use less paper.',
    },
  },
  {
    id: 'F13',
    kind: 'report',
    source: S.everyday,
    where: { de: 'Shanghai', en: 'Shanghai' },
    text: {
      de: 'Auch im Straßenverkehr von Shanghai wird Gesichtserkennung eingesetzt: Wer ohne Fahrerlaubnis fährt oder verbotenerweise abbiegt, wird an der nächsten Ecke von der Polizei angehalten oder hat binnen Sekunden einen Strafzettel auf dem Handy.',
      en: 'Shanghai uses face recognition in traffic too: anyone driving without a licence or turning illegally is stopped by police at the next corner, or gets a ticket on their smartphone within seconds.',
    },
    plain: {
      de: 'Auch im Straßenverkehr von Shanghai gibt es Gesichtserkennung. Gesichtserkennung heißt: Eine Kamera erkennt, wer du bist. Manche fahren ohne Führerschein oder biegen ab, wo es verboten ist. Dann hält die Polizei sie an der nächsten Ecke an. Oder sie haben nach wenigen Sekunden einen Strafzettel auf dem Handy.',
      en: 'Shanghai uses face recognition in traffic too. Face recognition means: a camera knows who you are. Some people drive without a licence or turn where it is not allowed. The police stop them at the next corner. Or they get a fine on their phone within seconds.',
    },
  },
  {
    id: 'F14',
    kind: 'report',
    source: S.everyday,
    where: { de: 'Jinan, Shenzhen', en: 'Jinan, Shenzhen' },
    text: {
      de: 'In Jinan und Shenzhen zeigen große Bildschirme an Kreuzungen alle, die bei Rot über die Straße gehen, mit vollem Namen, Gesicht und Adresse („Shaming-Monitore“).',
      en: 'In Jinan and Shenzhen, large screens at crossings show pedestrians who walk on red with their full name, face and address (“shaming monitors”).',
    },
    plain: {
      de: 'In Jinan und Shenzhen hängen große Bildschirme an Kreuzungen. Manche Menschen gehen bei Rot über die Straße. Die Bildschirme zeigen sie dann mit vollem Namen, Gesicht und Adresse. Das sind „Shaming-Monitore“: Sie stellen Menschen vor allen bloß.',
      en: 'In Jinan and Shenzhen, there are big screens at crossings. Some people walk across on a red light. The screens show these people with full name, face and address. These are “shaming monitors”: they shame people in public.',
    },
  },
  {
    id: 'F15',
    kind: 'report',
    source: S.everyday,
    text: {
      de: 'Mehrere Hochschulen kontrollieren per Gesichtserkennung, ob die Studierenden da sind.',
      en: 'Several universities use face recognition to check whether students attend.',
    },
    plain: {
      de: 'Mehrere Hochschulen nutzen Gesichtserkennung. Gesichtserkennung heißt: Eine Kamera erkennt, wer du bist. So prüfen die Hochschulen, ob die Studierenden da sind.',
      en: 'Several universities use face recognition. Face recognition means: a camera knows who you are. The universities use it to check if students are there.',
    },
  },
  {
    id: 'F16',
    kind: 'report',
    source: S.everyday,
    where: { de: 'Hangzhou', en: 'Hangzhou' },
    text: {
      de: 'Die Schule Nr. 11 in Hangzhou liest die Gefühle der Schülerinnen und Schüler aus und zeigt der Lehrkraft auf einem Monitor, wie groß das Interesse der Klasse ist, gedacht als Frühwarnung.',
      en: 'School No. 11 in Hangzhou reads pupils’ emotions and shows the teacher on a monitor how interested the class is, meant as an early warning.',
    },
    plain: {
      de: 'Die Schule Nr. 11 in Hangzhou liest die Gefühle der Schülerinnen und Schüler aus. Ein Bildschirm zeigt der Lehrkraft, wie groß das Interesse der Klasse ist. Das ist als frühe Warnung gedacht.',
      en: 'School number 11 in Hangzhou reads the feelings of its pupils. A screen shows the teacher how interested the class is. This is meant as an early warning.',
    },
  },

  // ------------------------------------------------------------ Hightech für die Polizei
  {
    id: 'F17',
    kind: 'report',
    source: S.police,
    text: {
      de: 'In manchen Städten tragen Polizistinnen und Polizisten Brillen mit winzigen Kameras im Gestell, die ihnen anzeigen, wen sie gerade vor sich haben.',
      en: 'In some cities police officers wear glasses with tiny cameras built into the frames that tell them who is in their field of view.',
    },
    plain: {
      de: 'In manchen Städten tragen Polizistinnen und Polizisten Brillen mit winzigen Kameras. Die Kameras sitzen im Gestell. Die Brillen zeigen ihnen an, wen sie gerade vor sich haben.',
      en: 'In some cities, police officers wear glasses with tiny cameras in the frame. The glasses tell them who they are looking at.',
    },
  },
  {
    id: 'F18',
    kind: 'report',
    source: S.police,
    where: { de: 'Xinjiang', en: 'Xinjiang' },
    text: {
      de: 'In einigen Regionen, etwa in Xinjiang, durchsucht die Polizei die Handys Verdächtiger direkt an Ort und Stelle mit tragbaren Scannern.',
      en: 'In some regions, such as Xinjiang, police use portable scanners to search suspects’ phones right on the spot.',
    },
    plain: {
      de: 'In manchen Regionen, zum Beispiel in Xinjiang, hat die Polizei tragbare Scanner. Damit durchsucht sie die Handys von Verdächtigen direkt vor Ort.',
      en: 'In some regions, such as Xinjiang, police carry small scanners. With them, they search the phones of suspects right on the spot.',
    },
  },
  {
    id: 'F19',
    kind: 'report',
    source: S.police,
    text: {
      de: 'Wer ein Auto besitzt, wurde verpflichtet, ein GPS-Ortungsgerät darin installieren zu lassen.',
      en: 'Car owners were ordered to have GPS trackers installed in their vehicles.',
    },
    plain: {
      de: 'Wer ein Auto hat, musste ein GPS-Gerät darin einbauen lassen. Ein GPS-Gerät zeigt, wo das Auto gerade ist.',
      en: 'Car owners had to have a GPS tracker put in their car. A GPS tracker is a device that shows where the car is.',
    },
  },
  {
    id: 'F20',
    kind: 'report',
    source: S.police,
    speaker: {
      de: 'Human Rights Watch (vom Artikel zitiert)',
      en: 'Human Rights Watch (cited by the article)',
    },
    text: {
      de: 'Nach einem Bericht von Human Rights Watch legen lokale Behörden Datenbanken mit DNA-Proben, Iris-Scans und Fingerabdrücken an, die bei „kostenlosen Gesundheitschecks“ erhoben werden. Ob die Untersuchten davon wissen, ist unklar.',
      en: 'According to Human Rights Watch, local authorities are building databases of DNA samples, iris scans and fingerprints taken at “free health checks”. It is unclear whether the patients know.',
    },
    plain: {
      de: 'Human Rights Watch ist eine Organisation für Menschenrechte. Sie berichtet: Lokale Behörden sammeln bei „kostenlosen Gesundheitschecks“ Körperdaten. Damit legen sie Datenbanken mit DNA-Proben, Iris-Scans und Fingerabdrücken an. Iris-Scans sind Aufnahmen vom Auge. Ob die Menschen beim Check davon wissen, ist unklar.',
      en: 'Human Rights Watch is a group that stands up for human rights. It reports that local authorities collect body data at “free health checks”. They keep DNA samples, eye scans (iris scans) and fingerprints in databases. It is not clear if the patients know about it.',
    },
  },

  // ------------------------------------------------------------ Profitierende Start-ups
  {
    id: 'F21',
    kind: 'claim',
    source: S.startups,
    speaker: { de: 'Watrix (eigene Angabe)', en: 'Watrix (own statement)' },
    text: {
      de: 'Watrix erkennt Menschen in Videos an ihrem Gang. Die Firma behauptet, sie treffe zu 100 %, selbst bei verhülltem Gesicht und absichtlich verstelltem Gang, auf bis zu 50 Meter, sofern zwei Sekunden Video mindestens 60 % des Körpers zeigen.',
      en: 'Watrix identifies people in video by the way they walk. The company claims 100 % hits, even with covered faces and a deliberately disguised gait, at up to 50 metres, from two seconds of video showing at least 60 % of the body.',
    },
    plain: {
      de: 'Die Firma Watrix erkennt Menschen in Videos daran, wie sie gehen. Watrix behauptet: Das klappt zu 100 %. Es soll sogar mit verhülltem Gesicht klappen. Es soll auch klappen, wenn jemand absichtlich anders geht. Laut Watrix reichen 2 Sekunden Video aus bis zu 50 Metern Entfernung. Das Video muss mindestens 60 % des Körpers zeigen.',
      en: 'The company Watrix recognises people in videos by the way they walk. Watrix claims it is right 100 % of the time. It says this works even with a covered face. It says it works even if people walk differently on purpose. Watrix says 2 seconds of video from up to 50 metres are enough. The video must show at least 60 % of the body.',
    },
  },
  {
    id: 'F22',
    kind: 'report',
    source: S.startups,
    text: {
      de: 'iFLYTEK baut eine Sammlung von Stimmen auf, mit der die Polizei in abgehörten Telefonaten erkennen soll, wer spricht. Dafür arbeitet die Firma mit China Mobile, China Telecom und China Unicom zusammen.',
      en: 'iFLYTEK is building a collection of voices so that police can tell who is speaking in tapped phone calls. It works with China Mobile, China Telecom and China Unicom to do so.',
    },
    plain: {
      de: 'Die Firma iFLYTEK baut eine Sammlung von Stimmen auf. Damit soll die Polizei in abgehörten Telefonaten erkennen, wer spricht. Abgehört heißt: Jemand hört heimlich mit. Dafür arbeitet iFLYTEK mit China Mobile, China Telecom und China Unicom zusammen.',
      en: 'The company iFLYTEK is building a collection of voices. With it, police are to tell who is speaking in tapped phone calls. Tapped means that someone listens in secretly. For this, iFLYTEK works with China Mobile, China Telecom and China Unicom.',
    },
  },
  {
    id: 'F23',
    kind: 'figure',
    source: S.startups,
    text: {
      de: 'Der Artikel (etwa 2018) nennt für China über 730 Millionen Menschen, die regelmäßig online sind, und 1,4 Milliarden Mobiltelefone. WeChat hatte rund 850 Millionen, Alipay rund 520 Millionen Nutzende, und beide sammeln als Finanzdienste heikle Daten.',
      en: 'The article (about 2018) counts more than 730 million regular internet users and 1.4 billion mobile phones in China. WeChat had about 850 million users and Alipay about 520 million, and as payment services both collect sensitive financial data.',
    },
    plain: {
      de: 'Der Artikel (etwa 2018) nennt diese Zahlen für China. Über 730 Millionen Menschen sind regelmäßig online. Es gibt 1,4 Milliarden Handys. WeChat hatte rund 850 Millionen Nutzende, Alipay rund 520 Millionen. Mit beiden bezahlen die Menschen. Darum sammeln beide heikle Daten über Geld.',
      en: 'The article (about 2018) gives these figures for China. More than 730 million people use the internet regularly. There are 1.4 billion mobile phones. WeChat had about 850 million users. Alipay had about 520 million. People pay with both, so both collect private data about money.',
    },
  },
  {
    id: 'F24',
    kind: 'claim',
    source: S.startups,
    speaker: {
      de: 'Nationale Plattform zum Austausch von Kreditinformationen (eigene Angabe)',
      en: 'National platform for sharing credit information (own statement)',
    },
    text: {
      de: 'Laut dem Artikel (etwa 2018) gibt die nationale Plattform zum Austausch von Kreditinformationen (全国信用信息共享平台) an, schon 16,5 Milliarden Datensätze über Personen gesammelt zu haben, davon 3,3 Milliarden allein im ersten Halbjahr.',
      en: 'According to the article (about 2018), the national platform for sharing credit information (全国信用信息共享平台) says it has already collected 16.5 billion personal records, 3.3 billion of them in the first half of the year alone.',
    },
    plain: {
      de: 'Der Artikel ist von etwa 2018. Er nennt die nationale Plattform zum Austausch von Kreditinformationen. Die Plattform gibt an: Sie hat schon 16,5 Milliarden Einträge über Personen gesammelt. Sie sagt auch: 3,3 Milliarden davon kamen allein im ersten Halbjahr.',
      en: 'The article is from about 2018. It quotes the national platform for sharing credit information. The platform says it has already collected 16.5 billion records about people. It says 3.3 billion of them came in the first half of the year alone.',
    },
  },
  {
    id: 'F25',
    kind: 'report',
    source: S.startups,
    text: {
      de: 'In einer „Polizei-Cloud“ des Polizeiministeriums liegen Daten über Hunderte Millionen Menschen: Krankengeschichte, Essensbestellungen, Paketlieferungen, religiöse Neigungen, Verhalten im Netz, Reisen, GPS-Koordinaten und biometrische Merkmale wie Gesicht, Stimme und Fingerabdruck.',
      en: 'A “police cloud” run by the police ministry holds data on hundreds of millions of people: medical histories, food orders, parcel deliveries, religious leanings, online behaviour, travel, GPS coordinates and biometrics such as face, voice and fingerprints.',
    },
    plain: {
      de: 'Das Polizeiministerium hat eine „Polizei-Cloud“. Eine Cloud ist ein großer Datenspeicher auf vielen verbundenen Computern. Darin liegen Daten über Hunderte Millionen Menschen. Dazu gehören Krankheiten, Essensbestellungen und Pakete. Dazu gehören auch religiöse Ansichten, Verhalten im Netz, Reisen und GPS-Orte. Auch Körpermerkmale wie Gesicht, Stimme und Fingerabdruck liegen dort.',
      en: 'The police ministry runs a “police cloud”. A cloud is a large store of data on many linked computers. It holds data on hundreds of millions of people. It stores their past illnesses, food orders and parcel deliveries. It stores their religious views, what they do online and where they travel. It also stores GPS locations and body features such as face, voice and fingerprints.',
    },
  },

  // ------------------------------------------------------------ law: EU AI Act (bans apply since 2 February 2025)
  {
    id: 'F28',
    kind: 'law',
    source: aiAct('c'),
    where: { de: 'Europäische Union', en: 'European Union' },
    text: {
      de: 'Die KI-Verordnung verbietet KI-Systeme, die Menschen über längere Zeit nach ihrem sozialen Verhalten oder persönlichen Eigenschaften bewerten, wenn die Bewertung zu Nachteilen in Lebensbereichen ohne Bezug zu den Daten führt oder zu einer Behandlung, die in keinem Verhältnis zum Verhalten steht. Das Verbot gilt seit dem 2. Februar 2025.',
      en: 'The AI Act bans AI systems that rate people over time by their social behaviour or personal traits where the score leads to worse treatment in unrelated areas of life, or to treatment out of proportion to what they did. The ban has applied since 2 February 2025.',
    },
    plain: {
      de: 'Die KI-Verordnung ist ein Gesetz der EU. KI heißt: Computerprogramme, die aus Daten lernen. Das Gesetz verbietet manche KI-Systeme, die Menschen über längere Zeit bewerten. Sie bewerten Menschen nach ihrem sozialen Verhalten oder nach persönlichen Eigenschaften. Das Verbot gilt, wenn die Bewertung zu einer von 2 Folgen führt. Erstens: Nachteile in einem Lebensbereich, der nichts mit den Daten zu tun hat. Zweitens: eine Behandlung, die viel zu hart für ihr Verhalten ist. Das Verbot gilt seit dem 2. Februar 2025.',
      en: 'The AI Act is a law of the EU. AI means computer programs that learn from data. The law bans some AI systems that rate people over a long time. They rate people by their social behaviour or personal traits. The ban applies when the rating leads to one of 2 things. First: worse treatment in another part of life, unrelated to the data. Second: treatment that is far too harsh for what the people did. The ban has applied since 2 February 2025.',
    },
  },
  {
    id: 'F29',
    kind: 'law',
    source: aiAct('f'),
    where: { de: 'Europäische Union', en: 'European Union' },
    text: {
      de: 'Die KI-Verordnung verbietet KI, die am Arbeitsplatz oder in Bildungseinrichtungen auf die Gefühle von Menschen schließt, außer aus medizinischen oder Sicherheitsgründen.',
      en: 'The AI Act bans AI that infers people’s emotions at work or in schools and other places of education, except for medical or safety reasons.',
    },
    plain: {
      de: 'Die KI-Verordnung ist ein Gesetz der EU. KI heißt: Computerprogramme, die aus Daten lernen. Das Gesetz verbietet KI, die bei der Arbeit auf die Gefühle von Menschen schließt. Das gilt auch für Schulen und andere Orte der Bildung. Ausnahmen gibt es nur aus medizinischen Gründen oder für die Sicherheit.',
      en: 'The AI Act is a law of the EU. AI means computer programs that learn from data. The law bans AI that works out people’s feelings at work. It also bans this in schools and other places of learning. There are exceptions only for medical or safety reasons.',
    },
  },
  {
    id: 'F30',
    kind: 'law',
    source: aiAct('h'),
    where: { de: 'Europäische Union', en: 'European Union' },
    text: {
      de: 'Die KI-Verordnung verbietet, Menschen in öffentlich zugänglichen Räumen zur Strafverfolgung in Echtzeit biometrisch aus der Ferne zu identifizieren. Eng begrenzte Ausnahmen, etwa die Suche nach Opfern, die Abwehr einer unmittelbaren Gefahr oder das Auffinden Verdächtiger schwerer Straftaten, gibt es nur, wo das Recht eines Mitgliedstaats sie zulässt, und in der Regel nur mit vorheriger Genehmigung. Menschen nachträglich auf Aufnahmen zu identifizieren, ist nicht verboten, sondern gilt als Hochrisiko-Anwendung mit Pflichten.',
      en: 'The AI Act bans real-time remote biometric identification in publicly accessible spaces for law enforcement. Narrow exceptions, such as searching for victims, preventing an imminent threat or locating suspects of serious crimes, exist only where a member state’s own law allows them, and as a rule need prior authorisation. Identifying people from recordings afterwards is not banned but counts as high-risk, with duties attached.',
    },
    plain: {
      de: 'Die KI-Verordnung ist ein Gesetz der EU. Sie verbietet etwas an Orten, die für alle offen sind. Die Polizei darf dort Menschen nicht live aus der Ferne an Körpermerkmalen erkennen. Körpermerkmale sind zum Beispiel das Gesicht. Es gibt wenige, eng begrenzte Ausnahmen, etwa die Suche nach Opfern. Andere sind: eine drohende Gefahr abwehren oder Verdächtige schwerer Straftaten finden. Diese Ausnahmen gibt es nur, wo das Recht des EU-Landes sie erlaubt. In der Regel braucht jeder Einsatz vorher eine Genehmigung. Menschen später auf Aufnahmen zu erkennen, ist nicht verboten. Es gilt aber als Hochrisiko-Anwendung, und dafür gibt es Pflichten.',
      en: 'The AI Act is a law of the EU. It bans one thing in places open to the public. Police must not identify people live, from a distance, by their body features. Body features are things like the face. There are a few narrow exceptions, for example a search for victims. Another is stopping a danger that is about to happen. Another is finding suspects of serious crimes. These exceptions only exist where the law of the EU country allows them. As a rule, each use needs permission first. Identifying people from recordings later is not banned. But the law counts it as high-risk and sets duties for it.',
    },
  },

  // ------------------------------------------------------------ context: what other research says
  {
    id: 'F31',
    kind: 'context',
    source: {
      de: 'China Law Translate, „Getting Rongcheng Right“; Foreign Policy, „Life Inside China’s Social Credit Laboratory“ (2018)',
      en: 'China Law Translate, “Getting Rongcheng Right”; Foreign Policy, “Life Inside China’s Social Credit Laboratory” (2018)',
    },
    text: {
      de: 'Einen einheitlichen landesweiten Punktestand für alle gibt es nicht. Der wichtigste nationale Mechanismus sind schwarze (und „rote“) Listen, die Behörden untereinander teilen und die vor allem Unternehmen in regulierten Branchen sowie Menschen treffen, die Gerichtsurteile nicht befolgen.',
      en: 'There is no single nationwide score for every citizen. The main national mechanism is a set of blacklists (and “red lists”) shared between authorities, aimed mostly at companies in regulated industries and at people who ignore court judgments.',
    },
    plain: {
      de: 'Es gibt keinen einheitlichen Punktestand für alle im ganzen Land. Das wichtigste Mittel im ganzen Land sind schwarze Listen. Daneben gibt es „rote Listen“ mit guten Beispielen. Behörden teilen diese Listen untereinander. Sie treffen vor allem Firmen in Branchen, für die der Staat besondere Regeln hat. Sie treffen auch Menschen, die Gerichtsurteile nicht befolgen.',
      en: 'There is no single score for everyone in the whole country. The main tool across the country is a set of blacklists. There are also “red lists” of good examples. Authorities share these lists with each other. The lists are mostly aimed at companies in industries with special state rules. They are also aimed at people who ignore court judgments.',
    },
  },
  {
    id: 'F32',
    kind: 'context',
    source: {
      de: 'China Law Translate, Übersetzung der Rongchenger Maßnahmen zu Belohnungen und Strafen bei persönlicher Kreditwürdigkeit',
      en: 'China Law Translate, translation of the Rongcheng municipal measures on personal credit rewards and punishments',
    },
    where: { de: 'Rongcheng', en: 'Rongcheng' },
    text: {
      de: 'Punktesysteme gibt es als lokale Pilotprojekte in einzelnen Städten. Das meistzitierte, Rongcheng, teilt die Einwohnerinnen und Einwohner in die Stufen A (mit AAA, AA und A), B, C und D ein und stellt Belohnungen vor Strafen.',
      en: 'Point scores exist as local pilots in some cities. The most cited, Rongcheng, sorts residents into grades A (with AAA, AA and A), B, C and D, and puts rewards before punishments.',
    },
    plain: {
      de: 'Einzelne Städte testen Punktesysteme in örtlichen Versuchen (Pilotprojekten). Das bekannteste Beispiel ist Rongcheng. Die Stadt sortiert ihre Einwohnerinnen und Einwohner in Stufen: A, B, C und D. Stufe A hat 3 Teile: AAA, AA und A. Rongcheng stellt Belohnungen vor Strafen.',
      en: 'Some cities test point scores in local trials (pilots). The best-known example is Rongcheng. The city sorts its residents into grades A, B, C and D. Grade A has 3 levels: AAA, AA and A. Rongcheng puts rewards first and punishments second.',
    },
  },

  // ------------------------------------------------------------ reported by other sources (not the article)
  {
    id: 'F33',
    kind: 'report-other',
    source: {
      de: 'Jahresbericht 2018 des National Public Credit Information Center, wiedergegeben von AP (22.02.2019), South China Morning Post (18.02.2019) und The Guardian (01.03.2019)',
      en: 'National Public Credit Information Center, annual report on 2018, as reported by AP (22 Feb 2019), the South China Morning Post (18 Feb 2019) and The Guardian (1 Mar 2019)',
    },
    where: { de: 'China', en: 'China' },
    text: {
      de: 'Im Jahr 2018 wurde Menschen auf schwarzen Listen, vor allem Menschen, die eine gerichtlich festgestellte Schuld nicht beglichen hatten, rund 17,5 Millionen Mal ein Flugticket und rund 5,5 Millionen Mal ein Ticket für den Schnellzug verweigert. Grund war der Eintrag auf einer schwarzen Liste, nicht ein Punktestand.',
      en: 'In 2018 people on blacklists, above all debtors who had not paid what a court ordered, were refused plane tickets about 17.5 million times and high-speed train tickets about 5.5 million times. The reason was being on a blacklist, not a point score.',
    },
    plain: {
      de: '2018 konnten Menschen auf schwarzen Listen rund 17,5 Millionen Mal kein Flugticket kaufen. Bei Schnellzügen passierte das rund 5,5 Millionen Mal. Die meisten hatten Schulden, die ein Gericht festgestellt hatte, und zahlten sie nicht. Der Grund war der Eintrag auf einer schwarzen Liste, nicht ein Punktestand.',
      en: 'In 2018, people on blacklists could not buy a plane ticket about 17.5 million times. For high-speed trains, this happened about 5.5 million times. Most of these people owed money that a court had ordered them to pay. The reason was the blacklist, not a score of points.',
    },
  },
  {
    id: 'F34',
    kind: 'claim',
    source: {
      de: 'Bundespolizei, Abschlussbericht zum Test am Bahnhof Südkreuz (Oktober 2018); der Bundesinnenminister',
      en: 'German Federal Police, final report on the Südkreuz trial (October 2018); the Federal Interior Minister',
    },
    where: { de: 'Berlin Südkreuz', en: 'Berlin Südkreuz' },
    speaker: {
      de: 'Bundespolizei und Bundesinnenminister (eigene Angabe)',
      en: 'Federal Police and Federal Interior Minister (own statement)',
    },
    text: {
      de: 'Der Test lief von August 2017 bis Juli 2018 mit etwa 300 Freiwilligen und drei Systemen. Laut Abschlussbericht wurden im Schnitt rund 80 % der Freiwilligen erkannt; der Minister nannte das Ergebnis beeindruckend und hielt eine breite Einführung für möglich.',
      en: 'The trial ran from August 2017 to July 2018 with about 300 volunteers and three systems. The final report says about 80 % of the volunteers were recognised on average; the minister called the result impressive and said a wide roll-out was possible.',
    },
    plain: {
      de: 'Der Test lief von August 2017 bis Juli 2018. Etwa 300 Freiwillige machten mit. Im Test liefen 3 Systeme. Der Abschlussbericht sagt: Im Schnitt erkannten die Systeme rund 80 % der Freiwilligen. Der Minister nannte das Ergebnis beeindruckend. Er hielt es für möglich, die Technik breit einzuführen.',
      en: 'The test ran from August 2017 to July 2018. About 300 volunteers took part. The test used 3 systems. The final report says the systems recognised about 80 % of the volunteers on average. The minister called the result impressive. He said it was possible to use the systems widely.',
    },
  },
  {
    id: 'F35',
    kind: 'report-other',
    source: {
      de: 'Analyse des Chaos Computer Clubs zum Abschlussbericht (Oktober 2018), berichtet u. a. von heise online',
      en: 'The Chaos Computer Club’s analysis of the final report (October 2018), reported by heise online and others',
    },
    where: { de: 'Berlin Südkreuz', en: 'Berlin Südkreuz' },
    text: {
      de: 'Die 80 % ergeben sich nur, wenn man alle drei Systeme zusammenzählt. Das beste einzelne System kam im Schnitt auf 68,5 %, das schlechteste an einem Eingang auf 18,9 %. Bei der berichteten Fehlerquote von 0,67 % würden bei rund 90.000 Reisenden am Tag etwa 600 Unbeteiligte fälschlich gemeldet.',
      en: 'The 80 % comes only from counting all three systems together. The best single system averaged 68.5 %, the worst 18.9 % at one entrance. With the reported false-match rate of 0.67 %, some 600 innocent travellers a day would be flagged at about 90,000 passengers.',
    },
    plain: {
      de: 'Die 80 % kommen nur heraus, wenn man alle 3 Systeme zusammenzählt. Das beste einzelne System kam im Schnitt auf 68,5 %. Das schlechteste kam an einem Eingang nur auf 18,9 %. Laut Bericht gab es bei 0,67 % der Menschen einen falschen Alarm. Durch den Bahnhof gehen rund 90.000 Reisende am Tag. Dann würden die Systeme etwa 600 unbeteiligte Menschen am Tag falsch melden.',
      en: 'The 80 % only comes from adding all 3 systems together. The best single system recognised 68.5 % on average. The worst recognised only 18.9 % at one entrance. The report says the systems raised a false alarm for 0.67 % of people. About 90,000 travellers pass through the station each day. So the systems would wrongly report about 600 innocent people a day.',
    },
  },
  {
    id: 'F36',
    kind: 'report-other',
    source: {
      de: 'Schwedische Datenschutzbehörde (Datainspektionen), Entscheidung DI-2019-2221 vom 20.08.2019',
      en: 'Swedish data protection authority (Datainspektionen), decision DI-2019-2221 of 20 August 2019',
    },
    where: { de: 'Skellefteå, Schweden', en: 'Skellefteå, Sweden' },
    text: {
      de: 'Ein Gymnasium in Skellefteå erfasste im Herbst 2018 drei Wochen lang die Anwesenheit von 22 Schülerinnen und Schülern per Gesichtserkennung. Die Behörde verhängte 200.000 Kronen (rund 20.000 Euro) Bußgeld: Gesichtsdaten sind besonders geschützte Daten (DSGVO Art. 9), und die Einwilligung zählt nicht, weil die Schülerinnen und Schüler von ihrer Schule abhängig sind.',
      en: 'A secondary school in Skellefteå took attendance of 22 pupils by face recognition for three weeks in autumn 2018. The authority fined the school board SEK 200,000 (about EUR 20,000): face data is sensitive data (GDPR Art. 9), and the pupils’ consent does not count because they depend on their school.',
    },
    plain: {
      de: 'Ein Gymnasium in Skellefteå in Schweden nutzte im Herbst 2018 Gesichtserkennung. Gesichtserkennung heißt: Eine Kamera erkennt, wer du bist. 3 Wochen lang prüfte das Gymnasium so, ob 22 Schülerinnen und Schüler da waren. Die schwedische Datenschutzbehörde verhängte ein Bußgeld von 200.000 Kronen (rund 20.000 Euro). Gesichtsdaten sind besonders geschützte Daten (DSGVO Art. 9). Die DSGVO ist das Datenschutzgesetz der EU. Auch ein Ja der Schülerinnen und Schüler zählt hier nicht. Denn sie sind von ihrer Schule abhängig.',
      en: 'A secondary school in Skellefteå, Sweden, used face recognition in autumn 2018. Face recognition means: a camera knows who you are. For 3 weeks, the school checked if 22 pupils were there. The Swedish data protection authority fined the school board 200,000 kronor (about 20,000 euros). Face data is specially protected data (GDPR Art. 9). The GDPR is the EU’s law on personal data. Even a yes from the pupils does not count here. They depend on their school.',
    },
  },

  // ------------------------------------------------------------ the article's own opinion
  {
    id: 'F37',
    kind: 'opinion',
    // The title and the closing section; the citation names the section, the text names the title.
    source: S.closing,
    speaker: { de: 'Der Artikel selbst (Urteil, kein Bericht)', en: 'The article itself (a judgement, not a report)' },
    text: {
      de: 'Schon im Titel nennt der Artikel das System ein Werkzeug zur „Dressur“ der Bevölkerung, und zum Schluss urteilt er, die Regierung sei ihrem Ziel der totalen Kontrolle sehr nahe. Das ist eine Bewertung und ein Blickwinkel, keine Beobachtung.',
      en: 'In its title the article calls the system a tool for “training” (Dressur) the population, and at the end it judges that the government has come very close to its goal of total control. That is an assessment and a point of view, not an observation.',
    },
    plain: {
      de: 'Schon im Titel nennt der Artikel das System ein Werkzeug zur „Dressur“ der Bevölkerung. Das Wort Dressur kennt man sonst vom Training mit Tieren. Am Schluss urteilt der Artikel: Die Regierung ist ihrem Ziel sehr nahe. Dieses Ziel ist die totale Kontrolle. Das ist eine Bewertung und ein Blickwinkel. Es ist keine Beobachtung.',
      en: 'In its title, the article calls the system a tool for “training” the population (Dressur). Dressur is the German word for training animals. At the end, the article judges that the government is very close to its goal. That goal is total control. This is a judgement and a point of view. It is not an observation.',
    },
  },

  // ------------------------------------------------------------ fiction: the game's own satire
  {
    id: 'S01',
    kind: 'fiction',
    source: null,
    basedOn: ['F12'],
    text: {
      de: 'Erfindung des Spiels: Wie viel Papier der Toilettenspender ausgibt, hängt vom Punktestand ab, und wer ein zweites Mal fragt, wird als Verschwendung verbucht. Berichtet ist nur der Spender mit Gesichtsscan und festen 60 cm pro Person.',
      en: 'The game’s invention: the toilet-paper ration depends on your score, and a second request is logged as waste. What was reported is only the face-scanning dispenser with its fixed 60 cm per person.',
    },
    plain: {
      de: 'Erfindung des Spiels: Wie viel Toilettenpapier du bekommst, hängt von deinem Punktestand ab. Fragst du ein zweites Mal, zählt das als Verschwendung. Berichtet ist nur ein Spender, der das Gesicht scannt. Er gibt jeder Person feste 60 cm.',
      en: 'The game’s invention: how much toilet paper you get depends on your score. If you ask a second time, that counts as waste. What was reported is only a machine that scans faces. It gives each person a fixed 60 cm.',
    },
  },
  {
    id: 'S02',
    kind: 'fiction',
    source: null,
    basedOn: ['F14', 'F02'],
    text: {
      de: 'Erfindung des Spiels: Wer an der Ampel auf Grün wartet, bekommt Pluspunkte. Der Artikel berichtet von Bloßstellung bei Rot, nicht von Belohnungen fürs Warten.',
      en: 'The game’s invention: waiting for the green light earns plus points. The article reports public shaming for crossing on red, not rewards for waiting.',
    },
    plain: {
      de: 'Erfindung des Spiels: Wer an der Ampel auf Grün wartet, bekommt Pluspunkte. Der Artikel berichtet von Bildschirmen, die Menschen bei Rot bloßstellen. Von Belohnungen fürs Warten berichtet er nicht.',
      en: 'The game’s invention: if you wait for the green light, you get plus points. The article reports screens that shame people who cross on red. It reports no rewards for waiting.',
    },
  },
  {
    id: 'S03',
    kind: 'fiction',
    source: null,
    basedOn: ['F13', 'F14'],
    text: {
      de: 'Erfindung des Spiels: Das Bußgeld für den Gang über die rote Ampel kommt sofort aufs Handy der Fußgängerin oder des Fußgängers. Berichtet sind Strafzettel aufs Smartphone nur für Autofahrerinnen und Autofahrer in Shanghai; sie auf Fußgängerinnen und Fußgänger zu übertragen, ist die Zuspitzung des Spiels.',
      en: 'The game’s invention: the fine for crossing on red arrives straight on the pedestrian’s phone. Phone tickets were reported only for drivers in Shanghai; extending them to pedestrians is the game’s stretch.',
    },
    plain: {
      de: 'Erfindung des Spiels: Gehst du bei Rot, kommt das Bußgeld sofort auf dein Handy. Berichtet sind Strafzettel aufs Handy nur für Autofahrerinnen und Autofahrer in Shanghai. Das Spiel überträgt sie auf Menschen, die zu Fuß gehen.',
      en: 'The game’s invention: if you cross on red, the fine comes straight to your phone. Fines on the phone were reported only for drivers in Shanghai. The game extends them to people on foot.',
    },
  },
  {
    id: 'S04',
    kind: 'fiction',
    source: null,
    basedOn: ['F32', 'F03', 'F31'],
    text: {
      de: 'Erfindung des Spiels: Die Stufen A, B, C und D sind dem lokalen Pilotprojekt in Rongcheng entlehnt, gelten hier aber für einen einzigen öffentlichen Punktestand für alle. So stellt der Artikel das System dar, nicht so beschreibt es die Forschung.',
      en: 'The game’s invention: the tiers A, B, C and D are borrowed from Rongcheng’s local pilot but applied here to one public score for everyone. That is how the article pictures the system, not how research describes it.',
    },
    plain: {
      de: 'Erfindung des Spiels: ein öffentlicher Punktestand für alle, mit den Stufen A bis D. Die Stufen stammen aus einem örtlichen Versuch in der Stadt Rongcheng. So stellt der Artikel das System dar. Die Forschung beschreibt es anders.',
      en: 'The game’s invention: one public score for everyone, with grades A to D. The grades come from a local trial (pilot) in the city of Rongcheng. That is how the article pictures the system. Research does not describe it like this.',
    },
  },
  {
    id: 'S05',
    kind: 'fiction',
    source: null,
    basedOn: ['F03'],
    text: {
      de: 'Erfindung des Spiels: Passantinnen und Passanten weichen vor Menschen mit niedrigem Punktestand zurück. Der Artikel sagt nichts darüber, wie andere auf den Punktestand einer Person reagieren.',
      en: 'The game’s invention: passers-by step away from people with a low score. The article says nothing about how others react to someone’s score.',
    },
    plain: {
      de: 'Erfindung des Spiels: Andere gehen Menschen mit niedrigem Punktestand aus dem Weg. Der Artikel sagt nichts dazu, wie andere auf den Punktestand einer Person reagieren.',
      en: 'The game’s invention: people in the street avoid those with a low score. The article says nothing about how others react to a person’s score.',
    },
  },
  {
    id: 'S06',
    kind: 'fiction',
    source: null,
    basedOn: ['F03'],
    text: {
      de: 'Erfindung des Spiels: Eine öffentliche Anzeigetafel sortiert die Bewohnerinnen und Bewohner der Straße nach Punkten. Sie spitzt zu, dass das Punktekonto laut Artikel online für alle einsehbar ist.',
      en: 'The game’s invention: a public billboard ranks the street’s residents by score. It exaggerates the article’s report that anyone can view the points account online.',
    },
    plain: {
      de: 'Erfindung des Spiels: Eine öffentliche Anzeigetafel sortiert die Menschen der Straße nach Punkten. Laut Artikel kann jede Person das Punktekonto online sehen. Die Tafel übertreibt das.',
      en: 'The game’s invention: a public billboard ranks the people of the street by score. The article reports that anyone can see the points account online. The billboard makes this bigger.',
    },
  },
  {
    id: 'S07',
    kind: 'fiction',
    source: null,
    basedOn: ['F02'],
    text: {
      de: 'Erfindung des Spiels: Wer das Fehlverhalten anderer meldet, bekommt dafür Punkte. Von einer solchen Belohnung berichtet der Artikel nicht.',
      en: 'The game’s invention: reporting someone else’s offence earns you points. The article reports no such reward.',
    },
    plain: {
      de: 'Erfindung des Spiels: Meldest du, was jemand anderes falsch gemacht hat, bekommst du Punkte. Von so einer Belohnung berichtet der Artikel nicht.',
      en: 'The game’s invention: if you report what someone else did wrong, you get points. The article reports no such reward.',
    },
  },
  {
    id: 'S08',
    kind: 'fiction',
    source: null,
    basedOn: ['F03'],
    text: {
      de: 'Erfindung des Spiels: Alle tragen ihren Punktestand sichtbar über dem Kopf. Laut Artikel ist das Punktekonto im Netz öffentlich; die Anzeige mitten auf der Straße treibt das auf die Spitze.',
      en: 'The game’s invention: everyone carries their score visibly above their head. The article says the points account is public online; showing it in the street takes that to the extreme.',
    },
    plain: {
      de: 'Erfindung des Spiels: Alle tragen ihren Punktestand sichtbar über dem Kopf. Laut Artikel ist das Punktekonto im Internet öffentlich. Die Anzeige mitten auf der Straße geht viel weiter.',
      en: 'The game’s invention: everyone has their score shown above their head. The article says the points account is public online. Showing the score in the street goes much further.',
    },
  },
  {
    id: 'S09',
    kind: 'fiction',
    source: null,
    basedOn: ['F17', 'F25'],
    text: {
      de: 'Erfindung des Spiels: Die Kamerabrille der Streife blendet gleich das ganze Dossier ein. Berichtet ist nur, dass solche Brillen anzeigen, wer im Blickfeld ist.',
      en: 'The game’s invention: the patrol’s camera glasses display your whole dossier. What was reported is only that such glasses show officers who is in view.',
    },
    plain: {
      de: 'Erfindung des Spiels: Die Kamerabrille der Streife zeigt gleich deine ganze Akte. Berichtet ist nur: Solche Brillen zeigen an, wer im Blickfeld ist.',
      en: 'The game’s invention: the patrol’s camera glasses show your whole file. What was reported is only this: such glasses show officers who is in view.',
    },
  },
  {
    id: 'S10',
    kind: 'fiction',
    source: null,
    basedOn: ['F01'],
    text: {
      de: 'Erfindung des Spiels: Die Stadt ist ausgedacht. Sie versammelt in einem Viertel und an einem Tag Techniken, die der Artikel aus verschiedenen Städten und Regionen meldet.',
      en: 'The game’s invention: the city is made up. It packs into one district and one day technologies that the article reports from different cities and regions.',
    },
    plain: {
      de: 'Erfindung des Spiels: Die Stadt ist ausgedacht. Der Artikel meldet die Techniken aus verschiedenen Städten und Regionen. Das Spiel packt sie alle in ein Viertel und einen Tag.',
      en: 'The game’s invention: the city is made up. The article reports these technologies from different cities and regions. The game puts them all into one district and one day.',
    },
  },
  {
    id: 'S11',
    kind: 'fiction',
    source: null,
    basedOn: ['F04'],
    text: {
      de: 'Erfindung des Spiels: Läden und Schalter lassen Menschen mit niedrigem Punktestand warten. Der Artikel nennt keine solche Sanktion; er sagt nur allgemein, dass sie mit sinkendem Punktestand härter werden.',
      en: 'The game’s invention: shops and counters make people with a low score wait. The article names no such sanction; it only says in general that sanctions get harsher as the score falls.',
    },
    plain: {
      de: 'Erfindung des Spiels: Läden und Schalter lassen Menschen mit niedrigem Punktestand warten. Der Artikel nennt keine solche Strafe. Er sagt nur allgemein: Je tiefer der Punktestand, desto härter die Strafen.',
      en: 'The game’s invention: shops and counters make people with a low score wait. The article names no such punishment. It only says in general: the lower the score, the harder the punishments.',
    },
  },

  {
    id: 'S12',
    kind: 'fiction',
    source: null,
    basedOn: ['F08', 'F33', 'F04'],
    text: {
      de: 'Erfindung des Spiels: Ab Stufe C bleibt die Bahnsteigschranke zu. Der Artikel berichtet nur vom Gesichtsscan am Bahnhof Wuhan; andere Quellen berichten, dass Menschen auf gerichtlichen schwarzen Listen keine Zugtickets bekommen, aber nicht wegen einer Punktestufe.',
      en: 'The game’s invention: from grade C the platform gate stays shut. The article reports only the face scan at Wuhan station; other sources report train tickets refused to people on court blacklists, but not because of a grade.',
    },
    plain: {
      de: 'Erfindung des Spiels: Ab Stufe C bleibt die Bahnsteigschranke zu. Der Artikel berichtet nur vom Gesichtsscan am Bahnhof Wuhan. Andere Quellen berichten: Menschen auf schwarzen Listen der Gerichte bekamen keine Zugtickets. Der Grund war aber keine Punktestufe.',
      en: 'The game’s invention: from grade C on, the platform gate stays shut. The article only reports the face scan at Wuhan station. Other sources report that people on court blacklists could not buy train tickets. But the reason was not a grade.',
    },
  },
  {
    id: 'S13',
    kind: 'fiction',
    source: null,
    basedOn: ['F17', 'F04'],
    text: {
      de: 'Erfindung des Spiels: Bei Stufe D hält dich die Streife an. Der Artikel berichtet von Polizeibrillen, die anzeigen, wer im Blick ist, aber nicht davon, dass eine Punktestufe Kontrollen auslöst.',
      en: 'The game’s invention: at grade D the patrol stops you. The article reports police glasses that show who is in view, but not that a grade sets off police checks.',
    },
    plain: {
      de: 'Erfindung des Spiels: Bei Stufe D hält dich die Streife an. Der Artikel berichtet von Polizeibrillen, die anzeigen, wer im Blick ist. Er sagt aber nicht, dass eine Punktestufe Kontrollen auslöst.',
      en: 'The game’s invention: at grade D, the patrol stops you. The article reports police glasses that show who is in view. It does not report that a grade leads to police checks.',
    },
  },
  {
    id: 'S14',
    kind: 'fiction',
    source: null,
    basedOn: ['F18', 'F04'],
    text: {
      de: 'Erfindung des Spiels: Bei Stufe D wird dein Handy an jeder Kontrollstelle ausgelesen. Der Artikel berichtet von Handydurchsuchungen bei Verdächtigen in Regionen wie Xinjiang, nicht von Durchsuchungen nach Punktestand.',
      en: 'The game’s invention: at grade D every checkpoint reads your phone. The article reports phone searches of suspects in regions such as Xinjiang, not searches by score.',
    },
    plain: {
      de: 'Erfindung des Spiels: Bei Stufe D liest jede Kontrollstelle dein Handy aus. Der Artikel berichtet: In Regionen wie Xinjiang durchsucht die Polizei Handys von Verdächtigen. Von Durchsuchungen wegen des Punktestands berichtet er nicht.',
      en: 'The game’s invention: at grade D, every checkpoint reads your phone. The article reports that police search the phones of suspects. That happens in regions such as Xinjiang. The article reports no searches because of a score.',
    },
  },
  {
    id: 'S15',
    kind: 'fiction',
    source: null,
    basedOn: ['F20', 'F02'],
    text: {
      de: 'Erfindung des Spiels: Der kostenlose Gesundheitscheck bringt Pluspunkte. Human Rights Watch berichtet (laut Artikel), dass bei solchen Checks Körperdaten gesammelt werden; von Punkten dafür ist nicht die Rede.',
      en: 'The game’s invention: the free health check earns plus points. Human Rights Watch reports (as the article says) that such checks collect body data; it says nothing about points for them.',
    },
    plain: {
      de: 'Erfindung des Spiels: Der kostenlose Gesundheitscheck bringt Pluspunkte. Der Artikel zitiert Human Rights Watch, eine Organisation für Menschenrechte. Sie berichtet: Bei solchen Checks sammeln Behörden Körperdaten. Von Punkten dafür sagt sie nichts.',
      en: 'The game’s invention: the free health check earns plus points. The article quotes Human Rights Watch, a group that stands up for human rights. The group reports that such checks collect body data. It says nothing about points for them.',
    },
  },
  {
    id: 'S16',
    kind: 'fiction',
    source: null,
    basedOn: ['F15', 'F02'],
    text: {
      de: 'Erfindung des Spiels: Wer zur Vorlesung kommt, bekommt Punkte. Der Artikel berichtet nur, dass Hochschulen die Anwesenheit per Gesichtserkennung prüfen.',
      en: 'The game’s invention: turning up to the lecture earns points. The article reports only that universities check attendance by face recognition.',
    },
    plain: {
      de: 'Erfindung des Spiels: Wer zur Vorlesung kommt, bekommt Punkte. Der Artikel berichtet nur: Hochschulen prüfen mit Gesichtserkennung, wer da ist. Gesichtserkennung heißt: Eine Kamera erkennt, wer du bist.',
      en: 'The game’s invention: if you go to the lecture, you get points. The article only reports that universities check who is there with face recognition. Face recognition means: a camera knows who you are.',
    },
  },
  {
    id: 'S17',
    kind: 'fiction',
    source: null,
    basedOn: ['F16', 'F02'],
    text: {
      de: 'Erfindung des Spiels: Ein gelangweilter Blick kostet Punkte, ein aufmerksamer bringt welche. Berichtet ist eine Schule, die der Lehrkraft das Interesse der Klasse anzeigt, ohne Punkte.',
      en: 'The game’s invention: a bored face costs points and an attentive one earns them. What was reported is a school that shows the teacher how interested the class is, with no points.',
    },
    plain: {
      de: 'Erfindung des Spiels: Ein gelangweilter Blick kostet Punkte. Ein aufmerksamer Blick bringt Punkte. Berichtet ist eine Schule, die der Lehrkraft das Interesse der Klasse anzeigt. Punkte gibt es dort nicht.',
      en: 'The game’s invention: a bored face costs points. An attentive face earns points. What was reported: a school shows the teacher how interested the class is. It gives no points.',
    },
  },
  {
    id: 'S18',
    kind: 'fiction',
    source: null,
    basedOn: ['F18', 'F25'],
    text: {
      de: 'Erfindung des Spiels: Der Scanner an der Kontrollstelle meldet Apps wie eine Gebets-App, ein VPN oder eine Nachrichten-App, und das kostet Punkte. Der Artikel sagt nicht, wonach die Scanner suchen; er berichtet nur, dass die „Polizei-Cloud“ auch religiöse Neigungen speichert.',
      en: 'The game’s invention: the checkpoint’s scanner flags apps such as a prayer app, a VPN or a news app, and that costs points. The article does not say what the scanners look for; it reports only that the “police cloud” also stores religious leanings.',
    },
    plain: {
      de: 'Erfindung des Spiels: Der Scanner an der Kontrollstelle sucht nach bestimmten Apps. Er meldet zum Beispiel eine Gebets-App, ein VPN oder eine Nachrichten-App. Ein VPN versteckt vor anderen, was du im Internet tust. So eine App kostet Punkte. Der Artikel sagt nicht, wonach die Scanner suchen. Er berichtet nur: Die „Polizei-Cloud“ speichert auch religiöse Ansichten.',
      en: 'The game’s invention: the scanner at the checkpoint looks for certain apps. It flags apps such as a prayer app, a VPN or a news app. A VPN hides what you do online from others. Such an app costs points. The article does not say what the scanners look for. It only reports that the “police cloud” also stores religious views.',
    },
  },
  {
    id: 'S19',
    kind: 'fiction',
    source: null,
    basedOn: ['F02'],
    text: {
      de: 'Erfindung des Spiels: Wie viele Punkte eine Handlung bringt oder kostet (etwa −50 für Rot), ist ausgedacht. Der Artikel sagt nur, dass erwünschtes Verhalten Plus- und unerwünschtes Minuspunkte bringt, und nennt keine Werte.',
      en: 'The game’s invention: how many points each action gains or costs (−50 for crossing on red, say) is made up. The article says only that wanted behaviour earns plus points and unwanted behaviour minus points, and gives no values.',
    },
    plain: {
      de: 'Erfindung des Spiels: Die Punkte für jede Handlung sind ausgedacht. Zum Beispiel gibt es −50 Punkte, wenn du bei Rot gehst. Der Artikel sagt nur: Erwünschtes Verhalten bringt Pluspunkte. Unerwünschtes Verhalten bringt Minuspunkte. Zahlen nennt der Artikel nicht.',
      en: 'The game’s invention: the points for each action are made up. For example, crossing on red gives −50 points. The article only says this: wanted behaviour brings plus points. Unwanted behaviour brings minus points. The article gives no numbers.',
    },
  },
  {
    id: 'S20',
    kind: 'fiction',
    source: null,
    basedOn: ['F21'],
    text: {
      de: 'Erfindung des Spiels: Im Spiel erkennt dich die Gangkamera trotz Hut und Maske immer. Dass das zu 100 % klappt, behauptet nur die Firma Watrix selbst; geprüft hat es niemand.',
      en: 'The game’s invention: in the game the gait camera always knows you, hat and mask or not. Only the company Watrix claims it works 100 % of the time; nobody has checked.',
    },
    plain: {
      de: 'Erfindung des Spiels: Im Spiel erkennt dich die Gangkamera immer. Sie erkennt dich daran, wie du gehst. Hut und Maske helfen im Spiel nicht. Dass das zu 100 % klappt, behauptet nur die Firma Watrix selbst. Geprüft hat das niemand.',
      en: 'The game’s invention: in the game, the gait camera always knows you. It recognises you by the way you walk. In the game, a hat and a mask do not help. Only the company Watrix claims this works 100 % of the time. Nobody has checked it.',
    },
  },
  {
    id: 'S21',
    kind: 'fiction',
    source: null,
    basedOn: ['F13', 'F19'],
    text: {
      de: 'Erfindung des Spiels: Wer eine Verkehrssünde mit ansieht, wird als Zeugin oder Zeuge gefilmt und in die Akte eingetragen. Berichtet sind Strafzettel aufs Handy in Shanghai und GPS-Ortung in Autos, nicht die Erfassung von Zeuginnen und Zeugen.',
      en: 'The game’s invention: anyone who sees a traffic offence is filmed as a witness and entered in their file. What was reported is phone tickets in Shanghai and GPS trackers in cars, not recording witnesses.',
    },
    plain: {
      de: 'Erfindung des Spiels: Kameras filmen auch Menschen, die eine Verkehrssünde sehen. Sie kommen dann als Zeugin oder Zeuge in ihre Akte. Berichtet sind Strafzettel aufs Handy in Shanghai und GPS-Geräte in Autos. Dass Zeuginnen und Zeugen erfasst werden, ist nicht berichtet.',
      en: 'The game’s invention: cameras also film people who see a traffic offence. Their file then lists them as witnesses. What was reported: fines on the phone in Shanghai and GPS trackers in cars. Recording witnesses was not reported.',
    },
  },
];

// The ID list lives apart (./factIds) so level loading does not pull in these texts.
export { FACT_IDS } from './factIds';

const BY_ID: ReadonlyMap<string, Fact> = new Map(FACTS.map((f) => [f.id, f]));

export function factById(id: string): Fact | undefined {
  return BY_ID.get(id);
}
