// Which of the check's four labels a card's kind asks for. Reports by the
// article or another named source, the law and other research are all
// "reported"; a figure depends on who gives the number (the statement says).
import type { SourceLabel } from '../../content/labels';
import type { CheckLabel, Statement } from './types';

const BY_KIND: Readonly<Record<Exclude<SourceLabel, 'figure'>, CheckLabel>> = {
  report: 'report',
  'report-other': 'report',
  law: 'report',
  context: 'report',
  claim: 'claim',
  opinion: 'opinion',
  fiction: 'fiction',
};

/** The label a statement resting on a card of `kind` must have; null when a figure lacks `figureBy`. */
export function expectedAnswer(kind: SourceLabel, figureBy: Statement['figureBy']): CheckLabel | null {
  if (kind === 'figure') return figureBy === 'article' ? 'report' : figureBy === 'company' ? 'claim' : null;
  return BY_KIND[kind];
}

/** Labels a transfer statement may have: those told apart by who says what, never "invented by the game". */
export const TRANSFER_LABELS: readonly CheckLabel[] = ['report', 'claim', 'opinion'];
