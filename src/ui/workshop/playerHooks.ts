// What workshop mode adds to the player's game: the level under the
// facilitator's settings, notes on the start screen (settings, content note,
// resume), the result code after the day, and keeping an unfinished day on
// this device. A chunk of its own, loaded only on workshop links; plain play
// mode's small hooks are in playHooks.ts.
import { FACT_IDS } from '../../content/factIds';
import type { Level } from '../../core/types';
import { deskResult, summarizeShift } from '../../core/desk/summary';
import { formatClock, translate } from '../../i18n';
import type { DeskStore } from '../../store/deskStore';
import type { GameStore } from '../../store/gameStore';
import { inWorldMinutes } from '../../store/selectors';
import { applyWorkshop, validateWorkshopLevel } from '../../workshop/applyToLevel';
import { formOrder, type StatementPool } from '../../core/check';
import { checkOutcomeOf, outcomeOfDay } from '../../workshop/outcome';
import { encodeOutcome } from '../../workshop/resultCode';
import { clearSavedDay, readSavedDay, saveDay, type SavedDay } from '../../workshop/resume';
import { deltaScaleOf, encodeWorkshop, type DecodedWorkshop } from '../../workshop/settings';
import { el } from '../dom';
import type { T, WorkshopHooks } from './playHooks';
import type { CheckState } from '../check/checkFlow';

export interface WorkshopPlayer {
  hooks: WorkshopHooks;
  /** The level under the facilitator's settings, or the full level with a notice when they do not make a valid one. */
  prepareLevel(level: Level, notices: string[]): Level;
  /** Puts part 1 of the source check (when on) before the first day; later days start at once. */
  wrapStart(start: () => void): () => void;
}

/**
 * @param deskConfirmShare share of control-desk alerts the player confirmed
 *   (0..1), when the control-desk perspective was played; null otherwise.
 */
