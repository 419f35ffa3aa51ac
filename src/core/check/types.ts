// The source check's data: short statements a player sorts by where they come
// from (levels/statements.json), and the two parallel forms drawn from them.
import type { CheckLabel } from '../../content/labels';

export type { CheckLabel };
export type Words = { de: string; en: string };
export type FormId = 'A' | 'B';
/** Which form comes before the day: 'AB' is A before and B after. */
export type FormOrder = 'AB' | 'BA';

export interface Statement {
  id: string;
  answer: CheckLabel;
  /** The fact or fiction card (F…/S…) the statement rests on; absent for a transfer statement. */
  fact?: string;
  /** Transfer statements only: who says it, since no card of the game backs it. */
  source?: Words;
  /** For figures (kind "figure"): whether the article gives the number (reported) or a company or authority (own claim). */
  figureBy?: 'article' | 'company';
  /** 1 easy, 2 medium, 3 hard: used to keep the forms parallel. */
  difficulty: 1 | 2 | 3;
  text: Words;
  /**
   * The statement in the simple text level (Einfache Sprache / plain English):
   * the same claim, in short sentences. It keeps what tells the answer apart
   * as much as `text` does, and no more: an own claim is still someone talking
   * about themselves, an opinion still a judgement, a report still a report.
   */
  plain: Words;
  /** Why the answer is right, in one or two sentences; shown in the feedback. */
  why: Words;
  /** `why` in the simple text level: the same reason, in short sentences. */
  plainWhy: Words;
}

export interface StatementPool {
  id: string;
  forms: Record<FormId, string[]>;
  statements: Statement[];
}

/** The largest form: a result code has six bits per form. */
export const MAX_FORM = 6;
