// The end of the day: final score and grade, errands, and every record the
// city made (the full debrief with sources builds on this list).
import { formatClock, formatDelta, formatNumber } from '../i18n';
import { inWorldMinutes } from '../store/selectors';
import type { UiContext } from './context';
import { el } from './dom';

export function renderEndScreen(root: HTMLElement, ui: UiContext): () => void {
  const { store, t } = ui;
  const { day, level, lang } = store.getState();
  if (!day || !level) return () => undefined;

  const again = el('button', { type: 'button', class: 'btn btn-primary btn-big', id: 'again-button', text: t('end.again') });
  again.addEventListener('click', () => ui.startDay());

  const records = day.records.map((r) =>
    el('li', { class: `record ${r.delta < 0 ? 'record-bad' : r.delta > 0 ? 'record-good' : ''}`, 'data-action': r.action }, [
      el('span', { class: 'record-time', text: formatClock(inWorldMinutes(level.district, r.t)) }),
      el('span', { class: 'record-title', text: t(`action.${r.action}.title`, r.vars) }),
      el('span', { class: 'record-delta', text: r.delta === 0 ? '±0' : formatDelta(lang, r.delta) }),
      el('span', {
        class: 'record-meta',
        text: `${t(`place.${r.place}`)} · ${t(`sensor.${r.sensor}`)} (${t(`operator.${r.operator}`)}) · ${r.data.map((d) => t(`data.${d}`)).join(', ')}`,
      }),
    ]),
  );

  const screen = el('section', { class: 'screen end-screen', 'aria-labelledby': 'end-title' }, [
    el('h1', { id: 'end-title', text: t(day.endReason === 'player' ? 'end.titleByPlayer' : 'end.title') }),
    el('div', { class: 'end-summary' }, [
      el('p', { class: 'end-score' }, [
        el('span', { class: 'label', text: t('end.finalScore') }),
        el('strong', { id: 'end-score', 'data-score': String(day.score), text: formatNumber(lang, day.score) }),
      ]),
      el('p', { class: 'end-tier' }, [
        el('span', { class: 'label', text: t('end.finalTier') }),
        el('strong', { id: 'end-tier', class: `tier-${day.tier}`, 'data-tier': day.tier, text: t(`tier.${day.tier}.name`) }),
      ]),
    ]),
    el('h2', { text: t('end.errands') }),
    el(
      'ul',
      { class: 'errand-list' },
      level.district.errands.map((e) => {
        const status = day.errands[e.id] ?? 'failed';
        return el('li', { class: `errand errand-${status}`, 'data-status': status, text: `${t(`errand.${e.id}`)}: ${t(`errandStatus.${status}`)}` });
      }),
    ),
    el('h2', { text: t('end.recordsTitle') }),
    records.length > 0 ? el('ol', { class: 'record-list', id: 'record-list' }, records) : el('p', { text: t('end.noRecords') }),
    el('p', { class: 'note', text: t('end.debriefNote') }),
    again,
  ]);
  root.append(screen);
  screen.querySelector('h1')?.setAttribute('tabindex', '-1');
  (screen.querySelector('h1') as HTMLElement | null)?.focus();
  return () => screen.remove();
}
