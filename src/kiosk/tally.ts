// "Today at this screen": counts of what visitors did, for the day only.
// Numbers, never who: no names, no times, no scores of anyone in particular.
// Kept in localStorage under its own key, and forgotten when the date changes.

export const TALLY_KEY = 'punktestand.kiosk.today';

export interface Tally {
  /** Local date, YYYY-MM-DD. */
  date: string;
  visitors: number;
  crossedOnRed: number;
  againstCrowd: number;
  waitedForGreen: number;
  /** "What was real?" guesses on the short debrief's cards (issue 18), and how many were right. */
  guesses: number;
  rightGuesses: number;
}

/** What one visitor's session adds: did they do it at all (yes/no), not how often. */
export interface SessionFacts {
  crossedOnRed: boolean;
  againstCrowd: boolean;
  waitedForGreen: boolean;
}

export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function emptyTally(date: string): Tally {
  return { date, visitors: 0, crossedOnRed: 0, againstCrowd: 0, waitedForGreen: 0, guesses: 0, rightGuesses: 0 };
}

const COUNTS = ['visitors', 'crossedOnRed', 'againstCrowd', 'waitedForGreen'] as const;
/** Counts added later: a tally stored before they existed reads them as 0 instead of starting afresh. */
const LATER_COUNTS = ['guesses', 'rightGuesses'] as const;

/** Today's tally from stored text; anything unreadable, or another day's, starts afresh. */
export function readTally(raw: string | null, today: string): Tally {
  if (raw === null) return emptyTally(today);
  try {
    const parsed = JSON.parse(raw) as Record<string, unknown>;
    if (!parsed || parsed.date !== today) return emptyTally(today);
    const tally = emptyTally(today);
    for (const key of COUNTS) {
      const n = parsed[key];
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) return emptyTally(today);
      tally[key] = n;
    }
    for (const key of LATER_COUNTS) {
      const n = parsed[key] ?? 0;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) return emptyTally(today);
      tally[key] = n;
    }
    if (tally.rightGuesses > tally.guesses) return emptyTally(today);
    return tally;
  } catch {
    return emptyTally(today);
  }
}

export function addSession(tally: Tally, session: SessionFacts, today: string): Tally {
  const base = tally.date === today ? tally : emptyTally(today);
  return {
    date: today,
    visitors: base.visitors + 1,
    crossedOnRed: base.crossedOnRed + (session.crossedOnRed ? 1 : 0),
    againstCrowd: base.againstCrowd + (session.againstCrowd ? 1 : 0),
    waitedForGreen: base.waitedForGreen + (session.waitedForGreen ? 1 : 0),
    guesses: base.guesses,
    rightGuesses: base.rightGuesses,
  };
}

/** One guess on a card of the short debrief: counted, never who guessed. */
export function addGuess(tally: Tally, right: boolean, today: string): Tally {
  const base = tally.date === today ? tally : emptyTally(today);
  return { ...base, guesses: base.guesses + 1, rightGuesses: base.rightGuesses + (right ? 1 : 0) };
}

/** The yes/no facts of a session from the actions the city recorded. */
export function sessionFacts(actions: readonly string[]): SessionFacts {
  return {
    crossedOnRed: actions.includes('jaywalk'),
    againstCrowd: actions.includes('abnormal-movement'),
    waitedForGreen: actions.includes('wait-green'),
  };
}

/** The tally kept in a Storage; a store that throws counts in memory for the page's life. */
export class TallyStore {
  private memory: Tally;

  constructor(
    private readonly storage: Storage | null,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.memory = emptyTally(localDate(this.now()));
  }

  /** Today's tally; after midnight this is a fresh one and the old one is removed. */
  read(): Tally {
    const today = localDate(this.now());
    let raw: string | null;
    try {
      raw = this.storage ? this.storage.getItem(TALLY_KEY) : JSON.stringify(this.memory);
    } catch {
      raw = JSON.stringify(this.memory);
    }
    const tally = readTally(raw, today);
    if (raw !== null && tally.visitors === 0) this.write(tally);
    this.memory = tally;
    return tally;
  }

  add(session: SessionFacts): Tally {
    const next = addSession(this.read(), session, localDate(this.now()));
    this.write(next);
    return next;
  }

  guess(right: boolean): Tally {
    const next = addGuess(this.read(), right, localDate(this.now()));
    this.write(next);
    return next;
  }

  private write(tally: Tally): void {
    this.memory = tally;
    try {
      this.storage?.setItem(TALLY_KEY, JSON.stringify(tally));
    } catch {
      /* full or blocked storage: the tally lives in memory */
    }
  }
}