export function workshopPlayer(
  store: GameStore,
  t: T,
  decoded: DecodedWorkshop,
  storage: Storage | null,
  deskConfirmShare: () => number | null = () => null,
  seed: number | null = null,
): WorkshopPlayer {
  const { settings } = decoded;
  const key = encodeWorkshop(settings);
  const check = settings.check ? sourceCheck(store, t, seed) : null;
  keepUnfinishedDay(store, storage, key, () => (check && check.state.before !== undefined ? { order: check.state.order, before: check.state.before } : undefined));

  const startScreen = (): Node[] => {
    const nodes: Node[] = [];
    const off = settings.off.map((topic) => t(`workshop.topics.${topic}`)).join(', ');
    nodes.push(
      el('p', {
        class: 'workshop-banner',
        id: 'workshop-banner',
        'data-minutes': settings.minutes,
        text: t('workshop.playerBanner', { minutes: settings.minutes, off: off ? t('workshop.playerBannerOff', { names: off }) : '' }),
      }),
    );
    if (settings.contentNotes) {
      nodes.push(
        el('aside', { class: 'content-note', id: 'content-note', 'aria-labelledby': 'content-note-title' }, [
          el('h2', { id: 'content-note-title', text: t('workshop.notesTitle') }),
          el('p', { text: t('workshop.notes') }),
        ]),
      );
    }
    const { level } = store.getState();
    const saved = readSavedDay(storage);
    if (saved && level && saved.settings === key && saved.levelId === level.district.id && saved.clock < level.district.dayLengthSeconds) {
      const resume = el('button', { type: 'button', class: 'btn btn-primary', id: 'resume-day-button', text: t('workshop.resume.button') });
      const discard = el('button', { type: 'button', class: 'btn', id: 'resume-discard', text: t('workshop.resume.discard') });
      const panel = el('div', { class: 'resume-panel', role: 'group', 'aria-labelledby': 'resume-title' }, [
        el('h2', { id: 'resume-title', text: t('workshop.resume.title') }),
        el('p', { text: t('workshop.resume.text', { time: formatClock(inWorldMinutes(level.district, saved.clock)) }) }),
        el('div', { class: 'button-row' }, [resume, discard]),
      ]);
      resume.addEventListener('click', () => {
        // Part 1 was answered before the day: the code after it still compares before and after.
        if (check && saved.check) Object.assign(check.state, saved.check);
        if (!store.getState().restoreDay(saved.seed, saved.log, saved.clock)) {
          clearSavedDay(storage);
          panel.remove();
        }
      });
      discard.addEventListener('click', () => {
        clearSavedDay(storage);
        panel.remove();
        document.getElementById('start-button')?.focus();
      });
      nodes.push(panel);
    }
    return nodes;
  };

  const codeBlock = (): Node | null => {
    const { day, level } = store.getState();
    if (!day || !level || !day.ended) return null;
    const state = check?.state;
    const pool = check?.pool();
    const checkPart = state && pool ? checkOutcomeOf(pool, state.order, state.before ?? null, state.after ?? null) : undefined;
    const code = encodeOutcome({ ...outcomeOfDay(day, level, deskConfirmShare()), ...(checkPart ? { check: checkPart } : {}) });
    return el('section', { class: 'result-code', 'aria-labelledby': 'result-code-title' }, [
      el('h2', { id: 'result-code-title', text: t('workshop.code.title') }),
      el('p', { class: 'result-code-value', id: 'result-code', tabindex: '-1', 'data-code': code, 'aria-label': t('workshop.code.label', { code: [...code].join(' ') }), text: code }),
      el('p', { class: 'note', text: t('workshop.code.hint') }),
      checkPart ? check?.answersButton() : null,
    ]);
  };

  // With the check on, the code waits for part 2 of the check, which the end of the citizen file offers.
  const checkPending = (): boolean => !!check?.pool() && check.state.after === undefined;
  let headerBlock: HTMLElement | null = null;
  const resultCode = (place: 'ending' | 'debrief' = 'debrief'): Node | null => {
    if (!store.getState().day?.ended) return null;
    if (!checkPending()) return codeBlock();
    const block = el('div', { id: 'result-code-block' }, [el('p', { class: 'note', id: 'check-waits', text: t('check.after.waits') })]);
    if (place === 'debrief') headerBlock = block;
    return block;
  };
  const afterDebrief = (): Node | null => {
    if (!store.getState().day?.ended || !check || !checkPending()) return null;
    const slot = el('div', { id: 'check-after-slot' });
    // Part 2 done or skipped: the prompt goes, the code appears where codes always are, and takes the focus.
    const done = () => {
      slot.replaceChildren();
      const code = codeBlock();
      if (!headerBlock || !code) return;
      headerBlock.replaceChildren(code);
      headerBlock.querySelector<HTMLElement>('#result-code')?.focus();
    };
    slot.append(check.afterPrompt(done));
    return slot;
  };

  return {
    hooks: { startScreen, resultCode, afterDebrief, privacyKey: 'workshop.privacy' },
    prepareLevel: (level, notices) => {
      store.setState({ deltaScale: deltaScaleOf(settings.pace) });
      const result = validateWorkshopLevel(applyWorkshop(level, settings), FACT_IDS);
      if (result.ok) return result.level;
      console.warn('workshop settings gave an invalid level:', result.errors);
      notices.push(translate(store.getState().lang, 'workshop.invalidLevel'));
      return level;
    },
    wrapStart: (start) => () => {
      if (!check) start();
      else check.before(start);
    },
  };
}

/** A random seed for the form order when the link fixes none (crypto: no pattern across a class). */
function freshSeed(): number {
  const buffer = new Uint32Array(1);
  crypto.getRandomValues(buffer);
  return buffer[0] ?? 0;
}

/**
 * The source check in a workshop game: the form order from the seed, the
 * answers of both parts, and the check's chunk (fetched at once, so it is
 * there by the time the player presses Start).
 */
