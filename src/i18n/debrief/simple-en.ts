// Plain English texts of the debrief (issue 19): the same keys, facts, sources
// and labels as ./en.ts, in short sentences and everyday words. A hard word
// that must stay is explained where it first comes up. Names, citations and
// short headings that are already plain are taken from ./en.ts, so the two
// levels cannot drift apart there.
import type { DebriefMessages } from '../en';
import { debriefEn as en } from './en';

export const debriefSimpleEn: DebriefMessages = {
  title: en.title,
  leadClock: 'The day is over. Here is what the city saved about you. You also see where each of its tricks comes from.',
  leadPlayer: 'You ended the day at {time}. Here is what the city saved about you. You also see where each of its tricks comes from.',
  leadErrands: 'Your last errand ended the day at {time}. Here is what the city saved about you. You also see where each of its tricks comes from.',
  errands: en.errands,
  deskOpen: 'Now play the other side: work a shift at the control desk',
  actions: {
    label: en.actions.label,
    print: en.actions.print,
    printHint: 'One or two A4 pages. Your name and address are not on them.',
  },
  print: en.print,
  dossier: {
    title: en.dossier.title,
    intro:
      'Here is every record the city made about you, in order. A sensor is a machine that records you, like a camera. Each record says when and where it happened. It says which sensor saw you and what it took. It says who runs the sensor and what it cost you.',
    none: 'There is no record at all. The cameras saw you all day. They found nothing to score. Your file is empty, but it exists.',
    place: en.dossier.place,
    sensor: en.dossier.sensor,
    operator: en.dossier.operator,
    data: en.dossier.data,
    scoreAfter: 'score after this: {score}',
  },
  chart: {
    title: en.chart.title,
    svgTitle: 'Line chart: your score from {from} to {to}',
    summary: 'At {startTime} your score was {start}. It was lowest at {lowestTime}: {lowest}. At {endTime} it was {end}.',
    summaryNeverBelow: 'At {startTime} your score was {start}. It never went lower than that. At {endTime} it was {end}.',
    summaryFlat: 'Your score stayed at {start} from {startTime} to {endTime}.',
    tableCaption: en.chart.tableCaption,
    time: en.chart.time,
    score: en.chart.score,
    grade: en.chart.grade,
  },
  sources: {
    title: en.sources.title,
    intro: 'Every rule and trick in the game comes from somewhere. Each source has a label. The label tells you how far you can trust the source.',
    legendTitle: en.sources.legendTitle,
    metTitle: en.sources.metTitle,
    missedTitle: 'In this district, but you did not set it off',
    missedIntro: 'This district has these. None of them recorded you today. Open one to read what it does. You also read where it comes from.',
    absentTitle: en.sources.absentTitle,
    absentIntro: en.sources.absentIntro,
    details: 'How it works, and the sources',
    today: en.sources.today,
    records: en.sources.records,
    articleKey: 'On the cards below, “article” always means one source: “{title}”. Who wrote the article? See “Who is speaking?”.',
    seeCard: en.sources.seeCard,
    todayNone: 'This was part of your whole day.',
    factWord: en.sources.factWord,
  },
  status: en.status,
  cite: {
    article: en.cite.article,
    articleShort: en.cite.articleShort,
    applies: en.cite.applies,
    regulation: en.cite.regulation,
    research: en.cite.research,
    other: en.cite.other,
    gameAlone: en.cite.gameAlone,
    speaker: en.cite.speaker,
    where: en.cite.where,
    game: 'Invented by this game. It goes further than these facts: {basedOn}.',
  },
  research: {
    title: en.research.title,
    text: 'The article shows one national score for every person. This game does the same. But some researchers read the Chinese rules themselves. They describe something different. China’s main national tool is blacklists. A blacklist names people or companies who get penalties. Government offices share these lists with each other. The lists are aimed mostly at companies. They also hit people who do not do what a court ordered. Point scores exist only as local tests in a few cities. Check a source against other sources. That is part of reading it.',
  },
  provenance: {
    title: en.provenance.title,
    article:
      'Some sources have the label “{report}”, “{claim}”, “{figure}” or “{opinion}”. They all come from one article: “{title}”. Only a card that names another source is different.',
    opinion:
      'The article does not only report. It also judges. Its title and its last lines are the author’s opinion. That matters. You can check a report against other sources. You cannot check an opinion like that. You can only weigh it and argue about it. Some people read an opinion as a fact. Then they take over someone else’s view without noticing.',
    voices: 'Many voices in the article belong to companies. They talk about their own products. Here is one example:',
  },
  mirror: {
    title: en.mirror.title,
    intro: 'This is not a judgement. It shows what you did. Next to it, you see what the system made of it in points.',
    caption: en.mirror.caption,
    colChoice: en.mirror.colChoice,
    colPoints: en.mirror.colPoints,
    rows: {
      waited: { some: 'You waited for green at the kerb {times}.', none: 'You never waited for green at the kerb.' },
      'crossed-red': en.mirror.rows['crossed-red'],
      'paper-again': en.mirror.rows['paper-again'],
      'against-crowd': { some: en.mirror.rows['against-crowd'].some, none: 'You never walked against the crowd long enough to be marked.' },
      'health-check': en.mirror.rows['health-check'],
      'looked-attentive': { some: 'In the lecture, you put on a “paying attention” face {times}.', none: 'You never put on a “paying attention” face in the lecture.' },
      disguised: en.mirror.rows.disguised,
      'reported-other': en.mirror.rows['reported-other'],
    },
    notOffered: 'there was no chance for it in this district',
    points: en.mirror.points,
    noPoints: en.mirror.noPoints,
    totals: 'In all, the system gave you {gained} points. It took {lost} points.',
    kept: en.mirror.kept,
    keptZero: '{zero} of them did not change your score. The system kept them anyway.',
    times: en.mirror.times,
  },
  questions: {
    title: en.questions.title,
    intro: 'Talk about these questions in class, at home or with friends. There are no right answers to tick.',
    suedkreuz:
      'Südkreuz is a train station in Berlin. There, police tested face recognition on volunteers in 2017–18. Face recognition means: a camera knows who you are. The police called the test a success. The Chaos Computer Club read the same report. This club is a group of computer experts. It came to a different result. You find both below. May police recognise faces live at stations, while people walk past? Which numbers would you need to decide? And if yes, for what?',
    'ai-act':
      'The AI Act is a law of the EU about AI. It bans social scoring in 2 cases. Social scoring means: rating people by how they behave or what they are like. Case 1: the score leads to worse treatment in an unrelated part of life. Case 2: the treatment is too harsh for what someone did. The AI Act also bans emotion recognition at work and in schools. Emotion recognition means: a machine guesses your feelings from your face. There is an exception for medical or safety reasons. The AI Act does not ban most other face recognition. But data protection law (the GDPR) already protects face data. Face data is a special kind of data with extra protection (GDPR Art. 9). So a platform gate that scans faces needs a legal basis first. A legal basis is a rule in law that allows it. A camera that checks who is present needs one too. Which of today’s stations would the EU ban? Which would break the law for other reasons? And which would still be allowed?',
    phone: 'Your phone knows where you walked today. It knows whom you wrote to. Which apps could put together a file like this one? And who can read it?',
    payments: 'Paying by card or phone leaves a trail. It shows what you bought, where and when. What could a stranger learn from 1 month of your payments?',
    cameras: 'Count the cameras on your next way to school or work. Who runs them? What do they record? Would you walk differently if each one gave points?',
    factsLabel: en.questions.factsLabel,
  },
  mechanic: {
    'citizen-file': {
      title: en.mechanic['citizen-file'].title,
      how: 'Every sensor in the game writes into one file about you. It notes the time, the place and who runs the sensor. You are reading this file now.',
    },
    'public-score': {
      title: en.mechanic['public-score'].title,
      how: 'Everyone in the city has their score above their head. It changes as soon as a camera sees something.',
    },
    'grades-and-sanctions': {
      title: 'Grades and penalties',
      how: 'Your score puts you in a grade from AAA to D. Each grade turns on its penalties at once. They go from slower service to a shut platform gate.',
    },
    'shaming-crossing': {
      title: 'The crossing that shames you',
      how: 'If you cross on red, you appear on the big screen. It shows your face, name and address. You also get a fine on your phone. A fine is money you must pay as a punishment. If you wait for green, you earn a few points.',
    },
    'paper-dispenser': {
      title: en.mechanic['paper-dispenser'].title,
      how: 'First a camera scans your face. Then you get 60 cm of paper. If you ask again too soon, the machine says no. It notes this in your file as waste. At a low grade, you get no paper at all.',
    },
    'crowd-analysis': {
      title: 'Crowd watching on the square',
      how: 'A camera watches which way the crowd moves. Walk against it for a moment, and it marks you as “abnormal”. An alarm goes off, and you lose points.',
    },
    'face-gate': {
      title: en.mechanic['face-gate'].title,
      how: 'A camera scans your face before you reach the platform. If your grade is below a certain level, the platform gate stays shut.',
    },
    'camera-glasses': {
      title: en.mechanic['camera-glasses'].title,
      how: 'Police on patrol wear glasses with a camera. When you walk into their view, the glasses tell them who you are. At a low grade, they stop you for a check.',
    },
    'phone-check': {
      title: en.mechanic['phone-check'].title,
      how: 'Police read your phone right there with a hand-held scanner. Sometimes the scanner points to an app that the police do not like.',
    },
    'health-check': {
      title: en.mechanic['health-check'].title,
      how: 'A tent offers a free check-up. It keeps your fingerprints, a blood sample and a scan of your iris. The iris is the coloured part of your eye. If you take the check, you earn points.',
    },
    'payments-logged': {
      title: 'Every payment saved',
      how: 'You pay for lunch with an app. Then your file shows what you bought, where and when. At a low grade, you get served later.',
    },
    'attendance-check': {
      title: en.mechanic['attendance-check'].title,
      how: 'On the lecture square, face recognition checks who is there. Face recognition means: a camera knows who you are.',
    },
    'emotion-meter': {
      title: 'The feelings meter in class',
      how: 'A camera reads faces in class. It tells the teacher who looks bored and who seems to pay attention.',
    },
    'gait-recognition': {
      title: en.mechanic['gait-recognition'].title,
      how: 'A hat and a mask hide your face. But a camera knows you by the way you walk.',
    },
    'car-tracking': {
      title: 'Cars tracked, tickets by phone',
      how: 'A car drives through a red light. Within seconds, the driver gets a ticket on their phone. The car has a GPS tracker: a device that records where the car goes. It has saved the route. A camera films you as a witness.',
    },
    'reporting-others': {
      title: en.mechanic['reporting-others'].title,
      how: 'An app lets you report the driver you just saw. The city pays you for it in points.',
    },
  },
};
