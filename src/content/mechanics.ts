// The game's mechanics as data, for the debrief's "Where does this come
// from?": which station kinds and recorded actions make up each mechanic, and
// which facts (src/content/facts.ts) it rests on. Texts live in the debrief
// translations at `debrief.mechanic.<id>.title` and `debrief.mechanic.<id>.how`.
//
// A mechanic is *met* when the day has a record whose action is listed here
// (or it is `always` part of the game), *missed* when the district has a
// station of one of its kinds but the day has no such record, and *not in
// this district* otherwise.

export interface Mechanic {
  /** kebab-case, unique. */
  id: string;
  /**
   * Station kinds that offer this mechanic. Typed as plain strings so station
   * kinds added later need no change here (the core's StationKind may lag).
   */
  stationKinds: string[];
  /** Catalogue action ids whose records count as meeting the mechanic. */
  actions: string[];
  /** Fact ids (F01… / S01…), in the order the debrief shows them. */
  facts: string[];
  /** Part of every day, whatever the player does (the score, the grades, the file). */
  always?: boolean;
}

export const MECHANICS: readonly Mechanic[] = [
  // ---------------------------------------------------------------- always part of the day
  {
    id: 'citizen-file',
    stationKinds: [],
    actions: [],
    // The file itself and the data behind the system, with its big numbers.
    facts: ['F01', 'F31', 'F25', 'F24', 'F07', 'F05', 'S10'],
    always: true,
  },
  {
    id: 'public-score',
    stationKinds: ['billboard'],
    actions: [],
    facts: ['F03', 'F31', 'S08', 'S06'],
    always: true,
  },
  {
    id: 'grades-and-sanctions',
    stationKinds: [],
    actions: [],
    facts: ['F02', 'F04', 'F32', 'S04', 'S19', 'S05', 'S11'],
    always: true,
  },

  // ---------------------------------------------------------------- district 1
  {
    id: 'shaming-crossing',
    stationKinds: ['crossing'],
    actions: ['jaywalk', 'wait-green'],
    facts: ['F14', 'F13', 'F04', 'S02', 'S03'],
  },
  {
    id: 'paper-dispenser',
    stationKinds: ['dispenser'],
    actions: ['paper-granted', 'paper-again', 'paper-sanctioned'],
    facts: ['F12', 'S01'],
  },
  {
    id: 'crowd-analysis',
    stationKinds: ['plaza'],
    actions: ['abnormal-movement'],
    facts: ['F06', 'F10', 'F11'],
  },

  // ---------------------------------------------------------------- further stations
  {
    id: 'face-gate',
    stationKinds: ['gate'],
    actions: ['gate-open', 'gate-closed'],
    facts: ['F08', 'F33', 'S12', 'F09'],
  },
  {
    id: 'camera-glasses',
    stationKinds: ['patrol'],
    actions: ['patrol-identified', 'patrol-stopped'],
    facts: ['F17', 'F11', 'S09', 'S13', 'F30'],
  },
  {
    id: 'phone-check',
    stationKinds: ['checkpoint'],
    actions: ['phone-searched', 'phone-flagged'],
    facts: ['F18', 'S14', 'S18', 'F22'],
  },
  {
    id: 'health-check',
    stationKinds: ['clinic'],
    actions: ['health-check', 'health-check-declined'],
    facts: ['F20', 'S15'],
  },
  {
    id: 'payments-logged',
    stationKinds: ['shop'],
    actions: ['payment-logged', 'service-delayed'],
    facts: ['F23', 'F25', 'F24', 'S11'],
  },
  {
    id: 'attendance-check',
    stationKinds: ['lecture'],
    actions: ['attendance-logged'],
    facts: ['F15', 'S16', 'F36'],
  },
  {
    id: 'emotion-meter',
    stationKinds: ['lecture'],
    actions: ['emotion-bored', 'emotion-attentive'],
    facts: ['F16', 'S17', 'F29'],
  },
  {
    id: 'gait-recognition',
    stationKinds: ['gait', 'disguise'],
    actions: ['gait-match', 'disguise-worn'],
    facts: ['F21', 'S20'],
  },
  {
    id: 'car-tracking',
    stationKinds: ['witness'],
    actions: ['car-ticket'],
    facts: ['F13', 'F19', 'S21'],
  },
  {
    id: 'reporting-others',
    stationKinds: ['witness'],
    actions: ['reported-other'],
    facts: ['S07', 'F02'],
  },
];

export function mechanicById(id: string): Mechanic | undefined {
  return MECHANICS.find((m) => m.id === id);
}
