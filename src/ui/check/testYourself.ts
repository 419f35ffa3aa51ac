// Play mode's "Test yourself" (issue 18): after the debrief, the source
// check once, on its own: one form, then the answers. Nothing is stored; the
// answers live as long as the page.
import { formOrder, type StatementPool } from '../../core/check';
import type { Lang } from '../../i18n';
import { el } from '../dom';
import { loadCheck, showAnswers, sortPart, type CheckState } from './checkFlow';

type T = (key: string, vars?: Record<string, string | number>) => string;

/** One per page: "once" means once, also after a language switch redraws the debrief. */
let state: CheckState | null = null;

function freshState(): CheckState {
  const buffer = new Uint32Array(1);
  crypto.getRandomValues(buffer);
  return { order: formOrder(buffer[0] ?? 0) };
}

/** Fills `slot` with the offer (or, once taken, a way back to the answers). */
export async function fillTestYourself(slot: HTMLElement, t: T, lang: Lang): Promise<void> {
  const pool = await loadCheck(lang);
  if (!pool) return;
  state ??= freshState();
  render(slot, t, lang, pool, state);
}

function render(slot: HTMLElement, t: T, lang: Lang, pool: StatementPool, s: CheckState): void {
  const root = document.getElementById('ui') ?? document.body;
  const count = pool.forms.A.length;
  const taken = s.test !== undefined;
  const button = el('button', { type: 'button', class: taken ? 'btn' : 'btn btn-primary btn-big', id: 'check-test-button', text: t(taken ? 'check.test.again' : 'check.test.start') });
  button.addEventListener('click', () => {
    const back = () => {
      render(slot, t, lang, pool, s);
      slot.querySelector<HTMLElement>('#check-test-button')?.focus();
    };
    if (s.test !== undefined) showAnswers(root, t, lang, pool, s, back);
    else sortPart(root, t, lang, pool, s, 'test', () => showAnswers(root, t, lang, pool, s, back));
  });
  slot.replaceChildren(
    el('section', { class: 'result-code check-test', id: 'check-test', 'aria-labelledby': 'check-test-title' }, [
      el('h2', { id: 'check-test-title', text: t('check.test.title') }),
      taken ? null : el('p', { text: t('check.test.text', { count }) }),
      button,
    ]),
  );
}
