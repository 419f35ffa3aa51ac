// English texts that every screen may need from the start (the core). German
// (de.ts) must have exactly the same keys: its type is derived from this file,
// so a missing key fails the type check. Placeholders in braces ({score}) are
// filled in by `t()`. The texts of single features (debrief, desk, workshop,
// kiosk) are chunks of their own, loaded with the screens that show them: see
// features.ts, where each one is mounted under its key.
import type { checkEn } from './check/en';
import type { lessonEn } from './lesson/en';
import type { debriefEn } from './debrief/en';
import type { deskEn } from './desk/en';
import type { kioskEn } from './kiosk/en';
import { settingsEn } from './settings/en';
import type { workshopEn } from './workshop/en';

export const en = {
  app: {
    title: 'Punktestand',
    subtitle: 'One day in a city that keeps score',
    loading: 'Loading the city…',
  },
  start: {
    intro:
      'You spend one day in a city where cameras watch every step. A public score rises and falls with what you do, and sanctions follow at once. The game is built on a German article (from about 2018) about China’s social credit system and adds exaggerations of its own. At the end you see what the city recorded about you, and for every mechanic whether it was reported, claimed, or invented by the game.',
    howTitle: 'How to play',
    howGoal: 'Do your errands before the day ends. Watch your score.',
    language: 'Language',
    start: 'Start the day',
    deskOpen: 'Work a shift at the control desk',
    workshopLink: 'For facilitators: set up a workshop',
    lessonLink: 'Lesson material',
    privacy:
      'This game sends nothing anywhere and stores nothing about you: only your settings (language, text level, sound, text size, motion, keys) stay in this browser.',
  },
  hud: {
    score: 'Score',
    tier: 'Grade',
    clock: 'Time',
    errands: 'Errands',
    lastSanction: 'Latest sanction',
    none: 'none',
    pause: 'Pause',
    paused: 'Paused',
    resume: 'Resume',
    endDay: 'End the day now',
    mapLabel: 'The city. Use the arrow keys to walk; the nearest station is described below.',
    scoreChanged: 'Score {score} ({delta}).',
    tierChanged: 'New grade: {tier}.',
    sanctionImposed: 'Sanction: {sanction}.',
    sanctionLifted: 'Sanction lifted: {sanction}.',
    errandDone: 'Errand done: {errand}.',
    errandFailed: 'Errand failed: {errand}.',
    nearby: 'Nearby: {place}.',
    lightRed: 'The pedestrian light is red ({seconds} s).',
    lightGreen: 'The pedestrian light is green ({seconds} s).',
    phone: 'Phone',
    displayLost: 'The display stopped working for a moment. Your day is paused while it is restored.',
    displayRestored: 'The display is back. Resume when you are ready.',
  },
  act: {
    paper: 'Ask for toilet paper',
    pay: 'Pay for lunch with the app',
    healthCheck: 'Take the free health check',
    attentive: 'Look attentive',
    disguise: 'Put on a hat and mask',
    report: 'Report the driver',
  },
  end: {
    title: 'The day is over',
    titleByPlayer: 'You ended the day',
    finalScore: 'Final score',
    finalTier: 'Grade',
    errands: 'Errands',
    recordsTitle: 'What the city recorded about you',
    noRecords: 'Nothing. The cameras saw you all day, but found nothing to score.',
    recordLine: '{time} · {place} · {title} · {sensor} ({operator}) · took: {data}',
    again: 'Play again',
    debriefNote: 'Where each of these mechanics comes from is explained in the debrief.',
  },
  errandStatus: {
    open: 'open',
    done: 'done',
    failed: 'not done',
  },
  error: {
    levelTitle: 'The level could not be loaded',
    levelHelp: 'Fix the file(s) named below and reload the page. The game does not start with a broken level.',
    reload: 'Reload',
    unknownLevel: 'There is no level called "{id}". Known levels: {known}.',
    settingsReset: 'Your saved settings could not be read and were reset to defaults.',
    urlIgnored: 'Some settings in the link were not understood and were left at their defaults: {names}.',
    crashTitle: 'Something went wrong',
    crashHelp: 'The game hit an error. Reload to start again.',
  },
  tier: {
    aaa: { name: 'AAA · Model citizen', short: 'AAA' },
    a: { name: 'A · Trustworthy', short: 'A' },
    b: { name: 'B · Under observation', short: 'B' },
    c: { name: 'C · On warning', short: 'C' },
    d: { name: 'D · Untrustworthy', short: 'D' },
  },
  sanction: {
    'slow-service': { name: 'Slower service', desc: 'Counters and machines make you wait longer.' },
    'public-listing': { name: 'Public listing', desc: 'Your face is shown on the street’s list of untrustworthy people.' },
    'refuse-paper': { name: 'No toilet paper', desc: 'Dispensers refuse you entirely.' },
    'npcs-avoid': { name: 'People avoid you', desc: 'Passers-by read your score and step away.' },
    'police-attention': { name: 'Police attention', desc: 'Patrols single you out for checks.' },
    'close-gate': { name: 'Platform gate shut', desc: 'The platform gate stays shut for you.' },
    'search-phone': { name: 'Phone searches', desc: 'Every checkpoint reads your phone.' },
  },
  action: {
    jaywalk: {
      title: 'Crossed on red',
      toast: 'Crossed on red: you are on the big screen.',
      phone: 'Fine notice: crossing against the red light at {place}. Points deducted.',
    },
    'wait-green': {
      title: 'Waited for green',
      toast: 'Waited for green. The city approves.',
      phone: '',
    },
    'paper-granted': {
      title: 'Toilet paper issued ({cm} cm)',
      toast: 'Face scanned. {cm} cm of paper issued.',
      phone: '',
    },
    'paper-again': {
      title: 'Second paper request refused',
      toast: 'Refused: you already had your share. Try again in {wait} s. Logged as waste.',
      phone: '',
    },
    'paper-sanctioned': {
      title: 'Paper refused because of score',
      toast: 'Refused: your grade does not allow paper.',
      phone: '',
    },
    'abnormal-movement': {
      title: 'Abnormal movement',
      toast: 'ALARM: abnormal movement against the crowd.',
      phone: '',
    },
    'gate-open': {
      title: 'Face scanned at the platform gate',
      toast: 'Face recognised. The gate opens. Have a pleasant journey.',
      phone: '',
    },
    'gate-closed': {
      title: 'Turned away at the platform gate',
      toast: 'Gate closed: your grade does not allow travel today.',
      phone: 'Travel notice: your grade does not permit rail travel. Improve your score to travel again.',
    },
    'patrol-identified': {
      title: 'Identified by police glasses',
      toast: 'A police officer’s glasses have named you and opened your file.',
      phone: '',
    },
    'patrol-stopped': {
      title: 'Stopped by the police',
      toast: 'Stopped for a check: your grade draws police attention.',
      phone: '',
    },
    'phone-searched': {
      title: 'Phone read at a checkpoint',
      toast: 'Checkpoint: your phone was scanned. Nothing was found. This time.',
      phone: '',
    },
    'phone-flagged': {
      title: 'Phone flagged at a checkpoint',
      toast: 'Checkpoint: the scanner flagged your phone ({finding}).',
      phone: '',
    },
    'health-check': {
      title: 'Free health check',
      toast: 'Thank you! Fingerprints, iris and a blood sample have been taken, for your health.',
      phone: '',
    },
    'payment-logged': {
      title: 'Lunch paid by app',
      toast: 'Paid. Soup of the day, 6.50, logged with place and time.',
      phone: 'PayWay receipt: soup of the day, 6.50, market hall. Thank you for your data.',
    },
    'service-delayed': {
      title: 'Served later because of your grade',
      toast: 'Please wait {wait} s: customers with your grade are served later.',
      phone: '',
    },
    'attendance-logged': {
      title: 'Attendance recorded by face',
      toast: 'Attendance recorded. Welcome to the lecture.',
      phone: '',
    },
    'emotion-attentive': {
      title: 'Emotion: attentive',
      toast: 'Emotion reading: attentive. Keep it up.',
      phone: '',
    },
    'emotion-bored': {
      title: 'Emotion: bored (reported to the teacher)',
      toast: 'Emotion reading: bored. Your teacher has been told.',
      phone: '',
    },
    'disguise-worn': {
      title: 'Disguise put on',
      toast: 'Hat and mask on. Nobody can see your face now. Right?',
      phone: '',
    },
    'gait-match': {
      title: 'Recognised by your walk despite the mask',
      toast: 'Gait match: 100 % (the company says). Covering your face looks suspicious.',
      phone: '',
    },
    'car-ticket': {
      title: 'Recorded as a witness to a traffic offence',
      toast: 'A car ran the red light. Its driver’s ticket is already on their phone; the car’s GPS tracker logged the route. You were filmed as a witness.',
      phone: '',
    },
    'reported-other': {
      title: 'Reported another person',
      toast: 'Thank you for your report. Points added.',
      phone: '',
    },
  },
  finding: {
    vpn: 'a VPN app',
    'foreign-news': 'a foreign news app',
    'prayer-app': 'a prayer app',
    'group-chat': 'a group chat about rent',
  },
  sensor: {
    'crossing-camera': 'Crossing camera with face recognition',
    'dispenser-camera': 'Face scanner in the paper dispenser',
    'crowd-analysis': 'Crowd analysis camera',
    'gate-scanner': 'Face scanner at the platform gate',
    'police-glasses': 'Police camera glasses',
    'phone-scanner': 'Portable phone scanner',
    'clinic-database': 'Health check database',
    'payment-app': 'Payment app',
    'attendance-camera': 'Attendance camera',
    'emotion-camera': 'Emotion camera on the lecture square',
    'gait-camera': 'Gait recognition camera',
    'traffic-camera': 'Traffic camera',
    'informant-app': 'Citizen reporting app',
  },
  operator: {
    'traffic-office': 'Office for Traffic Order',
    'park-office': 'Park Administration',
    'crowd-vision': 'CrowdVision Ltd. (contractor)',
    'rail-company': 'City Rail',
    police: 'City Police',
    'health-office': 'Office for Public Health',
    payway: 'PayWay (payment app)',
    university: 'City University',
    classcare: 'ClassCare Ltd. (school technology)',
    gaitid: 'GaitID Ltd. (contractor)',
    'citizen-hotline': 'Civic Reporting Hotline',
  },
  data: {
    face: 'face',
    name: 'name',
    address: 'address',
    time: 'time',
    place: 'place',
    amount: 'amount',
    score: 'score',
    'age-estimate': 'estimated age',
    direction: 'direction of walking',
    ticket: 'ticket',
    contacts: 'contacts',
    messages: 'messages',
    photos: 'photos',
    apps: 'apps',
    fingerprints: 'fingerprints',
    iris: 'iris scan',
    dna: 'blood sample (DNA)',
    item: 'what you bought',
    price: 'price',
    app: 'payment app',
    emotion: 'facial expression',
    gait: 'way of walking',
  },
  district: {
    'district-1': 'Lindenviertel',
  },
  place: {
    'linden-crossing': 'Linden Street crossing',
    'park-toilet': 'Public toilet, Rose Park',
    'station-square': 'Station Square',
    market: 'Market hall',
    'station-entrance': 'Central Station',
    'lecture-hall': 'Lecture square, City University',
    'market-street': 'Market Street',
    'health-tent': 'Health tent',
    'hat-stall': 'Hat stall',
    'east-pavement': 'East pavement, Linden Street',
  },
  sign: {
    bakery: 'Bakery',
    home: 'Home',
    pharmacy: 'Pharmacy',
    toilet: 'WC',
    offices: 'Offices',
    market: 'Market',
    station: 'Central Station',
    university: 'University',
    police: 'Police',
  },
  errand: {
    lecture: 'Attend the lecture at the university',
    toilet: 'Use the toilet in Rose Park',
    lunch: 'Buy lunch at the market hall',
    train: 'Catch the train at Central Station',
  },
  monitor: {
    idle: 'CIVILISED CROSSING',
    idleSub: 'Cross on green. We see you.',
    shame: 'CROSSED ON RED',
    name: 'Name: {name}',
    address: 'Address: {address}',
  },
  plaza: {
    alarm: 'ABNORMAL',
  },
  station: {
    health: 'FREE HEALTH CHECK',
    healthTaken: 'Fingerprints, iris, blood: stored',
    hats: 'HATS · MASKS',
    checkpoint: 'CHECKPOINT',
    lecture: 'ATTENTION LEVEL',
    billboard: 'OUR STREET’S ROLE MODELS',
    billboardLow: 'BOTTOM OF THE LIST',
    you: 'You',
    gateOpen: 'OPEN',
    gateClosed: 'CLOSED',
    ticket: 'TICKET SENT · GPS LOGGED',
    dossier: 'FILE · entries: {records} · score: {score}',
  },
  ending: {
    title: 'How your day ended',
    next: 'Open your citizen file',
    blacklisted: {
      name: 'Turned away at the gate',
      text: 'The platform gate stayed shut. Your grade does not allow travel, so the last train left without you. Tomorrow you may try to earn your way back, one green light at a time. (A grade that shuts a gate is this game’s invention: in China, travel bans are reported for people on court blacklists, a separate mechanism from a city’s point grades.)',
    },
    'model-citizen': {
      name: 'Model citizen',
      text: 'Every errand done, every light obeyed, a top grade. Your reward: a certificate on your phone and a discount on train tickets you may buy. The cameras keep watching, just in case.',
    },
    'missed-train': {
      name: 'Missed the train',
      text: 'The day ran out before you reached the platform. Nobody stopped you, yet the city noted every step on the way.',
    },
    'getting-by': {
      name: 'Getting by',
      text: 'You made it home with a file that grew all day. Nothing terrible happened. You just learned to check the lights, and your score, before you move.',
    },
  },
  settings: settingsEn,
  citizen: {
    address: '{number} {street}',
    streets: ['Linden Street', 'Mill Lane', 'Garden Row', 'Harbour Road', 'Birch Avenue', 'School Street', 'Canal Walk', 'Orchard Way'],
  },
};

/** The shape every language's core must have: same keys, text values (lists stay lists). */
export type CoreMessages = Widen<typeof en>;
export type DebriefMessages = Widen<typeof debriefEn>;
export type WorkshopMessages = Widen<typeof workshopEn>;
export type DeskMessages = Widen<typeof deskEn>;
export type KioskMessages = Widen<typeof kioskEn>;
export type CheckMessages = Widen<typeof checkEn>;
export type LessonMessages = Widen<typeof lessonEn>;
/** The texts loaded on demand, each under its own key (see features.ts). */
export interface FeatureMessages {
  debrief: DebriefMessages;
  workshop: WorkshopMessages;
  desk: DeskMessages;
  kiosk: KioskMessages;
  check: CheckMessages;
  lesson: LessonMessages;
}
/** Everything in one language: the core and every feature mounted. */
export type Messages = CoreMessages & FeatureMessages;
type Widen<T> = T extends string ? string : T extends readonly string[] ? readonly string[] : { [K in keyof T]: Widen<T[K]> };
