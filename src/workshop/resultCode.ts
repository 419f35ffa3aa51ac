// Result codes: a day's outcome in a few characters, so a class can pool its
// results without a server. No personal data: only the ending, grade, a
// score band, two choices, which sanctions hit, (optionally) the control
// desk's confirm rate and (optionally) the source check before and after the
// day. Crockford base32 (no I, L, O, U; typing them is forgiven), data
// characters and one check character.
//
// Two layouts, told apart by length and by the version in the lowest bits,
// so codes handed out before the source check existed still decode:
//
// Version 1: six data characters + check, shown as XXX-XXXX (30 bits):
//   0-1   version (1)
//   2-4   ending   (index in catalogue.endings)
//   5-7   tier     (index in catalogue.tiers)
//   8-12  score band (score / 50, rounded down, at most 31)
//   13    waited for green at least once
//   14    reported another person at least once
//   15-22 sanctions that hit during the day (bit i = catalogue.sanctions[i])
//   23-26 control desk confirm rate: 0 = not played, 1..11 = 0 %, 10 % ... 100 %
//   27-29 reserved, always 0
//
// Version 2: nine data characters + check, shown as XXX-XXX-XXXX (45 bits).
// Written when the player took the source check (issue 18); without it a
// day still gets the short version-1 code.
//   0-1   version (2)
//   2-29  as version 1
//   30    form order: 0 = form A before the day and B after, 1 = B then A
//   31    the check before the day was taken
//   32-37 before: bit i = statement i of that form sorted right
//   38    the check after the debrief was taken
//   39-44 after: as 32-37, for the other form
// Indices follow the catalogue's order, so a catalogue edit that reorders
// endings, tiers or sanctions changes what old codes mean (see README); the
// check's bits follow the order of the forms in levels/statements.json.

export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** The layout of codes without the source check (and of every code handed out before it existed). */
export const CODE_VERSION = 1;
/** The layout of codes that carry the source check. */
export const CHECK_CODE_VERSION = 2;
export const DATA_CHARS = 6;
export const CHECK_DATA_CHARS = 9;
export const SCORE_BAND = 50;
/** Bits per form in a version-2 code: one per statement. */
export const CHECK_FORM_BITS = 6;

/** The source check before and after the day, as a code carries it. */
export interface CheckOutcome {
  /** 'AB': form A before the day, B after; 'BA': the reverse. */
  order: 'AB' | 'BA';
  /** Bit i: statement i of the form taken before the day was sorted right; null when that part was not taken. */
  before: number | null; // 0..63
  /** The same for the other form, after the debrief. */
  after: number | null; // 0..63
}

export interface Outcome {
  ending: number; // 0..7
  tier: number; // 0..7
  scoreBand: number; // 0..31
  waitedGreen: boolean;
  reportedOther: boolean;
  /** Bit mask over catalogue.sanctions (up to 8). */
  sanctions: number; // 0..255
  /** Share of the control desk's alerts the player confirmed, in tenths (0..10), or null when not played. */
  deskConfirmTenths: number | null;
  /** The source check, when the player took it (a version-2 code); absent otherwise. */
  check?: CheckOutcome;
}

export const LIMITS = { ending: 8, tier: 8, scoreBand: 32, sanctions: 256, deskConfirmTenths: 11, checkMask: 2 ** CHECK_FORM_BITS } as const;

export type DecodeError = 'length' | 'character' | 'check' | 'version' | 'reserved';
export type Decoded = { ok: true; outcome: Outcome; code: string } | { ok: false; error: DecodeError };

function checkValue(values: readonly number[]): number {
  // Odd weights are invertible mod 32, so changing any one character changes the sum.
  let sum = 0;
  values.forEach((v, i) => {
    sum += v * (2 * i + 1);
  });
  return sum % 32;
}

type Field = [value: number, width: number, limit: number];

