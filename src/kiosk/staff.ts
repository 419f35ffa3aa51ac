// Staff exit: a long press in the top-left corner opens a PIN pad; the right
// PIN (from levels/kiosk-config.json, never from the source) opens the staff
// settings: default language, day length, volume, reload, leave kiosk mode.
import { LANGS, LANGUAGES, TEXT_LEVEL_NAMES, TEXT_LEVELS, translate, type Lang } from '../i18n';
import { el } from '../ui/dom';
import type { KioskConfig, StaffSettings } from './config';

const MAX_TRIES = 5;
const LOCK_MS = 60_000;
const CLOSE_IDLE_MS = 120_000;
const DAY_LENGTHS = [null, 120, 180, 240, 300] as const;

export interface StaffHooks {
  config(): KioskConfig;
  lang(): Lang;
  opened(open: boolean): void;
  save(settings: StaffSettings): void;
}

export function mountStaffCorner(hooks: StaffHooks): () => void {
  const corner = el('div', { class: 'kiosk-staff-corner', id: 'kiosk-staff-corner', 'aria-hidden': 'true' });
  let holdTimer = 0;
  let close: (() => void) | null = null;
  const release = () => window.clearTimeout(holdTimer);
  corner.addEventListener('pointerdown', (event) => {
    event.stopPropagation();
    release();
    holdTimer = window.setTimeout(() => {
      if (close) return;
      hooks.opened(true);
      close = openPinPad(hooks, () => {
        close = null;
        hooks.opened(false);
      });
    }, hooks.config().staffHoldSeconds * 1000);
  });
  corner.addEventListener('click', (event) => event.stopPropagation());
  for (const type of ['pointerup', 'pointercancel', 'pointerleave'] as const) corner.addEventListener(type, release);
  document.body.append(corner);
  return () => {
    release();
    close?.();
    corner.remove();
  };
}

let tries = 0;
let lockedUntil = 0;