function sourceCheck(store: GameStore, t: T, seed: number | null) {
  const state: CheckState = { order: formOrder(seed ?? freshSeed()) };
  let pool: StatementPool | null | undefined;
  const flow = import('../check/checkFlow');
  const ready = flow.then((m) => m.loadCheck(store.getState().lang)).then(
    (p) => (pool = p),
    (error: unknown) => {
      console.warn('source check could not load:', error);
      return (pool = null);
    },
  );
  const root = () => document.getElementById('ui') ?? document.body;
  const lang = () => store.getState().lang;
  const showAnswers = (onClose: () => void) => {
    void flow.then((m) => pool && m.showAnswers(root(), t, lang(), pool, state, onClose));
  };
  return {
    state,
    pool: () => pool,
    /** Part 1, then `start`; straight to `start` when it was asked already or cannot load. */
    before(start: () => void) {
      if (state.before !== undefined) {
        start();
        return;
      }
      void Promise.all([flow, ready]).then(([m, p]) => {
        if (!p) start();
        else m.sortPart(root(), t, lang(), p, state, 'before', start);
      });
    },
    /** The debrief's block before part 2: start it, or skip it and show the code. */
    afterPrompt(refresh: () => void): Node {
      const count = pool ? Math.max(pool.forms.A.length, pool.forms.B.length) : 0;
      const begin = el('button', { type: 'button', class: 'btn btn-primary btn-big', id: 'check-after-button', text: t('check.after.start', { count }) });
      const skip = el('button', { type: 'button', class: 'btn', id: 'check-after-skip', text: t('check.after.skip') });
      begin.addEventListener('click', () => {
        void flow.then((m) => {
          if (!pool) return;
          m.sortPart(root(), t, lang(), pool, state, 'after', () => showAnswers(refresh));
        });
      });
      skip.addEventListener('click', () => {
        state.after = null;
        refresh();
      });
      return el('section', { class: 'result-code check-after', id: 'check-after', 'aria-labelledby': 'check-after-title' }, [
        el('h2', { id: 'check-after-title', text: t('check.after.title') }),
        el('p', { text: t('check.after.text', { count }) }),
        el('div', { class: 'button-row' }, [begin, skip]),
      ]);
    },
    answersButton(): Node {
      const button = el('button', { type: 'button', class: 'btn', id: 'check-answers-button', text: t('check.after.again') });
      button.addEventListener('click', () => showAnswers(() => button.focus()));
      return button;
    },
  };
}

/**
 * Keeps the unfinished day (settings, seed, log, clock) so a closed tab can be
 * resumed on this device; removes it as soon as the day ends.
 */
function keepUnfinishedDay(store: GameStore, storage: Storage | null, settingsKey: string, checkPart: () => SavedDay['check']): void {
  const save = () => {
    const { day, level, log, phase } = store.getState();
    if (!day || !level || day.ended || (phase !== 'playing' && phase !== 'paused')) return;
    const check = checkPart();
    saveDay(storage, { settings: settingsKey, levelId: level.district.id, seed: day.seed, clock: day.clock, log, ...(check ? { check } : {}) });
  };
  // Every logged event, and every five seconds of the day's clock.
  store.subscribe((s) => s.log, save);
  store.subscribe((s) => Math.floor((s.day?.clock ?? 0) / 5), save);
  store.subscribe(
    (s) => s.phase,
    (phase) => {
      if (phase === 'ended') clearSavedDay(storage);
    },
  );
  window.addEventListener('pagehide', save);
}

/** Share of desk flags the player confirmed (0..1) once a shift is over; null before. */
export function deskConfirmShare(deskStore: DeskStore): number | null {
  const { shift, desk } = deskStore.getState();
  if (!shift?.ended || !desk) return null;
  return deskResult(summarizeShift(shift, desk)).confirmRate / 100;
}
