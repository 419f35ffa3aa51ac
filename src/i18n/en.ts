// English texts. German (de.ts) must have exactly the same keys: its type is
// derived from this file, so a missing key fails the type check.
// Placeholders in braces ({score}) are filled in by `t()`.
import { debriefEn } from './debrief/en';

export const en = {
  meta: {
    languageName: 'English',
    locale: 'en-GB',
  },
  app: {
    title: 'Punktestand',
    subtitle: 'One day in a city that keeps score',
    loading: 'Loading the city…',
  },
  start: {
    intro:
      'You spend one day in a city where cameras watch every step. A public score rises and falls with what you do, and sanctions follow at once. Every mechanic comes from a German article about China’s social credit system; at the end you see what the city recorded about you, and what is real.',
    howTitle: 'How to play',
    howMove: 'Walk with the arrow keys or W A S D, or tap / click where you want to go (hold to keep walking).',
    howAct: 'Use things with E, Space or the action button. Pause with P or Escape.',
    howGoal: 'Do your errands before the day ends. Watch your score.',
    language: 'Language',
    start: 'Start the day',
    privacy:
      'This game sends nothing anywhere and stores nothing about you: only your settings (language) stay in this browser.',
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
    nearby: 'Nearby: {place}.',
    lightRed: 'The pedestrian light is red ({seconds} s).',
    lightGreen: 'The pedestrian light is green ({seconds} s).',
    phone: 'Phone',
  },
  act: {
    paper: 'Ask for toilet paper',
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
    crashTitle: 'Something went wrong',
    crashHelp: 'The game hit an error. Reload to start again.',
  },
  tier: {
    aaa: { name: 'AAA · Model citizen', short: 'AAA' },
    a: { name: 'A · Trustworthy', short: 'A' },
    b: { name: 'B · Under observation', short: 'B' },
    c: { name: 'C · Untrustworthy', short: 'C' },
    d: { name: 'D · Blacklisted', short: 'D' },
  },
  sanction: {
    'slow-service': { name: 'Slower service', desc: 'Counters and machines make you wait longer.' },
    'public-listing': { name: 'Public listing', desc: 'Your face is shown on the street’s list of untrustworthy people.' },
    'refuse-paper': { name: 'No toilet paper', desc: 'Dispensers refuse you entirely.' },
    'npcs-avoid': { name: 'People avoid you', desc: 'Passers-by read your score and step away.' },
    'police-attention': { name: 'Police attention', desc: 'Patrols single you out for checks.' },
    'close-gate': { name: 'Gates closed', desc: 'Face gates, including the train platform, stay shut for you.' },
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
  },
  sensor: {
    'crossing-camera': 'Crossing camera with face recognition',
    'dispenser-camera': 'Face scanner in the paper dispenser',
    'crowd-analysis': 'Crowd analysis camera',
  },
  operator: {
    'traffic-office': 'Office for Traffic Order',
    'park-office': 'Park Administration',
    'crowd-vision': 'CrowdVision Ltd. (contractor)',
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
  },
  sign: {
    bakery: 'Bakery',
    home: 'Home',
    pharmacy: 'Pharmacy',
    toilet: 'WC',
    offices: 'Offices',
    market: 'Market',
    station: 'Central Station',
  },
  errand: {
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
  debrief: debriefEn,
  citizen: {
    address: '{number} {street}',
    streets: ['Linden Street', 'Mill Lane', 'Garden Row', 'Harbour Road', 'Birch Avenue', 'School Street', 'Canal Walk', 'Orchard Way'],
  },
};

/** The shape every language must have: same keys, text values (lists stay lists). */
export type Messages = Widen<typeof en>;
export type DebriefMessages = Messages['debrief'];
type Widen<T> = T extends string ? string : T extends readonly string[] ? readonly string[] : { [K in keyof T]: Widen<T[K]> };
