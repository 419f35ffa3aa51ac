// The answers, after part 2: every statement of both forms with the right
// label, why, and the card it rests on; the player's own before and after
// side by side. Never shaming: a miss shows the answer and the reason, not a
// red cross, and the screen says that these are hard for everyone.
import { factById } from '../../content/facts';
import { LABEL_WORDS } from '../../content/labels';
import { countRight, rightMask, type Answers, type FormId, type Statement } from '../../core/check';
import type { Lang } from '../../i18n';
import { el } from '../dom';
import { openOverlay } from './overlay';
import { leveled } from '../../i18n/leveled';

type T = (key: string, vars?: Record<string, string | number>) => string;

export interface FeedbackPart {
  part: 'before' | 'after' | 'test';
  form: FormId;
  statements: readonly Statement[];
  /** null when the player skipped this part. */
  answers: Answers | null;
}

function item(s: Statement, answer: Answers[number] | undefined, taken: boolean, t: T, lang: Lang): HTMLElement {
  const right = answer === s.answer;
  const fact = s.fact ? factById(s.fact) : undefined;
  const source = fact
    ? el('div', { class: 'check-card' }, [
        el('p', { class: 'check-card-title' }, [el('strong', { text: `${t('check.feedback.card')}: ` }), el('span', { class: 'check-badge', text: LABEL_WORDS[fact.kind][lang] })]),
        el('p', { text: leveled(fact.text, fact.plain, lang) }),
        fact.source ? el('p', { class: 'note', text: fact.source[lang] }) : null,
      ])
    : el('p', { class: 'note check-transfer', text: t('check.feedback.transfer', { source: s.source?.[lang] ?? '' }) });
  return el('li', { class: `check-item ${right ? 'check-right' : 'check-other'}`, 'data-statement': s.id, 'data-right': right ? 'yes' : 'no' }, [
    el('p', { class: 'check-statement-text', text: leveled(s.text, s.plain, lang) }),
    taken
      ? el('p', { class: 'check-yours', text: answer ? t('check.feedback.yours', { label: LABEL_WORDS[answer][lang] }) : t('check.feedback.skipped') })
      : null,
    el('p', { class: 'check-answer' }, [
      el('strong', { text: t('check.feedback.right', { label: LABEL_WORDS[s.answer][lang] }) }),
      right ? ` · ${t('check.feedback.match')}` : '',
    ]),
    el('p', {}, [el('span', { class: 'check-why-label', text: `${t('check.feedback.why')}: ` }), leveled(s.why, s.plainWhy, lang)]),
    source,
  ]);
}

export function openFeedback(root: HTMLElement, t: T, lang: Lang, parts: readonly FeedbackPart[], onClose: () => void): () => void {
  const overlay = openOverlay(root, { id: 'check-screen', 'data-part': 'feedback', 'aria-labelledby': 'check-title' });
  const partTitle = (p: FeedbackPart) => t(p.part === 'before' ? 'check.feedback.partBefore' : p.part === 'after' ? 'check.feedback.partAfter' : 'check.feedback.partTest');
  const close = el('button', { type: 'button', class: 'btn btn-primary btn-big', id: 'check-close', text: t('check.feedback.close') });
  const scoreLine = (p: FeedbackPart) =>
    p.answers
      ? t(`check.feedback.${p.part}`, { right: countRight(rightMask(p.statements, p.answers)), count: p.statements.length })
      : `${partTitle(p)}: ${t('check.feedback.notTaken')}`;
  overlay.node.append(
    el('h1', { id: 'check-title', class: 'check-title', tabindex: '-1', text: t('check.feedback.title') }),
    el('ul', { class: 'check-scores', id: 'check-scores' }, parts.map((p) => el('li', { 'data-part': p.part, text: scoreLine(p) }))),
    el('p', { class: 'check-lead', text: t('check.feedback.encourage') }),
    ...parts.flatMap((p) => [
      el('h2', { text: `${partTitle(p)} (${p.form})` }),
      el(
        'ol',
        { class: 'check-items', 'data-part': p.part },
        p.statements.map((s, i) => item(s, p.answers?.[i], p.answers !== null, t, lang)),
      ),
    ]),
    close,
  );
  const done = () => {
    overlay.close();
    onClose();
  };
  close.addEventListener('click', done);
  overlay.node.querySelector<HTMLElement>('#check-title')?.focus();
  return () => overlay.close();
}
