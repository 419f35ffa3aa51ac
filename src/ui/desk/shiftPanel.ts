// The desk during a shift: the open flag (what the system says, what the
// camera shows), Confirm / Dismiss (buttons, Y/J and N keys), the quota meter,
// the operator score, the supervisor's latest line and the decisions so far.
// Time runs here, on a DOM timer, so the shift keeps real time however slowly
// the camera feeds draw.
import { confirmsSoFar, flagDef, openFlag, secondsLeft, type DeskLevel, type ShiftNotice, type ShiftState } from '../../core/desk';
import { labelWord } from '../../content/labels';
import { formatNumber } from '../../i18n';
import type { UiContext } from '../context';
import { el, setText } from '../dom';
import type { DeskUi } from './deskScreen';

const TICK_MS = 200;
/** Longest step the clock takes at once (a throttled background tab must not time out every flag). */
const MAX_STEP_S = 0.5;

export function renderShiftPanel(root: HTMLElement, ui: UiContext, deskUi: DeskUi): () => void {
  const { t } = ui;
  const store = deskUi.store;
  const desk = store.getState().desk as DeskLevel;
  const lang = () => ui.store.getState().lang;

  const count = el('p', { class: 'flag-count' });
  const kind = el('h2', { class: 'flag-kind', id: 'desk-flag-kind' });
  const camera = el('p', { class: 'flag-camera' });
  const seen = el('p', { class: 'flag-seen' });
  const confidence = el('span', { class: 'flag-confidence' });
  const claim = el('span', { class: 'kind kind-claim flag-claim', title: t('desk.claimHint'), text: labelWord('claim', lang()) });
  const timer = el('p', { class: 'flag-timer', id: 'desk-timer' });
  const waiting = el('p', { class: 'flag-waiting', text: t('desk.waiting') });
  const flagBox = el('div', { class: 'desk-flag', id: 'desk-flag', role: 'group', 'aria-labelledby': 'desk-flag-kind' }, [
    count,
    kind,
    camera,
    seen,
    el('p', { class: 'flag-meta' }, [confidence, ' ', claim]),
    timer,
  ]);
  const confirmButton = el('button', { type: 'button', class: 'btn btn-primary btn-big', id: 'desk-confirm', 'aria-keyshortcuts': 'Y J' }, [t('desk.confirm'), el('kbd', { text: 'Y' })]);
  const dismissButton = el('button', { type: 'button', class: 'btn btn-big', id: 'desk-dismiss', 'aria-keyshortcuts': 'N' }, [t('desk.dismiss'), el('kbd', { text: 'N' })]);
  confirmButton.addEventListener('click', () => store.getState().decide('confirm'));
  dismissButton.addEventListener('click', () => store.getState().decide('dismiss'));

  const pauseButton = el('button', { type: 'button', class: 'btn btn-small', id: 'desk-pause', 'aria-pressed': 'false', 'aria-keyshortcuts': 'P Escape', text: t('hud.pause') });
  const togglePause = () => store.getState().setPaused(!store.getState().paused);
  pauseButton.addEventListener('click', togglePause);
  const pausedNote = el('p', { class: 'desk-paused', role: 'status', text: t('hud.paused') });
  pausedNote.hidden = true;

  const quotaBar = el('progress', { id: 'desk-quota', max: desk.quota.confirms, value: 0, 'aria-labelledby': 'desk-quota-label' });
  const quotaText = el('span', { class: 'desk-quota-text' });
  const score = el('strong', { id: 'desk-score', 'data-score': '0', text: '0' });
  const supervisor = el('p', { class: 'desk-supervisor', id: 'desk-supervisor' });
  const log = el('ol', { class: 'desk-log', id: 'desk-log', 'aria-label': t('desk.log') });

  const panel = el('section', { class: 'desk-panel', 'aria-label': t('desk.title') }, [
    el('div', { class: 'desk-head' }, [el('h1', { class: 'desk-title', text: t('desk.title') }), pauseButton]),
    pausedNote,
    el('div', { class: 'desk-meters' }, [
      el('p', { class: 'desk-quota' }, [el('span', { class: 'label', id: 'desk-quota-label', text: t('desk.quota') }), quotaBar, quotaText]),
      el('p', { class: 'desk-score' }, [el('span', { class: 'label', text: t('desk.score') }), score]),
    ]),
    flagBox,
    waiting,
    el('div', { class: 'desk-buttons', role: 'group', 'aria-label': t('desk.flagPanel') }, [confirmButton, dismissButton]),
    el('div', { class: 'desk-supervisor-box' }, [el('span', { class: 'label', text: t('desk.supervisorLabel') }), supervisor]),
    log,
  ]);
  root.append(panel);

  const render = (shift: ShiftState) => {
    const flag = openFlag(shift);
    flagBox.hidden = !flag;
    waiting.hidden = !!flag;
    // aria-disabled, not disabled: the button keeps keyboard focus between flags.
    confirmButton.setAttribute('aria-disabled', String(!flag));
    dismissButton.setAttribute('aria-disabled', String(!flag));
    if (flag) {
      const def = flagDef(desk, flag.def);
      flagBox.dataset.flag = flag.def;
      setText(count, t('desk.flagCount', { n: flag.n + 1, total: shift.queue.length }));
      setText(kind, t(`desk.flag.${def.kind}`));
      setText(camera, t('desk.camera', { place: t(`place.${def.place}`) }));
      setText(seen, t(`desk.subject.${def.subject}`));
      setText(confidence, t('desk.confidence', { value: def.confidence }));
      // Not `hidden`: the shared .kind style sets display.
      claim.style.display = def.claim ? '' : 'none';
      setText(timer, t('desk.timeLeft', { seconds: Math.ceil(secondsLeft(shift, desk)) }));
    }
    const done = confirmsSoFar(shift);
    quotaBar.value = Math.min(done, desk.quota.confirms);
    quotaBar.dataset.done = String(done);
    setText(quotaText, t('desk.quotaValue', { done, target: desk.quota.confirms }));
    score.dataset.score = String(shift.operatorScore);
    setText(score, formatNumber(lang(), shift.operatorScore));
    // From the shift itself, so a redraw (language switch) keeps the whole list.
    while (log.childElementCount < shift.decisions.length) {
      const r = shift.decisions[log.childElementCount];
      if (!r) break;
      const d = flagDef(desk, r.def);
      log.prepend(
        el('li', { class: `desk-log-item decision-${r.decision}`, 'data-decision': r.decision }, [
          el('span', { class: 'desk-log-flag', text: t(`desk.flag.${d.kind}`) }),
          ' · ',
          el('span', { text: t(`desk.decision.${r.decision}`) }),
          r.sanctioned ? el('span', { class: 'desk-log-sanction', text: ` → ${t(`desk.sanction.${d.sanction}`)}` }) : null,
        ]),
      );
    }
  };

  const announce = (notice: ShiftNotice) => {
    switch (notice.type) {
      case 'FlagRaised': {
        const def = flagDef(desk, notice.flag.def);
        ui.announcer.polite(t('desk.announceFlag', { flag: t(`desk.flag.${def.kind}`), place: t(`place.${def.place}`), confidence: def.confidence }));
        break;
      }
      case 'Decided': {
        const r = notice.record;
        const def = flagDef(desk, r.def);
        ui.announcer.polite(t('desk.announceDecision', { flag: t(`desk.flag.${def.kind}`), decision: t(`desk.decision.${r.decision}`), score: formatNumber(lang(), store.getState().shift?.operatorScore ?? 0) }));
        if (r.sanctioned) ui.announcer.assertive(t('desk.announceSanction', { sanction: t(`desk.sanction.${def.sanction}`) }));
        break;
      }
      case 'SupervisorSaid': {
        const text = t(`desk.supervisor.${notice.line}`);
        supervisor.dataset.mood = notice.mood;
        supervisor.dataset.line = notice.line;
        setText(supervisor, `“${text}”`);
        ui.announcer.polite(`${t('desk.supervisorLabel')}: ${text}`);
        break;
      }
      case 'ShiftEnded':
        ui.announcer.polite(t('desk.shiftOver'));
        break;
      default:
        break;
    }
  };

  const showPaused = (paused: boolean) => {
    pauseButton.setAttribute('aria-pressed', String(paused));
    pauseButton.textContent = t(paused ? 'hud.resume' : 'hud.pause');
    pausedNote.hidden = !paused;
    flagBox.classList.toggle('is-paused', paused);
  };
  const initial = store.getState();
  showPaused(initial.paused);
  if (initial.shift) render(initial.shift);
  if (initial.supervisor) {
    supervisor.dataset.mood = initial.supervisor.mood;
    setText(supervisor, `“${t(`desk.supervisor.${initial.supervisor.line}`)}”`);
  }
  const unsubscribers = [
    store.subscribe(
      (s) => s.shift,
      (shift) => shift && render(shift),
    ),
    store.subscribe((s) => s.paused, showPaused),
    store.subscribe(
      (s) => s.notices,
      (notices) => notices.items.forEach(announce),
    ),
  ];

  // Y (yes) or J (ja) confirms, N dismisses; held keys do not repeat a decision.
  const onKey = (event: KeyboardEvent) => {
    if (event.repeat || event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.toLowerCase();
    if (key === 'p' || key === 'escape') togglePause();
    else if (key === 'y' || key === 'j') store.getState().decide('confirm');
    else if (key === 'n') store.getState().decide('dismiss');
    else return;
    event.preventDefault();
  };
  window.addEventListener('keydown', onKey);

  let last = performance.now();
  const timerId = window.setInterval(() => {
    const now = performance.now();
    const seconds = Math.min((now - last) / 1000, MAX_STEP_S);
    last = now;
    if (document.visibilityState !== 'hidden') store.getState().tick(seconds);
  }, TICK_MS);
  confirmButton.focus();

  return () => {
    window.clearInterval(timerId);
    window.removeEventListener('keydown', onKey);
    unsubscribers.forEach((u) => u());
    panel.remove();
  };
}
