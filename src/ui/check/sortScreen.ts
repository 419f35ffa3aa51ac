// "Where does this come from?": one statement at a time, four big buttons
// with the label words of src/content/labels.ts, no feedback yet. Every
// statement, and the whole check, can be skipped. Focus moves to each new
// statement; the progress line is an aria-live region.
import { CHECK_LABELS, LABEL_WORDS, type CheckLabel } from '../../content/labels';
import type { Answers, FormId, Statement } from '../../core/check';
import type { Lang } from '../../i18n';
import { el } from '../dom';
import { openOverlay } from './overlay';
import { leveled } from '../../i18n/leveled';

type T = (key: string, vars?: Record<string, string | number>) => string;

export interface SortOptions {
  root: HTMLElement;
  t: T;
  lang: Lang;
  /** Before the day, after the debrief, or once on its own (play mode's "Test yourself"). */
  part: 'before' | 'after' | 'test';
  form: FormId;
  statements: readonly Statement[];
  /** The player's choices (null for a skipped statement), or null when they skipped the whole check. */
  done(answers: Answers | null): void;
}

export function openSort({ root, t, lang, part, form, statements, done }: SortOptions): () => void {
  const overlay = openOverlay(root, { id: 'check-screen', 'data-part': part, 'data-form': form, 'aria-labelledby': 'check-title' });
  const { node } = overlay;
  const answers: (CheckLabel | null)[] = [];
  const count = statements.length;
  let finished = false;
  const finish = (result: Answers | null) => {
    if (finished) return;
    finished = true;
    overlay.close();
    done(result);
  };

  // ---- intro
  const begin = el('button', { type: 'button', class: 'btn btn-primary btn-big', id: 'check-begin', text: t('check.begin') });
  const skipAll = el('button', { type: 'button', class: 'btn', id: 'check-skip-all', text: t('check.skipAll') });
  const intro = el('div', { class: 'check-intro' }, [
    el('p', { class: 'check-lead', text: t(part === 'before' ? 'check.introBefore' : part === 'after' ? 'check.introAfter' : 'check.introTest', { count }) }),
    el(
      'ul',
      { class: 'check-hints' },
      CHECK_LABELS.map((label) => el('li', {}, [el('strong', { text: LABEL_WORDS[label][lang] }), `: ${t(`check.hints.${label}`)}`])),
    ),
    el('div', { class: 'button-row' }, [begin, skipAll]),
  ]);

  // ---- one statement at a time
  const progress = el('p', { class: 'check-progress', id: 'check-progress', 'aria-live': 'polite' });
  const statement = el('p', { class: 'check-statement', id: 'check-statement', tabindex: '-1' });
  const buttons = CHECK_LABELS.map((label, i) => {
    const button = el('button', { type: 'button', class: 'btn check-label', 'data-label': label, 'aria-keyshortcuts': String(i + 1), 'aria-describedby': 'check-statement' }, [
      el('span', { class: 'check-key', 'aria-hidden': 'true', text: String(i + 1) }),
      el('span', { class: 'check-word', text: LABEL_WORDS[label][lang] }),
      el('span', { class: 'check-hint', text: t(`check.hints.${label}`) }),
    ]);
    button.addEventListener('click', () => choose(label));
    return button;
  });
  const skipOne = el('button', { type: 'button', class: 'btn btn-small', id: 'check-skip-one', text: t('check.skipOne') });
  skipOne.addEventListener('click', () => choose(null));
  const ask = el('div', { class: 'check-ask', hidden: true }, [
    progress,
    statement,
    el('div', { class: 'check-labels', role: 'group', 'aria-label': t('check.choose') }, buttons),
    el('p', { class: 'button-row check-more' }, [skipOne, el('span', { class: 'note keys-hint', text: t('check.keysHint') })]),
  ]);

  node.append(el('h1', { id: 'check-title', class: 'check-title', text: t('check.title') }), intro, ask);

  const show = (i: number) => {
    const s = statements[i];
    if (!s) {
      finish(answers);
      return;
    }
    node.dataset.index = String(i);
    progress.textContent = t('check.progress', { n: i + 1, count });
    statement.textContent = leveled(s.text, s.plain, lang);
    statement.dataset.statement = s.id;
    statement.focus();
  };
  function choose(label: CheckLabel | null) {
    if (intro.hidden === false || finished) return;
    answers.push(label);
    show(answers.length);
  }
  begin.addEventListener('click', () => {
    intro.hidden = true;
    ask.hidden = false;
    show(0);
  });
  skipAll.addEventListener('click', () => finish(null));
  node.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || ask.hidden) return;
    const index = Number(event.key) - 1;
    const label = CHECK_LABELS[index];
    if (label) {
      event.preventDefault();
      choose(label);
    }
  });
  begin.focus();
  return () => {
    finished = true;
    overlay.close();
  };
}
