// The lesson material for the source check (issue 18), appended to the guide:
// what the check is, the answer key and a printable worksheet of both forms
// (built from levels/statements.json, so they never drift from the game), an
// exit ticket, a 90-minute plan with the control desk, a background sheet and
// a note on keeping the talk about the system.
import { CHECK_LABELS, LABEL_WORDS } from '../../content/labels';
import { formStatements, type FormId, type StatementPool } from '../../core/check';
import { featureTexts, type Lang } from '../../i18n';
import { el } from '../dom';
import { leveled } from '../../i18n/leveled';

type T = (key: string, vars?: Record<string, string | number>) => string;
const FORMS: FormId[] = ['A', 'B'];

export function lessonSections(t: T, lang: Lang, pool: StatementPool | null): Node[] {
  const lesson = featureTexts(lang, 'lesson');
  const nodes: Node[] = [el('h2', { id: 'lesson-check', text: lesson.checkTitle }), el('p', { text: lesson.checkIntro })];
  if (pool) {
    nodes.push(
      el('h2', { id: 'lesson-answers', text: lesson.answerKeyTitle }),
      el('p', { text: lesson.answerKeyIntro }),
      ...FORMS.flatMap((form) => [
        el('h3', { text: t('lesson.formTitle', { form }) }),
        el(
          'ol',
          { class: 'lesson-key', 'data-form': form },
          formStatements(pool, form).map((s) =>
            el('li', { 'data-answer': s.answer }, [
              el('span', { text: leveled(s.text, s.plain, lang) }),
              ' ',
              el('strong', { text: `→ ${LABEL_WORDS[s.answer][lang]}` }),
              ` (${s.fact ? t('lesson.card', { id: s.fact }) : lesson.transfer}). `,
              el('span', { class: 'note', text: leveled(s.why, s.plainWhy, lang) }),
            ]),
          ),
        ),
      ]),
      el('section', { class: 'lesson-worksheet', id: 'lesson-worksheet', 'aria-labelledby': 'lesson-worksheet-title' }, [
        el('h2', { id: 'lesson-worksheet-title', text: lesson.worksheetTitle }),
        el('p', { text: lesson.worksheetIntro }),
        ...FORMS.flatMap((form) => [
          el('h3', { text: t('lesson.formTitle', { form }) }),
          el('p', { text: lesson.worksheetName }),
          el('table', { class: 'lesson-sheet', 'data-form': form }, [
            el('thead', {}, [
              el('tr', {}, [
                el('th', { scope: 'col', text: lesson.worksheetStatement }),
                ...CHECK_LABELS.map((l) => el('th', { scope: 'col', text: LABEL_WORDS[l][lang] })),
              ]),
            ]),
            el(
              'tbody',
              {},
              formStatements(pool, form).map((s, i) =>
                el('tr', {}, [el('td', { text: `${i + 1}. ${leveled(s.text, s.plain, lang)}` }), ...CHECK_LABELS.map(() => el('td', { class: 'lesson-box', text: '☐' }))]),
              ),
            ),
          ]),
        ]),
      ]),
    );
  }
  nodes.push(
    el('h2', { id: 'lesson-exit', text: lesson.exitTitle }),
    el('ol', {}, lesson.exit.map((q) => el('li', { text: q }))),
    el('h2', { id: 'lesson-plan90', text: lesson.plan90Title }),
    el('table', { class: 'guide-plan' }, [
      el('tbody', {}, lesson.plan90.map((step) => el('tr', {}, [el('th', { scope: 'row', text: step.time }), el('td', {}, [el('strong', { text: step.title }), ` ${step.text}`])]))),
    ]),
    el('h2', { id: 'lesson-background', text: lesson.backgroundTitle }),
    ...lesson.background.map((p) => el('p', { text: p })),
    el('h2', { id: 'lesson-people', text: lesson.peopleTitle }),
    el('p', { text: lesson.people }),
  );
  return nodes;
}
