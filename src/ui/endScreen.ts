// The end of the day is the debrief: the final score, grade and errands at the
// top, then the citizen file (records and score chart), where each mechanic
// comes from, a mirror of the player's choices, and questions for "and here?".
// Built from the plain model in src/debrief/model.ts; printable (print.css).
import './print.css';
import { buildDebrief } from '../debrief/model';
import { formatClock, formatNumber, LANGUAGES } from '../i18n';
import { inWorldMinutes } from '../store/selectors';
import type { UiContext } from './context';
import { dossierSection, mirrorSection, questionsSection, sourcesSection, type SectionContext } from './debriefSections';
import { el } from './dom';
import { languageButtons } from './languageButtons';

export function renderEndScreen(root: HTMLElement, ui: UiContext): () => void {
  const { store, t } = ui;
  const { day, level, lang } = store.getState();
  if (!day || !level) return () => undefined;

  const model = buildDebrief(day, level);
  // The chart is drawn about as wide as it is shown (the page is at most 60rem).
  const chartWidth = Math.min(680, Math.max(320, (window.innerWidth || 640) - 40));
  const ctx: SectionContext = { t, lang, articleTitle: model.provenance.title, chartWidth };
  const { summary } = model;

  const again = el('button', { type: 'button', class: 'btn btn-primary btn-big', id: 'again-button', text: t('end.again') });
  again.addEventListener('click', () => ui.startDay());
  const print = el('button', { type: 'button', class: 'btn btn-big', id: 'print-button', 'aria-describedby': 'print-hint', text: t('debrief.actions.print') });
  print.addEventListener('click', () => window.print());
  const langButtons = languageButtons(store, 'btn btn-small btn-lang');
  // Switch sides: the control desk over the same district (src/ui/desk).
  const desk = ui.desk ? el('button', { type: 'button', class: 'btn btn-big', id: 'desk-open', text: t('debrief.deskOpen') }) : null;
  desk?.addEventListener('click', () => ui.desk?.open());

  // Printed only: the date and the language, never the citizen's name or address.
  const printHeader = el('p', { class: 'print-header', 'aria-hidden': 'true' });
  const stampPrintHeader = () => {
    const date = new Intl.DateTimeFormat(LANGUAGES[lang].locale, { dateStyle: 'long' }).format(new Date());
    printHeader.textContent = t('debrief.print.header', { date, language: LANGUAGES[lang].name });
  };
  stampPrintHeader();
  window.addEventListener('beforeprint', stampPrintHeader);

  const endTime = formatClock(inWorldMinutes(level.district, day.clock));
  const lead =
    summary.endReason === 'player'
      ? t('debrief.leadPlayer', { time: endTime })
      : summary.endReason === 'errands'
        ? t('debrief.leadErrands', { time: endTime })
        : t('debrief.leadClock');

  const screen = el('section', { class: 'screen end-screen debrief', 'aria-labelledby': 'end-title' }, [
    printHeader,
    el('header', { class: 'debrief-header' }, [
      el('h1', { id: 'end-title', tabindex: '-1', text: t('debrief.title') }),
      el('p', { class: 'debrief-lead', text: lead }),
      el('div', { class: 'end-summary' }, [
        el('p', { class: 'end-score' }, [
          el('span', { class: 'label', text: t('end.finalScore') }),
          el('strong', { id: 'end-score', 'data-score': String(summary.score), text: formatNumber(lang, summary.score) }),
        ]),
        el('p', { class: 'end-tier' }, [
          el('span', { class: 'label', text: t('end.finalTier') }),
          el('strong', { id: 'end-tier', class: `tier-${summary.tier}`, 'data-tier': summary.tier, text: t(`tier.${summary.tier}.name`) }),
        ]),
        el('div', { class: 'end-errands' }, [
          el('p', { class: 'label', id: 'errands-label', text: t('debrief.errands') }),
          el(
            'ul',
            { class: 'errand-list', 'aria-labelledby': 'errands-label' },
            summary.errands.map((e) =>
              el('li', { class: `errand errand-${e.status}`, 'data-errand': e.id, 'data-status': e.status, text: `${t(`errand.${e.id}`)}: ${t(`errandStatus.${e.status}`)}` }),
            ),
          ),
        ]),
      ]),
      ui.workshop?.resultCode(),
      el('div', { class: 'debrief-actions', role: 'group', 'aria-label': t('debrief.actions.label') }, [
        print,
        again,
        desk,
        el('div', { class: 'lang-row', role: 'group', 'aria-label': t('start.language') }, langButtons),
      ]),
      el('p', { class: 'note print-hint', id: 'print-hint', text: t('debrief.actions.printHint') }),
    ]),
    dossierSection(model, ctx),
    sourcesSection(model, ctx),
    mirrorSection(model, ctx),
    questionsSection(model, ctx),
    ui.workshop?.afterDebrief?.(),
  ]);
  root.append(screen);
  screen.querySelector<HTMLElement>('#end-title')?.focus();
  return () => {
    window.removeEventListener('beforeprint', stampPrintHeader);
    screen.remove();
  };
}