function openPinPad(hooks: StaffHooks, onClose: () => void): () => void {
  const t = (key: string, vars?: Record<string, string | number>) => translate(hooks.lang(), key, vars);
  const pin = hooks.config().staffPin;
  let entered = '';
  const shown = el('output', { class: 'kiosk-pin-shown', id: 'kiosk-pin-shown', 'aria-live': 'polite' });
  const message = el('p', { class: 'kiosk-pin-message', role: 'status' });
  const body = el('div', { class: 'kiosk-dialog kiosk-staff' });
  const box = el('div', { class: 'kiosk-countdown kiosk-staff-layer', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'kiosk-staff-title', id: 'kiosk-staff' }, [body]);
  let idleTimer = 0;
  const close = () => {
    window.clearTimeout(idleTimer);
    window.removeEventListener('pointerdown', bump, true);
    box.remove();
    onClose();
  };
  const bump = () => {
    window.clearTimeout(idleTimer);
    idleTimer = window.setTimeout(close, CLOSE_IDLE_MS);
  };
  window.addEventListener('pointerdown', bump, true);
  bump();
  const closeButton = el('button', { type: 'button', class: 'btn kiosk-big', id: 'kiosk-staff-close', text: t('kiosk.staffClose') });
  closeButton.addEventListener('click', close);

  const showPad = () => {
    const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'C', '0', 'OK'].map((key) => {
      const label = key === 'C' ? t('kiosk.staffClear') : key === 'OK' ? t('kiosk.staffOk') : key;
      const button = el('button', { type: 'button', class: 'btn kiosk-key', 'data-key': key, text: label });
      button.addEventListener('click', () => press(key));
      return button;
    });
    body.replaceChildren(
      el('h2', { id: 'kiosk-staff-title', text: `${t('kiosk.staffTitle')}: ${t('kiosk.staffPin')}` }),
      pin ? shown : el('p', { text: t('kiosk.staffNoPin') }),
      message,
      ...(pin ? [el('div', { class: 'kiosk-keypad' }, keys)] : []),
      closeButton,
    );
  };
  const press = (key: string) => {
    if (key === 'C') entered = '';
    else if (key !== 'OK') entered = (entered + key).slice(0, 8);
    else if (Date.now() < lockedUntil) message.textContent = t('kiosk.staffLocked');
    else if (pin && entered === pin) {
      tries = 0;
      showSettings();
      return;
    } else {
      entered = '';
      tries++;
      if (tries >= MAX_TRIES) {
        tries = 0;
        lockedUntil = Date.now() + LOCK_MS;
        message.textContent = t('kiosk.staffLocked');
      } else message.textContent = t('kiosk.staffPinWrong');
    }
    shown.textContent = '•'.repeat(entered.length);
  };

  const showSettings = () => {
    const config = hooks.config();
    let lang = config.defaultLang;
    let textLevel = config.defaultTextLevel;
    let day = config.dayLengthSeconds;
    const choice = <T,>(name: string, values: readonly T[], label: (v: T) => string, current: () => T, set: (v: T) => void) => {
      const buttons = values.map((value) => {
        const b = el('button', { type: 'button', class: 'btn kiosk-choice', 'data-choice': `${name}:${String(value)}`, 'aria-pressed': String(value === current()), text: label(value) });
        b.addEventListener('click', () => {
          set(value);
          for (const other of buttons) other.setAttribute('aria-pressed', String(other === b));
        });
        return b;
      });
      return buttons;
    };
    const volume = el('input', { type: 'range', min: 0, max: 100, step: 10, value: Math.round(config.volume * 100), id: 'kiosk-volume' });
    const saved = el('p', { role: 'status', class: 'kiosk-pin-message' });
    const save = el('button', { type: 'button', class: 'btn btn-primary kiosk-big', id: 'kiosk-staff-save', text: t('kiosk.staffSave') });
    save.addEventListener('click', () => {
      hooks.save({ defaultLang: lang, defaultTextLevel: textLevel, dayLengthSeconds: day, volume: Number(volume.value) / 100 });
      saved.textContent = t('kiosk.staffSaved');
    });
    const reload = el('button', { type: 'button', class: 'btn', text: t('kiosk.staffReload') });
    reload.addEventListener('click', () => window.location.reload());
    const leave = el('button', { type: 'button', class: 'btn', text: t('kiosk.staffLeave') });
    leave.addEventListener('click', () => window.location.assign('./?mode=play'));
    body.replaceChildren(
      el('h2', { id: 'kiosk-staff-title', text: t('kiosk.staffTitle') }),
      el('div', { class: 'kiosk-staff-row', role: 'group', 'aria-label': t('kiosk.staffLang') }, [
        el('span', { text: t('kiosk.staffLang') }),
        ...choice('lang', LANGS, (l) => LANGUAGES[l].name, () => lang, (l) => (lang = l)),
      ]),
      el('div', { class: 'kiosk-staff-row', role: 'group', 'aria-label': t('kiosk.staffText') }, [
        el('span', { text: t('kiosk.staffText') }),
        ...choice('text', TEXT_LEVELS, (level) => TEXT_LEVEL_NAMES[hooks.lang()][level].name, () => textLevel, (level) => (textLevel = level)),
      ]),
      el('div', { class: 'kiosk-staff-row', role: 'group', 'aria-label': t('kiosk.staffDayLength') }, [
        el('span', { text: t('kiosk.staffDayLength') }),
        ...choice('day', DAY_LENGTHS, (s) => (s === null ? t('kiosk.staffDayLevel') : t('kiosk.staffSeconds', { seconds: s })), () => day, (s) => (day = s)),
      ]),
      el('label', { class: 'kiosk-staff-row', for: 'kiosk-volume' }, [el('span', { text: t('kiosk.staffVolume') }), volume]),
      save,
      saved,
      el('div', { class: 'kiosk-staff-row' }, [reload, leave]),
      closeButton,
    );
  };

  showPad();
  document.body.append(box);
  return close;
}
