// The lesson material in the game, in the chosen language: goals, the
// 45-minute plan, discussion questions, the fact labels, age guidance.
// Printable (workshop.css has the print rules).
import { labelHelp, labelWord, SOURCE_LABELS } from '../../content/labels';
import type { StatementPool } from '../../core/check';
import { featureTexts } from '../../i18n';
import { el } from '../dom';
import { lessonSections } from './lessonSections';
import type { PageContext } from './pages';

export function renderGuide(root: HTMLElement, ctx: PageContext, pool: StatementPool | null = null): () => void {
  const { t, store } = ctx;
  const lang = store.getState().lang;
  const guide = featureTexts(lang, 'workshop').guide;
  const print = el('button', { type: 'button', class: 'btn btn-primary', id: 'guide-print', text: guide.print });
  print.addEventListener('click', () => window.print());
  const back = el('button', { type: 'button', class: 'btn', text: guide.back });
  back.addEventListener('click', () => ctx.go('setup'));

  const screen = el('article', { class: 'screen workshop-page guide', 'aria-labelledby': 'guide-title' }, [
    el('div', { class: 'workshop-top' }, [el('h1', { id: 'guide-title', tabindex: '-1', text: guide.title }), ctx.languageRow()]),
    el('div', { class: 'button-row' }, [print, back]),
    el('p', { class: 'guide-intro', text: guide.intro }),
    el('h2', { text: guide.goalsTitle }),
    el('ul', {}, guide.goals.map((g) => el('li', { text: g }))),
    el('h2', { text: guide.planTitle }),
    el('table', { class: 'guide-plan' }, [
      el(
        'tbody',
        {},
        guide.plan.map((step) => el('tr', {}, [el('th', { scope: 'row', text: step.time }), el('td', {}, [el('strong', { text: step.title }), ` ${step.text}`])])),
      ),
    ]),
    el('h2', { text: guide.questionsTitle }),
    el('ol', {}, guide.questions.map((q) => el('li', { text: q }))),
    el('h2', { text: guide.labelsTitle }),
    el('p', { text: guide.labelsIntro }),
    // The label words and their meaning from the one table, as on every other screen; the tip is the guide's own.
    el(
      'dl',
      { class: 'guide-labels' },
      SOURCE_LABELS.flatMap((l) => [
        el('dt', {}, [el('span', { class: `kind kind-${l}`, text: labelWord(l, lang) })]),
        el('dd', { text: `${labelHelp(l, lang)} ${guide.labelTips[l]}` }),
      ]),
    ),
    el('h2', { text: guide.ageTitle }),
    el('p', { text: guide.age }),
    el('h2', { text: guide.settingsTitle }),
    el('p', { text: guide.settings }),
    // The source check's material (answer key, worksheet, exit ticket, 90-minute plan, background): src/ui/workshop/lessonSections.ts.
    ...lessonSections(t, store.getState().lang, pool),
    el('p', { class: 'privacy', text: t('workshop.privacy') }),
  ]);
  root.append(screen);
  screen.querySelector<HTMLElement>('#guide-title')?.focus();
  return () => screen.remove();
}
