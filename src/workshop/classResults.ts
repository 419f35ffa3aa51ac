// The class view's arithmetic: split pasted text into codes, decode each,
// keep the bad ones apart with a reason, and count what the charts show.
// Pure, so the tests can check it without a page.
import type { Catalogue } from '../core/types';
import { decodeCode, SCORE_BAND, type DecodeError, type Outcome } from './resultCode';

export interface BadCode {
  text: string;
  error: DecodeError | 'unknown-ending' | 'unknown-tier';
}

export interface ClassResults {
  accepted: { code: string; outcome: Outcome }[];
  bad: BadCode[];
  /** Codes entered more than once, with how often (two players can reach the same result). */
  repeated: { code: string; times: number }[];
  /** Players per score range of `bandWidth` points, lowest first, over the catalogue's score range. */
  scores: { from: number; to: number; count: number }[];
  waitedGreen: number;
  reportedOther: number;
  endings: { id: string; count: number }[];
  sanctions: { id: string; count: number }[];
  /** Players who played the control desk, and their mean confirm rate in per cent. */
  desk: { players: number; meanPercent: number } | null;
}

/** Anything but letters, digits and dashes separates codes: spaces, commas, new lines, semicolons. */
export function splitCodes(text: string): string[] {
  return text.split(/[^0-9A-Za-z-]+/).filter((part) => part.replace(/-/g, '') !== '');
}

export function classResults(text: string, catalogue: Catalogue, bandWidth = 100): ClassResults {
  const accepted: ClassResults['accepted'] = [];
  const bad: BadCode[] = [];
  for (const part of splitCodes(text)) {
    const decoded = decodeCode(part);
    if (!decoded.ok) bad.push({ text: part, error: decoded.error });
    else if (decoded.outcome.ending >= catalogue.endings.length) bad.push({ text: part, error: 'unknown-ending' });
    else if (decoded.outcome.tier >= catalogue.tiers.length) bad.push({ text: part, error: 'unknown-tier' });
    else accepted.push({ code: decoded.code, outcome: decoded.outcome });
  }

  const times = new Map<string, number>();
  for (const a of accepted) times.set(a.code, (times.get(a.code) ?? 0) + 1);
  const repeated = [...times].filter(([, n]) => n > 1).map(([code, n]) => ({ code, times: n }));

  const { min, max } = catalogue.score;
  const first = Math.floor(min / bandWidth);
  const last = Math.floor(max / bandWidth);
  const scores = Array.from({ length: last - first + 1 }, (_, i) => ({ from: (first + i) * bandWidth, to: (first + i + 1) * bandWidth - 1, count: 0 }));
  for (const { outcome } of accepted) {
    // A code keeps the lower edge of a 50-point band; that edge falls in exactly one chart range.
    const score = outcome.scoreBand * SCORE_BAND;
    const index = Math.min(Math.max(Math.floor(score / bandWidth) - first, 0), scores.length - 1);
    const range = scores[index];
    if (range) range.count++;
  }

  const outcomes = accepted.map((a) => a.outcome);
  const desk = outcomes.filter((o) => o.deskConfirmTenths !== null);
  return {
    accepted,
    bad,
    repeated,
    scores,
    waitedGreen: outcomes.filter((o) => o.waitedGreen).length,
    reportedOther: outcomes.filter((o) => o.reportedOther).length,
    endings: catalogue.endings.map((e, i) => ({ id: e.id, count: outcomes.filter((o) => o.ending === i).length })),
    sanctions: catalogue.sanctions.slice(0, 8).map((s, i) => ({ id: s.id, count: outcomes.filter((o) => (o.sanctions & (1 << i)) !== 0).length })),
    desk:
      desk.length === 0
        ? null
        : { players: desk.length, meanPercent: Math.round((desk.reduce((sum, o) => sum + (o.deskConfirmTenths ?? 0), 0) / desk.length) * 10) },
  };
}
