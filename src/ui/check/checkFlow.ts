// The source check's flow, a chunk of its own (loaded on workshop links with
// the check on, and by "Test yourself"): part 1 before the day, part 2 after
// the debrief, then the answers. The state (form order, answers) belongs to
// the caller, which also puts it into the result code.
import './check.css';
import { formsOf, formStatements, type Answers, type FormOrder, type StatementPool } from '../../core/check';
import { ensureTexts, type Lang } from '../../i18n';
import { loadStatements } from '../../levels/loadStatements';
import { openFeedback, type FeedbackPart } from './feedbackScreen';
import { openSort } from './sortScreen';

type T = (key: string, vars?: Record<string, string | number>) => string;

export interface CheckState {
  order: FormOrder;
  /** undefined: not asked yet; null: skipped; else the choices. */
  before?: Answers | null;
  after?: Answers | null;
  /** Play mode's "Test yourself": one form (the first of the order), once. */
  test?: Answers | null;
}

/** The pool and the texts in `lang`; null (with the reasons logged) when the statements cannot be used. */
export async function loadCheck(lang: Lang): Promise<StatementPool | null> {
  const [result] = await Promise.all([loadStatements(), ensureTexts(lang, 'check')]);
  if (!result.ok) {
    console.warn('source check switched off:', result.errors);
    return null;
  }
  return result.pool;
}

export function sortPart(root: HTMLElement, t: T, lang: Lang, pool: StatementPool, state: CheckState, part: 'before' | 'after' | 'test', then: () => void): () => void {
  const form = formsOf(state.order)[part === 'after' ? 1 : 0];
  return openSort({
    root,
    t,
    lang,
    part,
    form,
    statements: formStatements(pool, form),
    done: (answers) => {
      state[part] = answers;
      then();
    },
  });
}

export function showAnswers(root: HTMLElement, t: T, lang: Lang, pool: StatementPool, state: CheckState, onClose: () => void): () => void {
  const [first, second] = formsOf(state.order);
  const parts: FeedbackPart[] = [];
  if (state.before !== undefined) parts.push({ part: 'before', form: first, statements: formStatements(pool, first), answers: state.before });
  if (state.test !== undefined) parts.push({ part: 'test', form: first, statements: formStatements(pool, first), answers: state.test });
  if (state.after !== undefined) parts.push({ part: 'after', form: second, statements: formStatements(pool, second), answers: state.after });
  return openFeedback(root, t, lang, parts, onClose);
}