function fieldsOf(o: Outcome): Field[] {
  const fields: Field[] = [
    [o.check ? CHECK_CODE_VERSION : CODE_VERSION, 2, 4],
    [o.ending, 3, LIMITS.ending],
    [o.tier, 3, LIMITS.tier],
    [o.scoreBand, 5, LIMITS.scoreBand],
    [o.waitedGreen ? 1 : 0, 1, 2],
    [o.reportedOther ? 1 : 0, 1, 2],
    [o.sanctions, 8, LIMITS.sanctions],
    [o.deskConfirmTenths === null ? 0 : o.deskConfirmTenths + 1, 4, LIMITS.deskConfirmTenths + 1],
    [0, 3, 1], // reserved
  ];
  if (o.check) {
    const { order, before, after } = o.check;
    fields.push(
      [order === 'BA' ? 1 : 0, 1, 2],
      [before === null ? 0 : 1, 1, 2],
      [before ?? 0, CHECK_FORM_BITS, LIMITS.checkMask],
      [after === null ? 0 : 1, 1, 2],
      [after ?? 0, CHECK_FORM_BITS, LIMITS.checkMask],
    );
  }
  return fields;
}

export function encodeOutcome(o: Outcome): string {
  let bits = 0;
  let shift = 0;
  for (const [value, width, limit] of fieldsOf(o)) {
    if (!Number.isInteger(value) || value < 0 || value >= limit) throw new RangeError(`result code field out of range: ${value}`);
    bits += value * 2 ** shift;
    shift += width;
  }
  // Lowest five bits first: the fields that vary most lead, so codes look different at a glance.
  const count = o.check ? CHECK_DATA_CHARS : DATA_CHARS;
  const values: number[] = [];
  for (let i = 0; i < count; i++) values.push(Math.floor(bits / 32 ** i) % 32);
  values.push(checkValue(values));
  const chars = values.map((v) => ALPHABET[v]).join('');
  return o.check ? `${chars.slice(0, 3)}-${chars.slice(3, 6)}-${chars.slice(6)}` : `${chars.slice(0, 3)}-${chars.slice(3)}`;
}

/** Crockford's reading rules: case does not matter, O is 0, I and L are 1; dashes and spaces are skipped. */
export function normaliseCode(raw: string): string {
  return raw
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export function decodeCode(raw: string): Decoded {
  const text = normaliseCode(raw);
  const long = text.length === CHECK_DATA_CHARS + 1;
  if (text.length !== DATA_CHARS + 1 && !long) return { ok: false, error: 'length' };
  const values = [...text].map((c) => ALPHABET.indexOf(c));
  if (values.some((v) => v < 0)) return { ok: false, error: 'character' };
  const dataChars = long ? CHECK_DATA_CHARS : DATA_CHARS;
  const data = values.slice(0, dataChars);
  if (checkValue(data) !== values[dataChars]) return { ok: false, error: 'check' };
  let bits = data.reduceRight((acc, v) => acc * 32 + v, 0);
  const take = (width: number): number => {
    const value = bits % 2 ** width;
    bits = Math.floor(bits / 2 ** width);
    return value;
  };
  // The length says which layout; the version bits must agree with it.
  if (take(2) !== (long ? CHECK_CODE_VERSION : CODE_VERSION)) return { ok: false, error: 'version' };
  const ending = take(3);
  const tier = take(3);
  const scoreBand = take(5);
  const waitedGreen = take(1) === 1;
  const reportedOther = take(1) === 1;
  const sanctions = take(8);
  const desk = take(4);
  if (desk > LIMITS.deskConfirmTenths || take(3) !== 0) return { ok: false, error: 'reserved' };
  const outcome: Outcome = { ending, tier, scoreBand, waitedGreen, reportedOther, sanctions, deskConfirmTenths: desk === 0 ? null : desk - 1 };
  if (long) {
    const order = take(1) === 1 ? 'BA' : 'AB';
    const hasBefore = take(1) === 1;
    const before = take(CHECK_FORM_BITS);
    const hasAfter = take(1) === 1;
    const after = take(CHECK_FORM_BITS);
    // A part not taken carries no answers; anything else was not written by this game.
    if ((!hasBefore && before !== 0) || (!hasAfter && after !== 0)) return { ok: false, error: 'reserved' };
    outcome.check = { order, before: hasBefore ? before : null, after: hasAfter ? after : null };
  }
  if (bits !== 0) return { ok: false, error: 'reserved' };
  return { ok: true, outcome, code: encodeOutcome(outcome) };
}
