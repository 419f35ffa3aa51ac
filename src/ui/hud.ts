// The heads-up display is DOM, not canvas text: screen readers read it, tests
// read `data-score` / `data-tier`, and it costs the renderer nothing.
import type { CoreNotice } from '../core/types';
import { formatClock, formatDelta, formatNumber } from '../i18n';
import { actionOf } from '../input/keyboard';
import { keyLabel, keyVars } from '../input/keyLabels';
import { settingsStore } from '../settingsStore';
import { clockMinutes } from '../store/selectors';
import type { UiContext } from './context';
import { el, setText } from './dom';
import { languageButtons } from './languageButtons';
import { describeNotice } from './notices';
import { opensSettings } from './lazyScreens';
import { trapTab } from './trapTab';

const TOAST_MS = 6000;
/** A long message stays longer (about 15 characters a second, a slow reader's pace), up to this. */
const TOAST_MAX_MS = 12000;
const TOAST_MS_PER_CHAR = 65;
const PHONE_MS = 7000;

export function renderHud(root: HTMLElement, ui: UiContext): () => void {
  const { store, t } = ui;
  const scoreValue = el('span', { id: 'hud-score', class: 'score-value', 'data-score': '0' });
  const scoreDelta = el('span', { class: 'score-delta', 'aria-hidden': 'true' });
  const tierLong = el('span', { class: 'tier-long' });
  const tierShort = el('span', { class: 'tier-short', 'aria-hidden': 'true' });
  const tierValue = el('span', { id: 'hud-tier', class: 'tier-value', 'data-tier': '' }, [tierLong, tierShort]);
  const clockValue = el('span', { id: 'hud-clock', class: 'clock-value' });
  const pauseButton = el('button', { type: 'button', class: 'btn btn-small', id: 'pause-button', text: t('hud.pause') });
  const errandList = el('ul', { id: 'hud-errands', class: 'errand-list' });
  const sanctionValue = el('span', { id: 'hud-sanction', text: t('hud.none') });
  const toast = el('div', { id: 'hud-toast', class: 'toast', role: 'status', hidden: true });
  const phone = el('div', { id: 'hud-phone', class: 'phone', hidden: true }, [el('p', { class: 'phone-title', text: t('hud.phone') })]);
  const phoneText = el('p', { class: 'phone-text' });
  phone.append(phoneText);
  const actionButton = el('button', { type: 'button', id: 'hud-action', class: 'btn btn-primary btn-big action-button', hidden: true });
  // The keys from the player's map, in the errand panel and the pause dialog.
  const keysLine = el('p', { class: 'keys-line', id: 'hud-keys' });
  const pauseKeysLine = el('p', { class: 'keys-line' });
  const nearby = el('p', { id: 'hud-nearby', class: 'nearby' });
  const langButtons = languageButtons(store, 'btn btn-small btn-lang');

  // On small screens the errand list folds away so it never hides the street.
  const errandCount = el('span', { class: 'errand-count' });
  const panel = el('details', { class: 'errand-panel', open: window.innerWidth > 560 }, [
    el('summary', { class: 'panel-title' }, [t('hud.errands'), errandCount]),
    errandList,
    el('p', { class: 'sanction-line' }, [el('span', { class: 'label', text: `${t('hud.lastSanction')}: ` }), sanctionValue]),
    keysLine,
  ]);
  const hud = el('div', { class: 'hud', id: 'hud' }, [
    el('header', { class: 'hud-bar' }, [
      el('div', { class: 'hud-item hud-score' }, [el('span', { class: 'label', text: t('hud.score') }), scoreValue, scoreDelta]),
      el('div', { class: 'hud-item' }, [el('span', { class: 'label', text: t('hud.tier') }), tierValue]),
      el('div', { class: 'hud-item' }, [el('span', { class: 'label', text: t('hud.clock') }), clockValue]),
      el('div', { class: 'hud-item hud-buttons' }, [pauseButton]),
    ]),
    el('aside', { class: 'hud-panel', 'aria-label': t('hud.errands') }, [
      panel,
    ]),
    toast,
    phone,
    el('div', { class: 'hud-bottom' }, [actionButton, nearby]),
  ]);

  const pauseDialog = el('div', { class: 'pause-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'pause-title', hidden: true });
  const resumeButton = el('button', { type: 'button', class: 'btn btn-primary btn-big', id: 'resume-button', text: t('hud.resume') });
  const endButton = el('button', { type: 'button', class: 'btn', id: 'end-day-button', text: t('hud.endDay') });
  const settingsButton = el('button', { type: 'button', class: 'btn', id: 'pause-settings-button', 'aria-haspopup': 'dialog', text: t('settings.open') });
  pauseDialog.append(
    el('div', { class: 'pause-box' }, [
      el('h2', { id: 'pause-title', text: t('hud.paused') }),
      resumeButton,
      settingsButton,
      endButton,
      el('div', { class: 'lang-row', role: 'group', 'aria-label': t('start.language') }, langButtons),
      pauseKeysLine,
    ]),
  );
  root.append(hud, pauseDialog);

  // ---- reacting to the store
  let lastScore: number | null = null;
  let toastTimer = 0;
  let phoneTimer = 0;

  const renderState = () => {
    const state = store.getState();
    const day = state.day;
    if (!day) return;
    scoreValue.dataset.score = String(day.score);
    setText(scoreValue, formatNumber(state.lang, day.score));
    if (lastScore !== null && day.score !== lastScore) {
      const delta = day.score - lastScore;
      setText(scoreDelta, formatDelta(state.lang, delta));
      scoreDelta.className = `score-delta ${delta < 0 ? 'down' : 'up'}`;
    }
    lastScore = day.score;
    tierValue.dataset.tier = day.tier;
    tierValue.className = `tier-value tier-${day.tier}`;
    setText(tierLong, t(`tier.${day.tier}.name`));
    setText(tierShort, t(`tier.${day.tier}.short`));
    setText(clockValue, formatClock(clockMinutes(state)));
  };

  const renderErrands = () => {
    const { day, level } = store.getState();
    if (!day || !level) return;
    const done = level.district.errands.filter((e) => day.errands[e.id] === 'done').length;
    // A no-break space: in the kiosk's flex title an ordinary one would collapse ("ERRANDS0/2").
    setText(errandCount, `\u00a0${done}/${level.district.errands.length}`);
    errandList.replaceChildren(
      ...level.district.errands.map((errand) => {
        const status = day.errands[errand.id] ?? 'open';
        return el('li', { class: `errand errand-${status}`, 'data-errand': errand.id, 'data-status': status }, [
          el('span', { class: 'errand-mark', 'aria-hidden': 'true', text: status === 'done' ? '✓' : status === 'failed' ? '✗' : '○' }),
          el('span', { text: `${t(`errand.${errand.id}`)} (${t(`errandStatus.${status}`)})` }),
        ]);
      }),
    );
  };

  const showToast = (text: string, kind: 'good' | 'bad' | 'info') => {
    toast.textContent = text;
    toast.className = `toast toast-${kind}`;
    toast.hidden = false;
    window.clearTimeout(toastTimer);
    toastTimer = window.setTimeout(() => (toast.hidden = true), Math.min(TOAST_MAX_MS, Math.max(TOAST_MS, text.length * TOAST_MS_PER_CHAR)));
  };

  const showPhone = (text: string) => {
    phoneText.textContent = text;
    phone.hidden = false;
    window.clearTimeout(phoneTimer);
    phoneTimer = window.setTimeout(() => (phone.hidden = true), PHONE_MS);
  };

  const onNotices = (items: CoreNotice[]) => {
    const state = store.getState();
    for (const notice of items) {
      const said = describeNotice(notice, state, t);
      if (!said) continue;
      if (said.toast) showToast(said.toast, said.tone);
      if (said.phone) showPhone(said.phone);
      if (said.sanction) setText(sanctionValue, said.sanction);
      if (said.polite) ui.announcer.polite(said.polite);
      if (said.assertive) ui.announcer.assertive(said.assertive);
    }
    renderErrands();
  };

  // What is nearby is read out politely when it changes in kind (a new place, the
  // light turning), not every second of a countdown.
  let lastSpoken = '';
  const speakSurroundings = () => {
    const { surroundings } = store.getState();
    const gist = surroundings.replace(/\d+/g, '#');
    if (surroundings && gist !== lastSpoken) ui.announcer.polite(surroundings);
    lastSpoken = gist;
  };
  // The canvas itself is a labelled picture described by the nearby line.
  const gameRoot = document.getElementById('game');
  gameRoot?.setAttribute('role', 'img');
  gameRoot?.setAttribute('aria-label', t('settings.cityLabel'));
  gameRoot?.setAttribute('aria-describedby', 'hud-nearby');

  const renderPrompt = () => {
    const { prompt, surroundings } = store.getState();
    actionButton.hidden = prompt === null;
    const useKey = settingsStore.getState().keys.use[0];
    // The key sits in its own span, so a touch-only kiosk can hide it.
    if (prompt) {
      const text = t(prompt.label);
      const key = useKey ? ` (${keyLabel(store.getState().lang, useKey)})` : '';
      if (actionButton.textContent !== text + key) actionButton.replaceChildren(text, ...(key ? [el('span', { class: 'key-hint', text: key })] : []));
    }
    setText(nearby, surroundings);
  };

  const renderPhase = () => {
    const paused = store.getState().phase === 'paused';
    pauseDialog.hidden = !paused;
    hud.classList.toggle('is-paused', paused);
    if (paused) resumeButton.focus();
  };

  const renderKeys = () => {
    const keys = settingsStore.getState().keys;
    const text = t('settings.hudKeys', keyVars(store.getState().lang, keys));
    setText(keysLine, text);
    setText(pauseKeysLine, text);
    // aria-keyshortcuts wants key names, which the codes are close to ("KeyE" → "E").
    const shortcut = (codes: string[]) => codes.map((c) => c.replace(/^(Key|Digit)/, '')).join(' ');
    pauseButton.setAttribute('aria-keyshortcuts', shortcut(keys.pause));
    actionButton.setAttribute('aria-keyshortcuts', shortcut(keys.use));
    renderPrompt();
  };

  const act = () => {
    const { prompt, report } = store.getState();
    if (prompt) report({ type: 'requested', station: prompt.station });
  };

  actionButton.addEventListener('click', act);
  pauseButton.addEventListener('click', () => store.getState().pause());
  resumeButton.addEventListener('click', () => store.getState().resume());
  endButton.addEventListener('click', () => store.getState().endDay());
  opensSettings(settingsButton, ui);
  // The pause dialog is modal: Tab stays inside it.
  pauseDialog.addEventListener('keydown', (event) => event.key === 'Tab' && trapTab(pauseDialog, event));

  // Keys come from the player's key map; Enter also uses, as it always did.
  const onKey = (event: KeyboardEvent) => {
    const action = actionOf(event);
    const isEnter = event.key === 'Enter';
    if (event.repeat && (action === 'use' || isEnter)) return;
    const { phase } = store.getState();
    if (action === 'pause') {
      if (phase === 'playing') store.getState().pause();
      else if (phase === 'paused') store.getState().resume();
      event.preventDefault();
    } else if (phase === 'playing' && (action === 'use' || isEnter)) {
      // Let Enter/Space still activate a focused button.
      if (document.activeElement instanceof HTMLButtonElement && (isEnter || event.key === ' ')) return;
      act();
      event.preventDefault();
    }
  };
  window.addEventListener('keydown', onKey);

  const unsubscribers = [
    store.subscribe((s) => s.day?.score, renderState),
    store.subscribe((s) => s.day?.tier, renderState),
    store.subscribe((s) => Math.floor(s.day?.clock ?? 0), renderState),
    store.subscribe((s) => s.notices, (n) => onNotices(n.items)),
    store.subscribe((s) => s.prompt, renderPrompt),
    store.subscribe((s) => s.surroundings, renderPrompt),
    store.subscribe((s) => s.surroundings, speakSurroundings),
    store.subscribe((s) => s.phase, renderPhase),
    settingsStore.subscribe((s) => s.keys, renderKeys),
  ];
  renderKeys();
  renderState();
  renderErrands();
  renderPrompt();
  renderPhase();

  return () => {
    unsubscribers.forEach((u) => u());
    window.removeEventListener('keydown', onKey);
    ['role', 'aria-label', 'aria-describedby'].forEach((a) => gameRoot?.removeAttribute(a));
    window.clearTimeout(toastTimer);
    window.clearTimeout(phoneTimer);
    hud.remove();
    pauseDialog.remove();
  };
}
