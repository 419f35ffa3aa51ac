// Result codes: a day's outcome in seven characters, so a class can pool its
// results without a server. No personal data: only the ending, grade, a
// score band, two choices, which sanctions hit and (optionally) the control
// desk's confirm rate. Crockford base32 (no I, L, O, U; typing them is
// forgiven), six data characters and one check character, shown as XXX-XXXX.
//
// Bit layout of the 30 data bits, lowest first:
//   0-1   version (1)
//   2-4   ending   (index in catalogue.endings)
//   5-7   tier     (index in catalogue.tiers)
//   8-12  score band (score / 50, rounded down, at most 31)
//   13    waited for green at least once
//   14    reported another person at least once
//   15-22 sanctions that hit during the day (bit i = catalogue.sanctions[i])
//   23-26 control desk confirm rate: 0 = not played, 1..11 = 0 %, 10 % ... 100 %
//   27-29 reserved, always 0
// Indices follow the catalogue's order, so a catalogue edit that reorders
// endings, tiers or sanctions changes what old codes mean (see README).

export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_VERSION = 1;
export const DATA_CHARS = 6;
export const SCORE_BAND = 50;

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
}

export const LIMITS = { ending: 8, tier: 8, scoreBand: 32, sanctions: 256, deskConfirmTenths: 11 } as const;

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

export function encodeOutcome(o: Outcome): string {
  const fields: [number, number, number][] = [
    [CODE_VERSION, 2, 4],
    [o.ending, 3, LIMITS.ending],
    [o.tier, 3, LIMITS.tier],
    [o.scoreBand, 5, LIMITS.scoreBand],
    [o.waitedGreen ? 1 : 0, 1, 2],
    [o.reportedOther ? 1 : 0, 1, 2],
    [o.sanctions, 8, LIMITS.sanctions],
    [o.deskConfirmTenths === null ? 0 : o.deskConfirmTenths + 1, 4, LIMITS.deskConfirmTenths + 1],
  ];
  let bits = 0;
  let shift = 0;
  for (const [value, width, limit] of fields) {
    if (!Number.isInteger(value) || value < 0 || value >= limit) throw new RangeError(`result code field out of range: ${value}`);
    bits += value * 2 ** shift;
    shift += width;
  }
  // Lowest five bits first: the fields that vary most lead, so codes look different at a glance.
  const values: number[] = [];
  for (let i = 0; i < DATA_CHARS; i++) values.push(Math.floor(bits / 32 ** i) % 32);
  values.push(checkValue(values));
  const chars = values.map((v) => ALPHABET[v]).join('');
  return `${chars.slice(0, 3)}-${chars.slice(3)}`;
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
  if (text.length !== DATA_CHARS + 1) return { ok: false, error: 'length' };
  const values = [...text].map((c) => ALPHABET.indexOf(c));
  if (values.some((v) => v < 0)) return { ok: false, error: 'character' };
  const data = values.slice(0, DATA_CHARS);
  if (checkValue(data) !== values[DATA_CHARS]) return { ok: false, error: 'check' };
  let bits = data.reduceRight((acc, v) => acc * 32 + v, 0);
  const take = (width: number): number => {
    const value = bits % 2 ** width;
    bits = Math.floor(bits / 2 ** width);
    return value;
  };
  if (take(2) !== CODE_VERSION) return { ok: false, error: 'version' };
  const ending = take(3);
  const tier = take(3);
  const scoreBand = take(5);
  const waitedGreen = take(1) === 1;
  const reportedOther = take(1) === 1;
  const sanctions = take(8);
  const desk = take(4);
  if (desk > LIMITS.deskConfirmTenths || bits !== 0) return { ok: false, error: 'reserved' };
  const outcome: Outcome = { ending, tier, scoreBand, waitedGreen, reportedOther, sanctions, deskConfirmTenths: desk === 0 ? null : desk - 1 };
  return { ok: true, outcome, code: encodeOutcome(outcome) };
}
